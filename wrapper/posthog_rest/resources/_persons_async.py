"""``aph.persons``: the async twin of :mod:`posthog_rest.resources.persons`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._filters import PropertiesArg
from .._pagination import PREFETCH, AsyncPager
from ._base import AsyncResource, Scope, to_async_raw

if TYPE_CHECKING:
    from posthog_openapi.models.activity_log_page import ActivityLogPage
    from posthog_openapi.models.paginated_person_list import PaginatedPersonList
    from posthog_openapi.models.person import Person
    from posthog_openapi.models.properties_timeline import PropertiesTimeline

from ._person_plans import PersonPlans


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

    async def get(self, id: int, *, timeout: float | None = None) -> Person:
        """See :meth:`Persons.get`.

        Example:
            >>> await aph.persons.get(1)
        """
        return await self._run(self._plans.get(id, timeout))

    async def get_by_distinct_id(self, distinct_id: str, *, timeout: float | None = None) -> Person:
        """See :meth:`Persons.get_by_distinct_id`.

        Example:
            >>> await aph.persons.get_by_distinct_id("user-123")
        """
        return await self._run(self._plans.get_by_distinct_id(distinct_id, timeout))

    async def update(self, id: int, *, properties: dict[str, Any], timeout: float | None = None) -> Person:
        """See :meth:`Persons.update`.

        Example:
            >>> await aph.persons.update(1, properties={"plan": "pro"})
        """
        return await self._run(self._plans.update(id, properties, timeout))

    async def update_property(
        self, id: int, key: str, value: str | float | bool, *, timeout: float | None = None
    ) -> None:
        """See :meth:`Persons.update_property`.

        Example:
            >>> await aph.persons.update_property(1, "plan", "pro")
        """
        return await self._run(self._plans.update_property(id, key, value, timeout))

    async def delete_property(self, id: int, key: str, *, timeout: float | None = None) -> None:
        """See :meth:`Persons.delete_property`.

        Example:
            >>> await aph.persons.delete_property(1, "plan")
        """
        return await self._run(self._plans.delete_property(id, key, timeout))

    async def split(self, id: int, *, main_distinct_id: str | None = None, timeout: float | None = None) -> None:
        """See :meth:`Persons.split`.

        Example:
            >>> await aph.persons.split(1)
        """
        return await self._run(self._plans.split(id, main_distinct_id, timeout))

    async def delete(self, id: int, *, delete_events: bool = False, timeout: float | None = None) -> None:
        """See :meth:`Persons.delete`.

        Example:
            >>> await aph.persons.delete(1)
        """
        return await self._run(self._plans.delete(id, delete_events, timeout))

    async def activity(self, id: int | None = None, *, timeout: float | None = None) -> ActivityLogPage:
        """See :meth:`Persons.activity`.

        Example:
            >>> await aph.persons.activity()
        """
        return await self._run(self._plans.activity(id, timeout))

    async def properties_timeline(self, id: int, *, timeout: float | None = None) -> PropertiesTimeline:
        """See :meth:`Persons.properties_timeline`.

        Example:
            >>> await aph.persons.properties_timeline(1)
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
        self.activity = to_async_raw(persons.activity)
        self.properties_timeline = to_async_raw(persons.properties_timeline)
