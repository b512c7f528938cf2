"""Person writes as plans: what PostHog's server reads (JSON bodies), and what it answers.

PostHog applies ``$set`` / ``$unset`` through ingestion: ``PATCH persons/{id}/`` and ``update_property``
answer 202 before the change shows. ``update(..., wait=True)`` polls the person until it does.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from .._core import OK_2XX, Call, Plan, Sleep, only
from .._errors import APITimeoutError, InvalidRequestError
from .._validate import check_id
from ._base import Scope, build_model

if TYPE_CHECKING:
    from posthog_openapi.models.person import Person
    from posthog_openapi.models.person_action_result import PersonActionResult

__all__ = ["DELETE_OK", "PersonRef", "PersonWritePlans", "person_ref"]

T = TypeVar("T")
#: A person's numeric id, or its UUID (PostHog's person routes take either).
PersonRef: TypeAlias = "int | str"
DELETE_OK = frozenset({200, 202, 204})
BULK_MAX = 1000
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_POLL_START, _POLL_MAX = 0.1, 1.0


def person_ref(value: PersonRef) -> str:
    """The path form of a person id: digits or a UUID; anything else (a distinct id, an email) is refused.

    Example:
        >>> person_ref(42), person_ref("0190b5a1-9c3e-7d2f-8a4b-1c2d3e4f5a6b")
        ('42', '0190b5a1-9c3e-7d2f-8a4b-1c2d3e4f5a6b')
    """
    if isinstance(value, int) and not isinstance(value, bool):
        check_id(value, "person id")  # negative, or past 64 bits (str() of 10**5000 would raise)
        return str(value)
    if isinstance(value, str) and ((value.isascii() and value.isdigit()) or _UUID.fullmatch(value)):
        return value
    raise InvalidRequestError(
        f"A person id is a non-negative integer or a UUID, got {value!r} (for a distinct id use get_by_distinct_id)"
    )


def _json_value(value: Any, what: str) -> Any:
    """``value`` as the JSON the server will store (a tuple becomes a list); unserialisable → error."""
    try:
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(f"{what} must be JSON (str, number, bool, None, list, dict): {exc}") from None


class PersonWritePlans:
    """Plans that change persons (never retried blindly)."""

    scope: Scope

    def _call(
        self,
        bind: Callable[[str], partial[Any]],
        expect: type[T] | None,
        *,
        write: bool,
        timeout: float | None,
        ok: frozenset[int] = OK_2XX,
    ) -> Plan[T]:
        """Plan: resolve the project, then run the operation ``bind(project_id)`` returns."""
        project_id = yield from self.scope.project_id()
        return (yield from Call(bind(project_id), expect=expect, idempotent=not write, timeout=timeout, ok=ok))

    def update(
        self, id: PersonRef, properties: Mapping[str, Any], wait: bool, timeout: float | None
    ) -> Plan[Person | None]:
        from posthog_openapi.api.persons import persons_partial_update
        from posthog_openapi.models.person_update_request import PersonUpdateRequest

        if not isinstance(properties, Mapping) or not properties:
            raise InvalidRequestError("update() needs properties={...} with at least one property")
        wanted = _json_value(dict(properties), "properties")
        ref = person_ref(id)
        body = build_model(PersonUpdateRequest, {"properties": wanted}, "person update")

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_partial_update.sync_detailed, project_id=project_id, id=ref, body=body)

        yield from self._call(bind, None, write=True, timeout=timeout)
        if not wait:
            return None
        return (yield from self._until_visible(ref, wanted, timeout))

    def _until_visible(self, ref: str, wanted: dict[str, Any], timeout: float | None) -> Plan[Person]:
        """Plan: re-read the person until every property in ``wanted`` has its value (ingestion lag)."""
        from posthog_openapi.api.persons import persons_retrieve
        from posthog_openapi.models.person import Person

        limit = 30.0 if timeout is None else float(timeout)
        deadline, pause = time.monotonic() + limit, _POLL_START
        while True:
            person = yield from self._call(
                lambda project_id: partial(persons_retrieve.sync_detailed, project_id=project_id, id=ref),
                Person,
                write=False,
                timeout=timeout,
            )
            current = person.properties.additional_properties
            if all(key in current and current[key] == value for key, value in wanted.items()):
                return person
            if time.monotonic() + pause > deadline:
                raise APITimeoutError(
                    f"person {ref}: the update was accepted but not visible after {limit:g} s "
                    "(PostHog applies it through ingestion; it may still show up)",
                    may_have_been_applied=True,
                )
            yield Sleep(pause)
            pause = min(pause * 2, _POLL_MAX)

    def update_property(self, id: PersonRef, key: str, value: Any, timeout: float | None) -> Plan[None]:
        if not isinstance(key, str) or not key:
            raise InvalidRequestError("update_property needs a property key")
        if value is None:  # PostHog's update_property answers 400 for null; a $set through PATCH stores it
            yield from self.update(id, {key: None}, False, timeout)
            return None
        from posthog_openapi.api.persons import persons_update_property_create
        from posthog_openapi.models.person_property_update_request import PersonPropertyUpdateRequest

        ref = person_ref(id)
        body = PersonPropertyUpdateRequest(key=key, value=_json_value(value, "value"))

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_update_property_create.sync_detailed, project_id=project_id, id=ref, body=body)

        yield from self._call(bind, None, write=True, timeout=timeout)
        return None

    def delete_property(self, id: PersonRef, key: str, timeout: float | None) -> Plan[PersonActionResult]:
        if not isinstance(key, str) or not key:
            raise InvalidRequestError("delete_property needs a property key")
        from posthog_openapi.api.persons import persons_delete_property_create
        from posthog_openapi.models.person_action_result import PersonActionResult
        from posthog_openapi.models.person_property_delete_request import PersonPropertyDeleteRequest

        ref = person_ref(id)
        body = PersonPropertyDeleteRequest(unset=key)

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_delete_property_create.sync_detailed, project_id=project_id, id=ref, body=body)

        return (yield from self._call(bind, PersonActionResult, write=True, timeout=timeout))

    def split(self, id: PersonRef, main_distinct_id: str | None, timeout: float | None) -> Plan[PersonActionResult]:
        from posthog_openapi.api.persons import persons_split_create
        from posthog_openapi.models.person_action_result import PersonActionResult
        from posthog_openapi.models.person_split_request import PersonSplitRequest

        ref = person_ref(id)
        body = PersonSplitRequest(**only(main_distinct_id=main_distinct_id))

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_split_create.sync_detailed, project_id=project_id, id=ref, body=body)

        return (yield from self._call(bind, PersonActionResult, write=True, timeout=timeout))

    def delete(self, id: PersonRef, delete_events: bool, delete_recordings: bool, timeout: float | None) -> Plan[None]:
        from posthog_openapi.api.persons import persons_destroy

        ref = person_ref(id)
        # PostHog tests these flags for presence (`?delete_events=false` deletes too): send them only when True.
        extra = only(
            delete_events=True if delete_events else None, delete_recordings=True if delete_recordings else None
        )

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_destroy.sync_detailed, project_id=project_id, id=ref, **extra)

        yield from self._call(bind, None, write=True, timeout=timeout, ok=DELETE_OK)
        return None

    def bulk_delete(
        self,
        distinct_ids: Sequence[str] | None,
        ids: Sequence[str] | None,
        delete_events: bool,
        timeout: float | None,
    ) -> Plan[None]:
        from posthog_openapi.api.persons import persons_bulk_delete_create
        from posthog_openapi.models.person_bulk_delete_request import PersonBulkDeleteRequest

        body = build_model(PersonBulkDeleteRequest, _bulk_body(distinct_ids, ids, delete_events), "bulk delete")

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_bulk_delete_create.sync_detailed, project_id=project_id, body=body)

        yield from self._call(bind, None, write=True, timeout=timeout, ok=DELETE_OK)
        return None


def _bulk_body(distinct_ids: Sequence[str] | None, ids: Sequence[str] | None, delete_events: bool) -> dict[str, Any]:
    """The bulk delete body: exactly one non-empty list of at most 1,000 (PostHog ignores ``ids`` next to the other)."""
    if (distinct_ids is None) == (ids is None):
        raise InvalidRequestError("bulk_delete takes either distinct_ids=[...] or ids=[...] (person UUIDs), not both")
    name, values = ("distinct_ids", distinct_ids) if distinct_ids is not None else ("ids", ids)
    if isinstance(values, str) or not values or not all(isinstance(v, str) and v for v in values):
        raise InvalidRequestError(f"{name} must be a non-empty list of non-empty strings")
    if len(values) > BULK_MAX:
        raise InvalidRequestError(f"PostHog deletes at most {BULK_MAX} persons per call; got {len(values)} {name}")
    if name == "ids":
        bad = [v for v in values if not _UUID.fullmatch(v)]
        if bad:
            raise InvalidRequestError(f"ids are person UUIDs; not UUIDs: {bad[:3]!r}")
    return {name: list(values), **({"delete_events": True} if delete_events else {})}
