"""``ph.persons``: list with property filters, read, update properties, split and delete.

Example:
    >>> from posthog_rest import where
    >>> for person in ph.persons.list(properties=[where("plan").is_in(["pro", "team"])], limit=100):
    ...     print(person.distinct_ids)
    >>> ph.persons.update_property(person.id, "plan", "pro")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from .._core import Call, Plan, only
from .._errors import InvalidRequestError, NotFoundError
from .._filters import PropertiesArg, build_properties
from .._pagination import PERSONS_PAGE_SIZE, PREFETCH, AsyncPager, PageSpec, SyncPager
from ._base import AsyncResource, Scope, SyncResource, build_model, to_async_raw, to_raw

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


class _PersonPlans:
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
        from posthog_openapi.models.paginated_person_list import PaginatedPersonList

        filters = only(
            properties=build_properties(properties),
            email=email,
            distinct_id=distinct_id,
            search=search,
            include_total=include_total,
        )

        def make_call(project_id: str, offset: int | None, size: int | None) -> Call[PaginatedPersonList]:
            return Call(
                "persons.persons_list",
                {"project_id": project_id, **filters, **only(offset=offset, limit=size)},
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
        self, op: str, id: int, expect: type[T] | None, *, write: bool, timeout: float | None, **kwargs: Any
    ) -> Plan[T]:
        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                f"persons.{op}",
                {"project_id": project_id, "id": id, **kwargs},
                expect=expect,
                idempotent=not write,
                timeout=timeout,
            )
        )

    def get(self, id: int, timeout: float | None) -> Plan[Person]:
        from posthog_openapi.models.person import Person

        return (yield from self._call("persons_retrieve", id, Person, write=False, timeout=timeout))

    def get_by_distinct_id(self, distinct_id: str, timeout: float | None) -> Plan[Person]:
        from posthog_openapi.models.paginated_person_list import PaginatedPersonList

        project_id = yield from self.scope.project_id()
        page = yield from Call(
            "persons.persons_list",
            {"project_id": project_id, "distinct_id": distinct_id, "limit": 1},
            expect=PaginatedPersonList,
            timeout=timeout,
        )
        if not page.results:
            raise NotFoundError(f"No person with distinct_id {distinct_id!r} in project {project_id}", status=404)
        return page.results[0]

    def update(self, id: int, properties: dict[str, Any], timeout: float | None) -> Plan[Person]:
        from posthog_openapi.models.person import Person
        from posthog_openapi.models.person_request import PersonRequest

        body = build_model(PersonRequest, {"properties": properties}, "person update")
        return (yield from self._call("persons_partial_update", id, Person, write=True, timeout=timeout, body=body))

    def update_property(self, id: int, key: str, value: Any, timeout: float | None) -> Plan[None]:
        if not key:
            raise InvalidRequestError("update_property needs a property key")
        yield from self._call(
            "persons_update_property_create", id, None, write=True, timeout=timeout, key=key, value=_value(value)
        )
        return None

    def delete_property(self, id: int, key: str, timeout: float | None) -> Plan[None]:
        if not key:
            raise InvalidRequestError("delete_property needs a property key")
        yield from self._call("persons_delete_property_create", id, None, write=True, timeout=timeout, unset=key)
        return None

    def split(self, id: int, main_distinct_id: str | None, timeout: float | None) -> Plan[None]:
        from posthog_openapi.models.person_split_request import PersonSplitRequest

        body = PersonSplitRequest(**only(main_distinct_id=main_distinct_id))
        yield from self._call("persons_split_create", id, None, write=True, timeout=timeout, body=body)
        return None

    def delete(self, id: int, delete_events: bool, timeout: float | None) -> Plan[None]:
        project_id = yield from self.scope.project_id()
        yield from Call(
            "persons.persons_destroy",
            {"project_id": project_id, "id": id, **({"delete_events": True} if delete_events else {})},
            expect=None,
            idempotent=False,
            timeout=timeout,
            ok=DELETE_OK,
        )
        return None

    def activity(self, id: int | None, timeout: float | None) -> Plan[ActivityLogPage]:
        from posthog_openapi.models.activity_log_page import ActivityLogPage

        if id is not None:
            return (
                yield from self._call("persons_activity_retrieve", id, ActivityLogPage, write=False, timeout=timeout)
            )
        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                "persons.persons_all_activity_retrieve",
                {"project_id": project_id},
                expect=ActivityLogPage,
                timeout=timeout,
            )
        )

    def properties_timeline(self, id: int, timeout: float | None) -> Plan[PropertiesTimeline]:
        from posthog_openapi.models.properties_timeline import PropertiesTimeline

        return (
            yield from self._call(
                "persons_properties_timeline_retrieve", id, PropertiesTimeline, write=False, timeout=timeout
            )
        )


class Persons(SyncResource):
    """Persons of the client's project: ``ph.persons``.

    Example:
        >>> person = ph.persons.get_by_distinct_id("user-123")
        >>> ph.persons.update_property(person.id, "plan", "pro")
    """

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope)
        self._plans = _PersonPlans(scope)

    @property
    def with_raw_response(self) -> PersonsWithRawResponse:
        """The same methods, returning :class:`~posthog_rest.RawResponse`.

        Example:
            >>> ph.persons.with_raw_response.get(1).status_code
        """
        return PersonsWithRawResponse(self)

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
    ) -> SyncPager[Person, PaginatedPersonList]:
        """Lazily iterate persons (newest first), filtered by properties (all must match), email, id or search.

        ``properties``: ``where(...)`` conditions, ``(key, operator, value)`` tuples, dicts, or a JSON
        string; validated before sending. ``limit`` caps the items yielded, ``page_size`` is the API's
        per-request limit, ``prefetch=N`` fetches N pages concurrently.

        The defaults are the bulk fast path: pages of 1,000 persons (``limit`` smaller: one page of
        ``limit``), 4 in flight once the first page came back full, each request paced to PostHog's
        analytics rate limit (240/minute, 1200/hour per project), so exporting everyone never earns a 429.
        ``prefetch=0`` fetches one page at a time.

        Example:
            >>> ph.persons.list(properties=[where("$initial_os") == "Linux", where("age") > 30])
            >>> ph.persons.list(properties=[("email", "icontains", "@acme.com")], limit=10)
        """
        return SyncPager(
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

    def get(self, id: int, *, timeout: float | None = None) -> Person:
        """One person by numeric id.

        Example:
            >>> ph.persons.get(1).properties["email"]
        """
        return self._run(self._plans.get(id, timeout))

    def get_by_distinct_id(self, distinct_id: str, *, timeout: float | None = None) -> Person:
        """The person with this distinct id (any of theirs); :class:`~posthog_rest.NotFoundError` if none.

        Example:
            >>> ph.persons.get_by_distinct_id("user-123").id
        """
        return self._run(self._plans.get_by_distinct_id(distinct_id, timeout))

    def update(self, id: int, *, properties: dict[str, Any], timeout: float | None = None) -> Person:
        """Set person properties (PATCH).

        Example:
            >>> ph.persons.update(1, properties={"plan": "pro"})
        """
        return self._run(self._plans.update(id, properties, timeout))

    def update_property(self, id: int, key: str, value: str | float | bool, *, timeout: float | None = None) -> None:
        """Set one property (the API queues it as a ``$set`` event).

        Example:
            >>> ph.persons.update_property(1, "plan", "pro")
        """
        return self._run(self._plans.update_property(id, key, value, timeout))

    def delete_property(self, id: int, key: str, *, timeout: float | None = None) -> None:
        """Remove one property (``$unset``).

        Example:
            >>> ph.persons.delete_property(1, "plan")
        """
        return self._run(self._plans.delete_property(id, key, timeout))

    def split(self, id: int, *, main_distinct_id: str | None = None, timeout: float | None = None) -> None:
        """Split a merged person into one person per distinct id (``main_distinct_id`` keeps this person).

        Example:
            >>> ph.persons.split(1, main_distinct_id="user-123")
        """
        return self._run(self._plans.split(id, main_distinct_id, timeout))

    def delete(self, id: int, *, delete_events: bool = False, timeout: float | None = None) -> None:
        """Delete a person (queued upstream); ``delete_events=True`` also queues deleting their events.

        Example:
            >>> ph.persons.delete(1, delete_events=True)
        """
        return self._run(self._plans.delete(id, delete_events, timeout))

    def activity(self, id: int | None = None, *, timeout: float | None = None) -> ActivityLogPage:
        """The activity log of one person, or of all persons when ``id`` is omitted.

        Example:
            >>> ph.persons.activity(1).results
        """
        return self._run(self._plans.activity(id, timeout))

    def properties_timeline(self, id: int, *, timeout: float | None = None) -> PropertiesTimeline:
        """How a person's properties changed over time.

        Example:
            >>> ph.persons.properties_timeline(1).points
        """
        return self._run(self._plans.properties_timeline(id, timeout))


class AsyncPersons(AsyncResource):
    """Async twin of :class:`Persons`: ``aph.persons``.

    Example:
        >>> async for person in aph.persons.list(email="a@b.c"): ...
    """

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope)
        self._plans = _PersonPlans(scope)

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


class PersonsWithRawResponse:
    """``ph.persons.with_raw_response``: each method returns a :class:`~posthog_rest.RawResponse`.

    Example:
        >>> ph.persons.with_raw_response.delete(1).status_code
        202
    """

    def __init__(self, persons: Persons) -> None:
        self.get = to_raw(persons.get)
        self.get_by_distinct_id = to_raw(persons.get_by_distinct_id)
        self.update = to_raw(persons.update)
        self.update_property = to_raw(persons.update_property)
        self.delete_property = to_raw(persons.delete_property)
        self.split = to_raw(persons.split)
        self.delete = to_raw(persons.delete)
        self.activity = to_raw(persons.activity)
        self.properties_timeline = to_raw(persons.properties_timeline)


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
