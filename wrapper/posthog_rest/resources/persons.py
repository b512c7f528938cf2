"""``ph.persons``: list with property filters, read, update properties, split and delete.

Example:
    >>> from posthog_rest import where
    >>> for person in ph.persons.list(properties=[where("plan").is_in(["pro", "team"])], limit=100):
    ...     print(person.distinct_ids)
    >>> ph.persons.update_property(person.id, "plan", "pro")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._filters import PropertiesArg
from .._pagination import PREFETCH, SyncPager
from ._base import Scope, SyncResource, to_raw
from ._person_plans import PersonPlans
from ._persons_async import AsyncPersons, AsyncPersonsWithRawResponse

if TYPE_CHECKING:
    from posthog_openapi.models.activity_log_page import ActivityLogPage
    from posthog_openapi.models.paginated_person_list import PaginatedPersonList
    from posthog_openapi.models.person import Person
    from posthog_openapi.models.properties_timeline import PropertiesTimeline

__all__ = ["AsyncPersons", "AsyncPersonsWithRawResponse", "Persons", "PersonsWithRawResponse"]


class Persons(SyncResource):
    """Persons of the client's project: ``ph.persons``.

    Example:
        >>> person = ph.persons.get_by_distinct_id("user-123")
        >>> ph.persons.update_property(person.id, "plan", "pro")
    """

    def __init__(self, scope: Scope) -> None:
        super().__init__(scope)
        self._plans = PersonPlans(scope)

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
