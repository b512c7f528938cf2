"""``aph.persons``: the async twin of :mod:`posthog_rest.resources.persons`."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from .._filters import PropertiesArg
from .._pagination import PREFETCH, AsyncPager
from ._base import AsyncResource, Scope, to_async_raw

if TYPE_CHECKING:
    from posthog_openapi.models.activity_log_page import ActivityLogPage
    from posthog_openapi.models.cohort import Cohort
    from posthog_openapi.models.paginated_person_list import PaginatedPersonList
    from posthog_openapi.models.person import Person
    from posthog_openapi.models.person_action_result import PersonActionResult
    from posthog_openapi.models.person_property_value import PersonPropertyValue
    from posthog_openapi.models.properties_timeline import PropertiesTimeline

from ._person_plans import PersonPlans
from ._person_writes import PersonRef


class AsyncPersons(AsyncResource):
    """Async twin of :class:`Persons`: ``aph.persons``.

    Example:
        >>> async for person in aph.persons.list(email="a@b.c"): ...
    """

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope)
        self._plans = PersonPlans(scope)

    @property
    def with_raw_response(self) -> AsyncPersonsWithRawResponse:
        """The same methods, returning :class:`~posthog_rest.RawResponse`.

        Example:
            >>> (await aph.persons.with_raw_response.get(1)).status_code
        """
        return AsyncPersonsWithRawResponse(self)

    def list(
        self,
        properties: PropertiesArg | None = None,
        *,
        email: str | None = None,
        distinct_id: str | None = None,
        search: str | None = None,
        include_total: bool | None = None,
        limit: int | None = None,
        page_size: int | None = None,
        prefetch: int = PREFETCH,
        timeout: float | None = None,
    ) -> AsyncPager[Person, PaginatedPersonList]:
        """See :meth:`Persons.list`; iterate with ``async for``.

        Example:
            >>> async for p in aph.persons.list(where("plan") == "pro"): ...
        """
        return AsyncPager(
            self._scope.conn,
            self._plans.list_spec(
                properties=properties,
                email=email,
                distinct_id=distinct_id,
                search=search,
                include_total=include_total,
                page_size=page_size,
                limit=limit,
                prefetch=prefetch,
                timeout=timeout,
            ),
        )

    async def get(self, id: PersonRef, *, timeout: float | None = None) -> Person:
        """One person by numeric id or UUID.

        Example:
            >>> (await aph.persons.get(1)).properties["email"]
        """
        return await self._run(self._plans.get(id, timeout))

    async def get_by_distinct_id(self, distinct_id: str, *, timeout: float | None = None) -> Person:
        """The person with this distinct id (any of theirs); :class:`~posthog_rest.NotFoundError` if none.

        Example:
            >>> (await aph.persons.get_by_distinct_id("user-123")).id
        """
        return await self._run(self._plans.get_by_distinct_id(distinct_id, timeout))

    @overload
    async def update(
        self,
        id: PersonRef,
        *,
        properties: Mapping[str, Any],
        wait: Literal[False] = False,
        timeout: float | None = None,
    ) -> None: ...
    @overload
    async def update(
        self, id: PersonRef, *, properties: Mapping[str, Any], wait: Literal[True], timeout: float | None = None
    ) -> Person: ...
    async def update(
        self, id: PersonRef, *, properties: Mapping[str, Any], wait: bool = False, timeout: float | None = None
    ) -> Person | None:
        """Set person properties (a ``$set``; the others are kept). PostHog answers 202 with no body and
        applies the change through ingestion, so a read right after may not show it yet.

        ``wait=True`` re-reads the person until every property shows its new value and returns it
        (:class:`~posthog_rest.APITimeoutError` after ``timeout`` seconds, 30 by default).

        Example:
            >>> await aph.persons.update(1, properties={"plan": "pro", "seats": 5})
            >>> (await aph.persons.update(1, properties={"plan": "pro"}, wait=True, timeout=10)).properties["plan"]
            'pro'
        """
        return await self._run(self._plans.update(id, properties, wait, timeout))

    async def update_property(self, id: PersonRef, key: str, value: Any, *, timeout: float | None = None) -> None:
        """Set one property; ``value`` keeps its JSON type (number, bool, list, dict, str; ``None`` too).

        Sent as PostHog's server reads it (a JSON body) and applied asynchronously, like :meth:`update`.

        Example:
            >>> await aph.persons.update_property(1, "logins", 10)
            >>> await aph.persons.update_property(1, "flags", {"beta": True})
        """
        return await self._run(self._plans.update_property(id, key, value, timeout))

    async def delete_property(self, id: PersonRef, key: str, *, timeout: float | None = None) -> PersonActionResult:
        """Remove one property (an ``$unset``, applied asynchronously); PostHog answers ``success: true``.

        Example:
            >>> (await aph.persons.delete_property(1, "plan")).success
            True
        """
        return await self._run(self._plans.delete_property(id, key, timeout))

    async def split(
        self, id: PersonRef, *, main_distinct_id: str | None = None, timeout: float | None = None
    ) -> PersonActionResult:
        """Split a merged person into one person per distinct id (``main_distinct_id`` keeps this person).

        Example:
            >>> (await aph.persons.split(1, main_distinct_id="user-123")).success
            True
        """
        return await self._run(self._plans.split(id, main_distinct_id, timeout))

    async def delete(
        self,
        id: PersonRef,
        *,
        delete_events: bool = False,
        delete_recordings: bool = False,
        timeout: float | None = None,
    ) -> None:
        """Delete a person; ``delete_events`` / ``delete_recordings`` also queue deleting their events / recordings.

        Example:
            >>> await aph.persons.delete(1, delete_events=True, delete_recordings=True)
        """
        return await self._run(self._plans.delete(id, delete_events, delete_recordings, timeout))

    async def bulk_delete(
        self,
        *,
        distinct_ids: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        delete_events: bool = False,
        timeout: float | None = None,
    ) -> None:
        """Delete up to 1,000 persons in one call, by distinct ids or by person UUIDs (unknown ones are skipped).

        Example:
            >>> await aph.persons.bulk_delete(distinct_ids=["user-1", "user-2"], delete_events=True)
            >>> await aph.persons.bulk_delete(ids=[person.uuid for person in stale])
        """
        return await self._run(self._plans.bulk_delete(distinct_ids, ids, delete_events, timeout))

    async def values(
        self, key: str, *, value: str | None = None, timeout: float | None = None
    ) -> builtins.list[PersonPropertyValue]:
        """The values of a person property with how many persons have each, most common first.

        ``value`` narrows to values containing that text. Each ``name`` is text, as PostHog sends it.

        Example:
            >>> [(v.name, v.count) for v in await aph.persons.values("plan")]
            [('free', 1375), ('starter', 308), ('pro', 255), ('enterprise', 62)]
        """
        return await self._run(self._plans.values(key, value, timeout))

    async def cohorts(self, id: PersonRef, *, timeout: float | None = None) -> builtins.list[Cohort]:
        """The cohorts the person belongs to.

        Example:
            >>> [c.name for c in await aph.persons.cohorts(1)]
        """
        return await self._run(self._plans.cohorts(id, timeout))

    async def activity(self, id: PersonRef | None = None, *, timeout: float | None = None) -> ActivityLogPage:
        """The activity log of one person, or of all persons when ``id`` is omitted.

        Example:
            >>> (await aph.persons.activity(1)).results
        """
        return await self._run(self._plans.activity(id, timeout))

    async def properties_timeline(self, id: PersonRef, *, timeout: float | None = None) -> PropertiesTimeline:
        """How a person's properties changed over time.

        Example:
            >>> (await aph.persons.properties_timeline(1)).points
        """
        return await self._run(self._plans.properties_timeline(id, timeout))


class AsyncPersonsWithRawResponse:
    """``aph.persons.with_raw_response``: each method returns an awaitable :class:`~posthog_rest.RawResponse`.

    Example:
        >>> (await aph.persons.with_raw_response.delete(1)).status_code
    """

    def __init__(self, persons: AsyncPersons) -> None:
        self.get = to_async_raw(persons.get)
        self.get_by_distinct_id = to_async_raw(persons.get_by_distinct_id)
        self.update = to_async_raw(persons.update)
        self.update_property = to_async_raw(persons.update_property)
        self.delete_property = to_async_raw(persons.delete_property)
        self.split = to_async_raw(persons.split)
        self.delete = to_async_raw(persons.delete)
        self.bulk_delete = to_async_raw(persons.bulk_delete)
        self.values = to_async_raw(persons.values)
        self.cohorts = to_async_raw(persons.cohorts)
        self.activity = to_async_raw(persons.activity)
        self.properties_timeline = to_async_raw(persons.properties_timeline)
