"""``posthog-rest query …`` (SQL, any query kind, background status/cancel) and ``posthog-rest events export``.

Example:
    $ posthog-rest query sql "SELECT count() FROM events WHERE event = {e}" --value e='$pageview'
    $ posthog-rest query sql -f report.sql --csv -o report.csv
    $ posthog-rest query run trends.json
    $ posthog-rest events export --after 2026-11-01 --before 2026-12-01 --event '$pageview' -o pageviews.parquet
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..export import to_jsonable
from .errors import CliError, ExitCode, exit_codes_epilog
from .groups import group
from .output import ProgressReporter, View
from .session import Session, command
from .views import QUERY_VIEW

EPILOG = exit_codes_epilog()
query_app = group("The Query API: run SQL (HogQL) or any query kind; background status and cancel.", EPILOG)
events_app = group("Events: bulk export to CSV, JSON lines or Parquet (keyset pages, never OFFSET).", EPILOG)

#: ``$browser=Chrome``: no spaces around ``=`` and an unquoted value; anything else is HogQL (``event = 'x'``).
_SIMPLE_WHERE = re.compile(r"^([A-Za-z0-9_$]+)=([^=\s'\"][^'\"]*)$")
_VALUE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)=(.*)$", re.S)


def _rows_view(noun: str, columns: list[str]) -> View:
    return View(noun, row=lambda row: row, record=lambda row: row, table_columns=columns, csv_columns=lambda _: columns)


def _typed(text: str) -> Any:
    """A ``--value`` from the command line: JSON numbers, booleans, null and lists as such, else the text."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, int | float | bool | list) or value is None else text


def parse_values(pairs: list[str] | None) -> dict[str, Any]:
    """``--value name=value`` options as placeholder values (``n=10`` is a number, ``s=abc`` text).

    Example:
        >>> parse_values(["since=2026-11-01", "n=10"])
        {'since': '2026-11-01', 'n': 10}
    """
    values: dict[str, Any] = {}
    for pair in pairs or []:
        match = _VALUE.match(pair)
        if match is None:
            raise CliError(f"--value {pair!r}: expected NAME=VALUE (NAME as in {{NAME}} in the SQL)")
        values[match.group(1)] = _typed(match.group(2))
    return values


def read_source(text: str | None, path: str | None, what: str) -> str:
    """The SQL (or JSON) from the argument, or from ``-f FILE`` (``-`` is stdin); exactly one of them."""
    if (text is None) == (path is None):
        raise CliError(f"Give the {what} as an argument or with -f FILE (- for stdin), not both or neither")
    if path is None:
        assert text is not None
        return text
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"Cannot read {path}: {exc.strerror}") from None


def _position(sql: str, offset: int) -> str:
    line = sql.count("\n", 0, offset) + 1
    column = offset - (sql.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def hogql_error(session: Session, sql: str, exc: Exception) -> CliError:
    """A HogQL error as one line with its position (from ``HogQLMetadata``; the server's message if none)."""
    detail = getattr(exc, "detail", None) or str(exc)
    try:
        meta = session.client().query.validate(sql)
    except Exception:  # the metadata call is a nicety: the server's own message is the answer
        return CliError(f"HogQL error: {detail}", ExitCode.BAD_INPUT)
    for error in getattr(meta, "errors", None) or []:
        start = getattr(error, "start", None)
        where = f" at {_position(sql, start)}" if isinstance(start, int) else ""
        return CliError(f"HogQL error{where}: {error.message}", ExitCode.BAD_INPUT)
    return CliError(f"HogQL error: {detail}", ExitCode.BAD_INPUT)


@query_app.command("sql", epilog=EPILOG)
@command
def query_sql(
    session: Session,
    sql: Annotated[str | None, typer.Argument(help="The SELECT (or use -f).")] = None,
    file: Annotated[str | None, typer.Option("--file", "-f", help="Read the SQL from a file (- for stdin).")] = None,
    value: Annotated[
        list[str] | None, typer.Option("--value", "-v", help="A {placeholder} value: NAME=VALUE (repeatable).")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="A name for PostHog's query log.")] = None,
    refresh: Annotated[str | None, typer.Option("--refresh", help="blocking (default), force_blocking, …")] = None,
) -> None:
    """Run HogQL (PostHog's SQL); --value binds {placeholders} as typed constants (never spliced into the SQL)."""
    from .._errors import BadRequestError

    text = read_source(sql, file, "SQL")
    values = parse_values(value)
    try:
        result = session.client().query.sql(text, values, name=name, refresh=refresh)
    except BadRequestError as exc:
        raise hogql_error(session, text, exc) from None
    session.out.many(_rows_view("row", result.columns), [list(result)])
    if result.has_more:
        session.out.warn(f"More rows exist beyond {result.limit or len(result)}: add a LIMIT (up to 50,000).")


