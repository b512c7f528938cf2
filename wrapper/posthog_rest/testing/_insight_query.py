"""Saved query-based trend insights calculate on the Query API's engine, the same path ``POST query/`` runs.

So a saved trend of ``$pageview`` equals ``SELECT count() FROM events WHERE event = '$pageview'`` per day. Other
insights (funnels, retention, paths, legacy filters) keep the synthetic calculator in ``_calc``.
"""

from __future__ import annotations

from typing import Any

from ._query_run import compute
from ._state import ProjectData, State

__all__ = ["engine_source", "run_on_engine"]


def engine_source(query: Any) -> dict[str, Any] | None:
    """The ``TrendsQuery`` an insight's ``InsightVizNode`` wraps, or ``None`` when the engine does not run it."""
    if not isinstance(query, dict) or query.get("kind") != "InsightVizNode":
        return None
    source = query.get("source")
    if isinstance(source, dict) and source.get("kind") == "TrendsQuery":
        return source
    return None


def run_on_engine(state: State, project: ProjectData, source: dict[str, Any]) -> list[dict[str, Any]]:
    """The insight's ``result``: PostHog answers the ``TrendsQuery`` response's series list as it is."""
    results: list[dict[str, Any]] = compute(state, project, source)["results"]
    return results
