"""How each kind of object looks in the CLI: flat rows, table columns, and charts under a trend.

Example:
    >>> from posthog_rest.cli.views import INSIGHT_VIEW
    >>> INSIGHT_VIEW.row(ph.insights.get(short_id="aBc123"))["short_id"]
    'aBc123'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._tables import person_cells, person_columns, person_row, sent_person_record, to_jsonable
from .output import View

if TYPE_CHECKING:
    from rich.console import RenderableType


def _get(record: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(record, dict):
            return None
        record = record.get(key)
    return record


def user_row(user: Any) -> dict[str, Any]:
    """``whoami``: who the key belongs to and which project ``@current`` means."""
    record = to_jsonable(user)
    name = " ".join(filter(None, [record.get("first_name"), record.get("last_name")]))
    return {
        "email": record.get("email"),
        "name": name or None,
        "current project": f"{_get(record, 'team', 'name')} (id {_get(record, 'team', 'id')})",
        "organization": _get(record, "organization", "name"),
        "projects": [f"{t.get('name')} ({t.get('id')})" for t in _get(record, "organization", "teams") or []],
        "timezone": _get(record, "team", "timezone"),
    }


def project_row(project: Any) -> dict[str, Any]:
    """``projects``: one project."""
    record = to_jsonable(project)
    return {key: record.get(key) for key in ("id", "name", "timezone", "organization", "created_at")}


def _kind(record: dict[str, Any]) -> str | None:
    source = _get(record, "query", "source")
    if isinstance(source, dict):
        return str(source.get("kind", "")).removesuffix("Query") or None
    insight = _get(record, "filters", "insight")
    return str(insight).title() if insight else None


def insight_row(insight: Any) -> dict[str, Any]:
    """An insight's main fields (the table of ``insights get``, the columns of ``insights list``)."""
    record = to_jsonable(insight)
    return {
        "id": record.get("id"),
        "short_id": record.get("short_id"),
        "name": record.get("name") or record.get("derived_name"),
        "kind": _kind(record),
        "description": record.get("description"),
        "tags": record.get("tags"),
        "last_refresh": record.get("last_refresh"),
        "cached result": record.get("result") is not None,
        "query_status": _get(record, "query_status", "id"),
        "created_by": _get(record, "created_by", "email"),
        "created_at": record.get("created_at"),
    }


def trend_details(obj: Any) -> list[RenderableType]:
    """Under a trend: its series with totals, bars and sparklines; a hint when there is no result."""
    from rich.text import Text

    result = getattr(obj, "result", None) if not isinstance(obj, dict) else obj.get("result")
    if result is None:
        return [Text("No cached result: add --refresh blocking to calculate it.", style="yellow")]
    from .._trends import trend_series
    from .charts import rows_table, series_table

    try:
        series = trend_series(obj)
    except ValueError:
        table = result_table(obj)
        if table is None:
            return [Text("(no table for this result: use --json for all of it)", style="dim")]
        return [Text(""), rows_table(*table)]
    return [Text(""), series_table(series)]


def trend_row(result: Any) -> dict[str, Any]:
    """``insights trend``: a summary row; the chart comes from :func:`trend_details`."""
    from .._trends import trend_series

    series = trend_series(result)
    days = series[0].days if series else []
    return {
        "series": [s.label for s in series],
        "total": sum(s.total for s in series),
        "from": days[0] if days else None,
        "to": days[-1] if days else None,
        "last_refresh": to_jsonable(getattr(result, "last_refresh", None)),
    }


def result_table(obj: Any) -> tuple[list[str], list[dict[str, Any]]] | None:
    """CSV of a result (see :func:`posthog_rest.export.result_rows`): a trend is one row per date (or per
    interval count for stickiness), a funnel one per step, retention one per cohort; ``None`` without one."""
    from .._results import result_rows

    try:
        return result_rows(obj)
    except ValueError:
        return None


def query_status_row(status: Any) -> dict[str, Any]:
    """``query status``: a background calculation."""
    record = to_jsonable(status)
    keys = ("id", "complete", "error", "error_message", "insight_id", "start_time", "end_time")
    return {key: record.get(key) for key in keys}


def persons_csv_columns(wanted: Sequence[str] | None) -> Any:
    """CSV header of a persons listing: core columns + ``wanted`` properties, else the first page's keys."""

    def columns(page: Sequence[Any]) -> list[str]:
        return person_columns(page, wanted)

    return columns


USER_VIEW = View("user", row=user_row)
PROJECT_VIEW = View("project", row=project_row)
INSIGHT_VIEW = View("insight", row=insight_row, details=trend_details, rows=result_table)
INSIGHT_LIST_VIEW = View(
    "insight", row=insight_row, table_columns=("id", "short_id", "name", "kind", "last_refresh", "cached result")
)
TREND_VIEW = View("trend", row=trend_row, details=trend_details, rows=result_table)
QUERY_VIEW = View("query", row=query_status_row)
PERSON_TABLE_COLUMNS = ("id", "name", "distinct_ids", "properties.$initial_os", "properties.plan", "created_at")


def person_view(columns: Sequence[str] | None = None) -> View:
    """Persons: all fields for one person; a curated table for a list; CSV columns per :mod:`posthog_rest.export`."""
    table = PERSON_TABLE_COLUMNS if columns is None else person_columns([], columns)
    record = sent_person_record()  # the CLI writes persons as fetched: PostHog's own JSON, no to_dict() each
    return View(
        "person",
        row=person_row,
        record=record,
        table_columns=table,
        csv_columns=persons_csv_columns(columns),
        csv_cells=lambda chosen: person_cells(chosen, record),
        columns_chosen=columns is not None,
    )
