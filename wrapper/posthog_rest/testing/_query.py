"""The Query API's routes (``POST query/``, ``POST query/<Kind>/``, ``GET query/<id>/log/``).

Until the stand-in's query engine lands, queries are refused with a 400 that says so (never a made-up result).
"""

from __future__ import annotations

from typing import Any

from ._context import Ctx, Reply, handler
from ._errors import ApiError

__all__: list[str] = []

_KIND_OPS = {
    "query_hogql_query_create": "HogQLQuery",
    "query_events_query_create": "EventsQuery",
    "query_actors_query_create": "ActorsQuery",
    "query_trends_query_create": "TrendsQuery",
    "query_funnels_query_create": "FunnelsQuery",
    "query_retention_query_create": "RetentionQuery",
    "query_hogql_metadata_create": "HogQLMetadata",
}


def check_path_kind(ctx: Ctx) -> None:
    """PostHog's check for ``POST query/<Kind>/``: the body's kind must be the path's."""
    path_kind = _KIND_OPS.get(ctx.op.handler_name)
    if path_kind is None:
        return
    query: dict[str, Any] = ctx.body["query"]
    body_kind = query.get("kind")
    if body_kind != path_kind:
        raise ApiError.validation(
            f'Query kind mismatch: path kind "{path_kind}" does not match body kind "{body_kind}".'
        )


@handler("query_create", *_KIND_OPS)
async def query_create(ctx: Ctx) -> Reply:
    check_path_kind(ctx)
    kind = ctx.body["query"]["kind"]
    raise ApiError.validation(f"This stand-in does not run queries yet ({kind}).", code="not_supported")


@handler("query_log_retrieve")
async def query_log_retrieve(ctx: Ctx) -> Reply:
    raise ApiError.validation("This stand-in keeps no query log yet.", code="not_supported")
