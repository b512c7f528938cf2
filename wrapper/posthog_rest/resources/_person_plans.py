"""Every persons operation as a plan; the sync and async resources only run them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from .._core import OK_2XX, Call, Plan, only
from .._errors import InvalidRequestError, NotFoundError
from .._filters import PropertiesArg, build_properties
from .._pagination import PERSONS_PAGE_SIZE, PageSpec
from ._base import Scope, build_model

if TYPE_CHECKING:
    from posthog_openapi.models.activity_log_page import ActivityLogPage
    from posthog_openapi.models.paginated_person_list import PaginatedPersonList
    from posthog_openapi.models.person import Person
    from posthog_openapi.models.properties_timeline import PropertiesTimeline

T = TypeVar("T")
DELETE_OK = frozenset({200, 202, 204})


def _value(value: Any) -> str:
    """``update_property`` sends the value as a query string (the spec types it ``string``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    raise InvalidRequestError(f"update_property takes a string, number or bool value, got {type(value).__name__}")


class PersonPlans:
    """Every persons operation as a plan; the sync and async resources only run them."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope

    def list_spec(
        self,
        *,
        properties: PropertiesArg | None,
        email: str | None,
        distinct_id: str | None,
        search: str | None,
        include_total: bool | None,
        page_size: int | None,
        limit: int | None,
        prefetch: int,
        timeout: float | None,
    ) -> PageSpec[PaginatedPersonList]:
        from posthog_openapi.api.persons import persons_list
        from posthog_openapi.models.paginated_person_list import PaginatedPersonList

        filters = only(
            properties=build_properties(properties),
            email=email,
            distinct_id=distinct_id,
            search=search,
            include_total=include_total,
        )

        def make_call(project_id: str, offset: int | None, size: int | None) -> Call[PaginatedPersonList]:
            paging = only(offset=offset, limit=size)
            return Call(
                partial(persons_list.sync_detailed, project_id=project_id, **filters, **paging),
                expect=PaginatedPersonList,
                timeout=timeout,
            )

        return PageSpec(
            self.scope.project_id,
            make_call,
            page_size,
            limit,
            prefetch,
            default_page_size=PERSONS_PAGE_SIZE,
            pace="analytics",
        )

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

    def get(self, id: int, timeout: float | None) -> Plan[Person]:
        from posthog_openapi.api.persons import persons_retrieve
        from posthog_openapi.models.person import Person

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_retrieve.sync_detailed, project_id=project_id, id=id)

        return (yield from self._call(bind, Person, write=False, timeout=timeout))

    def get_by_distinct_id(self, distinct_id: str, timeout: float | None) -> Plan[Person]:
        from posthog_openapi.api.persons import persons_list
        from posthog_openapi.models.paginated_person_list import PaginatedPersonList

        project_id = yield from self.scope.project_id()
        page = yield from Call(
            partial(persons_list.sync_detailed, project_id=project_id, distinct_id=distinct_id, limit=1),
            expect=PaginatedPersonList,
            timeout=timeout,
        )
        if not page.results:
            raise NotFoundError(f"No person with distinct_id {distinct_id!r} in project {project_id}", status=404)
        return page.results[0]

    def update(self, id: int, properties: dict[str, Any], timeout: float | None) -> Plan[Person]:
        from posthog_openapi.api.persons import persons_partial_update
        from posthog_openapi.models.person import Person
        from posthog_openapi.models.person_request import PersonRequest

        body = build_model(PersonRequest, {"properties": properties}, "person update")

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_partial_update.sync_detailed, project_id=project_id, id=id, body=body)

        return (yield from self._call(bind, Person, write=True, timeout=timeout))

    def update_property(self, id: int, key: str, value: Any, timeout: float | None) -> Plan[None]:
        if not key:
            raise InvalidRequestError("update_property needs a property key")
        from posthog_openapi.api.persons import persons_update_property_create

        text = _value(value)

        def bind(project_id: str) -> partial[Any]:
            return partial(
                persons_update_property_create.sync_detailed, project_id=project_id, id=id, key=key, value=text
            )

        yield from self._call(bind, None, write=True, timeout=timeout)
        return None

    def delete_property(self, id: int, key: str, timeout: float | None) -> Plan[None]:
        if not key:
            raise InvalidRequestError("delete_property needs a property key")
        from posthog_openapi.api.persons import persons_delete_property_create

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_delete_property_create.sync_detailed, project_id=project_id, id=id, unset=key)

        yield from self._call(bind, None, write=True, timeout=timeout)
        return None

    def split(self, id: int, main_distinct_id: str | None, timeout: float | None) -> Plan[None]:
        from posthog_openapi.api.persons import persons_split_create
        from posthog_openapi.models.person_split_request import PersonSplitRequest

        body = PersonSplitRequest(**only(main_distinct_id=main_distinct_id))

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_split_create.sync_detailed, project_id=project_id, id=id, body=body)

        yield from self._call(bind, None, write=True, timeout=timeout)
        return None

    def delete(self, id: int, delete_events: bool, timeout: float | None) -> Plan[None]:
        from posthog_openapi.api.persons import persons_destroy

        extra = only(delete_events=True if delete_events else None)

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_destroy.sync_detailed, project_id=project_id, id=id, **extra)

        yield from self._call(bind, None, write=True, timeout=timeout, ok=DELETE_OK)
        return None

    def activity(self, id: int | None, timeout: float | None) -> Plan[ActivityLogPage]:
        from posthog_openapi.api.persons import persons_activity_retrieve, persons_all_activity_retrieve
        from posthog_openapi.models.activity_log_page import ActivityLogPage

        def bind(project_id: str) -> partial[Any]:
            if id is None:
                return partial(persons_all_activity_retrieve.sync_detailed, project_id=project_id)
            return partial(persons_activity_retrieve.sync_detailed, project_id=project_id, id=id)

        return (yield from self._call(bind, ActivityLogPage, write=False, timeout=timeout))

    def properties_timeline(self, id: int, timeout: float | None) -> Plan[PropertiesTimeline]:
        from posthog_openapi.api.persons import persons_properties_timeline_retrieve
        from posthog_openapi.models.properties_timeline import PropertiesTimeline

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_properties_timeline_retrieve.sync_detailed, project_id=project_id, id=id)

        return (yield from self._call(bind, PropertiesTimeline, write=False, timeout=timeout))
