"""The current user, projects, and background-query status operations."""

from __future__ import annotations

from typing import Any

from ._context import Ctx, Reply, handler, page_links
from ._errors import ApiError
from ._refresh import query_status, settle
from ._state import ProjectData, State, iso

__all__ = ["project_json"]


def project_json(state: State, project: ProjectData) -> dict[str, Any]:
    """A ``Project``."""
    return {
        "id": project.id,
        "uuid": project.uuid,
        "organization": state.org_id,
        "name": project.name,
        "api_token": project.api_token,
        "timezone": "UTC",
        "created_at": iso(project.created_at),
        "is_demo": False,
    }


def _team_basic(state: State, project: ProjectData) -> dict[str, Any]:
    return {
        "id": project.id,
        "uuid": project.uuid,
        "project_id": project.id,
        "organization": state.org_id,
        "name": project.name,
        "api_token": project.api_token,
        "timezone": "UTC",
    }


@handler("users_me_retrieve")
async def users_me_retrieve(ctx: Ctx) -> Reply:
    state = ctx.state
    teams = [_team_basic(state, p) for p in state.projects.values()]
    user = state.user
    return Reply(
        200,
        {
            "uuid": user.uuid,
            "distinct_id": user.distinct_id,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "is_email_verified": True,
            "date_joined": iso(state.anchor.replace(year=state.anchor.year - 2)),
            "team": _team_basic(state, state.current_project),
            "organization": {
                "id": state.org_id,
                "name": state.org_name,
                "slug": state.org_slug,
                "membership_level": 15,
                "teams": teams,
                "projects": teams,
            },
            "organizations": [
                {"id": state.org_id, "name": state.org_name, "slug": state.org_slug, "membership_level": 15}
            ],
        },
    )


@handler("projects_list")
async def projects_list(ctx: Ctx) -> Reply:
    limit, offset = ctx.limit_offset()
    projects = sorted(ctx.state.projects.values(), key=lambda p: p.id)
    page = projects[offset : offset + limit]
    nxt, prev = page_links(ctx, limit, offset, offset + limit < len(projects))
    return Reply(
        200,
        {"count": len(projects), "next": nxt, "previous": prev, "results": [project_json(ctx.state, p) for p in page]},
    )


@handler("projects_retrieve")
async def projects_retrieve(ctx: Ctx) -> Reply:
    raw = str(ctx.params["id"])
    pid = ctx.state.current_project_id if raw == "@current" else int(raw)
    project = ctx.state.projects.get(pid)
    if project is None:
        raise ApiError.not_found("Project not found.")
    return Reply(200, project_json(ctx.state, project))


@handler("query_retrieve")
async def query_retrieve(ctx: Ctx) -> Reply:
    project = ctx.proj
    settle(ctx.state, project)
    q = project.queries.get(ctx.params["query_id"])
    if q is None:
        raise ApiError.not_found()
    status = query_status(ctx.state, q)
    code = 200 if status["complete"] and not status["error"] else (400 if status["error"] else 202)
    return Reply(code, {"query_status": status})


@handler("query_destroy")
async def query_destroy(ctx: Ctx) -> Reply:
    project = ctx.proj
    settle(ctx.state, project)
    q = project.queries.get(ctx.params["query_id"])
    if q is None:
        raise ApiError.not_found()
    if not q.finished:
        q.cancelled = True
        insight = project.insights.get(q.insight_id) if q.insight_id is not None else None
        if insight is not None and insight.pending_query == q.id:
            insight.pending_query = None
    ctx.state.stats["queries_cancelled"] += 1
    return Reply(200, {"message": "Query cancelled"})