@query_app.command("run", epilog=EPILOG)
@command
def query_run(
    session: Session,
    file: Annotated[str, typer.Argument(metavar="QUERY.json", help='A query (or {"query": …}) as JSON; - for stdin.')],
    refresh: Annotated[str | None, typer.Option("--refresh", help="blocking (default), async, force_async, …")] = None,
) -> None:
    """Run any query kind from a JSON file (HogQLQuery, TrendsQuery, ActorsQuery, …) and print its result."""
    text = read_source(None, file, "query")
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise CliError(f"{file}: not valid JSON ({exc})") from None
    query = document.get("query", document) if isinstance(document, dict) and "kind" not in document else document
    if isinstance(document, dict) and "kind" not in document and refresh is None:
        refresh = document.get("refresh")
    answer = session.client().query.run(query, refresh=refresh)
    record = to_jsonable(answer)
    columns = record.get("columns") if isinstance(record, dict) else None
    if isinstance(columns, list) and isinstance(record.get("results"), list):
        names = [str(c) for c in columns]
        rows = [dict(zip(names, row, strict=False)) for row in record["results"]]
        session.out.many(_rows_view("row", names), [rows])
        return
    session.out.one(View("result", row=_summary, record=lambda r: r), record)


def _summary(record: Any) -> dict[str, Any]:
    if not isinstance(record, dict):
        return {"result": record}
    return {k: v for k, v in record.items() if k in ("results", "is_cached", "last_refresh", "hasMore", "errors")}


QueryId = Annotated[str, typer.Argument(metavar="QUERY_ID", help="The id in a query_status (or your client_query_id).")]


@query_app.command("status", epilog=EPILOG)
@command
def query_status(session: Session, query_id: QueryId) -> None:
    """Status of a background calculation."""
    session.out.one(QUERY_VIEW, session.client().query_status(query_id))


@query_app.command("cancel", epilog=EPILOG)
@command
def query_cancel(session: Session, query_id: QueryId) -> None:
    """Cancel a background calculation."""
    answer = session.client().cancel_query(query_id)
    session.out.done(f"Cancelled query {query_id}: {answer.message}", {"id": query_id, "message": answer.message})


def split_where(clauses: list[str] | None) -> tuple[dict[str, Any], list[str]]:
    """``--where`` options: ``KEY=VALUE`` (no spaces, unquoted) is an event property equality, anything else
    a HogQL condition.

    Example:
        >>> split_where(["$browser=Chrome", "properties.$screen_width > 1000"])
        ({'$browser': 'Chrome'}, ['properties.$screen_width > 1000'])
    """
    properties: dict[str, Any] = {}
    conditions: list[str] = []
    for clause in clauses or []:
        match = _SIMPLE_WHERE.match(clause)
        if match is not None:
            properties[match.group(1)] = match.group(2)
        else:
            conditions.append(clause)
    return properties, conditions


@events_app.command("export", epilog=EPILOG)
@command
def events_export(
    session: Session,
    after: Annotated[str, typer.Option("--after", help="From this date/time (inclusive), e.g. 2026-11-01.")],
    before: Annotated[str | None, typer.Option("--before", help="Up to this date/time (exclusive).")] = None,
    event: Annotated[str | None, typer.Option("--event", "-e", help="Only this event.")] = None,
    where: Annotated[
        list[str] | None,
        typer.Option(
            "--where", "-w", help="KEY=VALUE (an event property, no spaces) or a HogQL condition (repeatable)."
        ),
    ] = None,
    columns: Annotated[
        str | None, typer.Option("--columns", help="Comma-separated columns (HogQL expressions).")
    ] = None,
    page_size: Annotated[int, typer.Option("--page-size", help="Rows per request (≤ 50,000).", min=1)] = 10_000,
) -> None:
    """Export events to -o FILE (.parquet, .csv or .jsonl), page by keyset on (timestamp, uuid), with progress."""
    from ..resources.query import DEFAULT_EVENT_COLUMNS

    path = session.options.output
    if path is None:
        raise CliError("events export writes a file: give -o events.parquet (or .csv, .jsonl)")
    properties, conditions = split_where(where)
    chosen = [c.strip() for c in columns.split(",") if c.strip()] if columns else list(DEFAULT_EVENT_COLUMNS)
    with ProgressReporter(session.out.err, "event", session.options.progress) as progress:
        summary = session.client().query.export_events(
            path=path,
            after=after,
            before=before,
            event=event,
            properties=properties or None,
            where=conditions or None,
            columns=chosen,
            page_size=page_size,
            on_page=progress.update,
        )
    session.out.message(f"Exported {summary.rows:,} events to {summary.path} ({summary.format}, {summary.pages} pages)")
