"""Every persons operation as a plan; the sync and async resources only run them (writes: ``_person_writes``)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from .._core import Call, Plan, only
from .._errors import InvalidRequestError, NotFoundError
from .._filters import PropertiesArg, build_properties
from .._pagination import PERSONS_PAGE_SIZE, PageSpec
from ._base import Scope
from ._person_writes import PersonRef, PersonWritePlans, person_ref

if TYPE_CHECKING:
    from posthog_openapi.models.activity_log_page import ActivityLogPage
    from posthog_openapi.models.cohort import Cohort
    from posthog_openapi.models.paginated_person_list import PaginatedPersonList
    from posthog_openapi.models.person import Person
    from posthog_openapi.models.person_property_value import PersonPropertyValue
    from posthog_openapi.models.properties_timeline import PropertiesTimeline


class PersonPlans(PersonWritePlans):
    """Every persons operation as a plan; the sync and async resources only run them (writes: ``_person_writes``)."""

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

    def get(self, id: PersonRef, timeout: float | None) -> Plan[Person]:
        from posthog_openapi.api.persons import persons_retrieve
        from posthog_openapi.models.person import Person

        ref = person_ref(id)

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_retrieve.sync_detailed, project_id=project_id, id=ref)

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

    def activity(self, id: PersonRef | None, timeout: float | None) -> Plan[ActivityLogPage]:
        from posthog_openapi.api.persons import persons_activity_retrieve, persons_all_activity_retrieve
        from posthog_openapi.models.activity_log_page import ActivityLogPage

        ref = None if id is None else person_ref(id)

        def bind(project_id: str) -> partial[Any]:
            if ref is None:
                return partial(persons_all_activity_retrieve.sync_detailed, project_id=project_id)
            return partial(persons_activity_retrieve.sync_detailed, project_id=project_id, id=ref)

        return (yield from self._call(bind, ActivityLogPage, write=False, timeout=timeout))

    def properties_timeline(self, id: PersonRef, timeout: float | None) -> Plan[PropertiesTimeline]:
        from posthog_openapi.api.persons import persons_properties_timeline_retrieve
        from posthog_openapi.models.properties_timeline import PropertiesTimeline

        ref = person_ref(id)

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_properties_timeline_retrieve.sync_detailed, project_id=project_id, id=ref)

        return (yield from self._call(bind, PropertiesTimeline, write=False, timeout=timeout))

    def values(self, key: str, value: str | None, timeout: float | None) -> Plan[list[PersonPropertyValue]]:
        if not isinstance(key, str) or not key:
            raise InvalidRequestError("values() needs a person property key, e.g. 'plan'")
        from posthog_openapi.api.persons import persons_values_retrieve

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_values_retrieve.sync_detailed, project_id=project_id, **only(key=key, value=value))

        found = yield from self._call(bind, list, write=False, timeout=timeout)
        return list(found)

    def cohorts(self, id: PersonRef, timeout: float | None) -> Plan[list[Cohort]]:
        from posthog_openapi.api.persons import persons_cohorts_retrieve
        from posthog_openapi.models.person_cohort_list import PersonCohortList

        ref = person_ref(id)

        def bind(project_id: str) -> partial[Any]:
            return partial(persons_cohorts_retrieve.sync_detailed, project_id=project_id, person_id=ref)

        page = yield from self._call(bind, PersonCohortList, write=False, timeout=timeout)
        return list(page.results)
