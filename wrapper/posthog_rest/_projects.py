"""Project resolution: an id, ``"@current"``, or a project name looked up once via ``/api/projects/``.

Example:
    >>> ph = PostHog(project="Marketing site")   # resolved (and cached) on the first request
    >>> ph.with_project(12345).insights.list()
"""

from __future__ import annotations

from functools import partial
from typing import Any

from ._core import Call, Connection, Plan, TimeoutLike, only
from ._errors import ConfigurationError

PROJECTS_PAGE = 200


def is_direct(ref: str) -> bool:
    """Whether ``ref`` can go straight into the URL (a numeric id or ``@current``)."""
    return ref == "@current" or (ref.isascii() and ref.isdigit())


def _unscoped() -> Plan[str]:
    """The project plan of a list that belongs to no project."""
    yield from ()
    return ""


def list_projects_plan(conn: Connection, timeout: TimeoutLike = None) -> Plan[list[Any]]:
    """All projects the key can see, through the pager's checks (no endless or foreign ``next``)."""
    from posthog_openapi.api.projects import projects_list
    from posthog_openapi.models.paginated_project_list import PaginatedProjectList

    from ._pagination import PageSpec, collect_plan

    def make_call(_: str, offset: int | None, size: int | None) -> Call[PaginatedProjectList]:
        return Call(
            partial(projects_list.sync_detailed, **only(limit=size, offset=offset)),
            expect=PaginatedProjectList,
            timeout=timeout,
        )

    spec = PageSpec(_unscoped, make_call, PROJECTS_PAGE, None, 0)
    return (yield from collect_plan(conn, spec))


def resolve_project_plan(conn: Connection, ref: str, timeout: TimeoutLike = None) -> Plan[str]:
    """The path parameter for ``ref``: itself when direct, else the id of the one project with that name."""
    if is_direct(ref):
        return ref
    cached = conn.project_names.get(ref)
    if cached is not None:
        return cached
    projects = yield from list_projects_plan(conn, timeout)
    matches = [p for p in projects if p.name == ref] or [p for p in projects if p.name.casefold() == ref.casefold()]
    choices = ", ".join(f"{p.name!r} (id {p.id})" for p in projects) or "none visible to this key"
    if not matches:
        raise ConfigurationError(f"No project named {ref!r}. Projects this key can see: {choices}.")
    if len(matches) > 1:
        ids = ", ".join(str(p.id) for p in matches)
        raise ConfigurationError(
            f"Project name {ref!r} is ambiguous (ids {ids}); pass the id instead. Choices: {choices}."
        )
    conn.project_names[ref] = str(matches[0].id)
    return conn.project_names[ref]
