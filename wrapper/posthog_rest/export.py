"""Data export: trends and persons as pandas DataFrames, and streaming persons export to CSV or JSON lines.

Column naming (the same everywhere: DataFrames, CSV files and the CLI):

* persons: fixed core columns ``id, uuid, name, distinct_ids, created_at, last_seen_at``, then one
  ``properties.<key>`` column per person property (``properties.$initial_os``, ``properties.email``…),
  so a property called ``name`` or ``id`` never collides with a core column;
* CSV cells hold scalars as-is, ``None`` as an empty cell, and lists/objects as compact JSON
  (``distinct_ids`` is ``["a","b"]``);
* trends: one row per date (a ``DatetimeIndex`` named ``date``; hourly trends keep their hours), one
  column per series label; stickiness: one row per interval count (``intervals``: 1, 2, …);
* funnels: one row per step; retention: one row per cohort, one column per period; paths: one row per
  link (:func:`result_rows` gives every kind as plain rows, :func:`insight_to_dataframe` as a DataFrame).

Query results (``ph.query.sql``) become DataFrames typed from their ClickHouse types
(:func:`rows_to_dataframe`); events export through ``ph.query.export_events`` with :class:`RowWriter`
(CSV, JSON lines, Parquet).

Streaming exports keep memory flat: one page of persons at a time. A CSV file needs its header first,
so its property columns are the keys seen on the **first page** (sorted) unless you pass ``columns``;
keys first seen later are left out of the CSV and reported in :attr:`ExportResult.skipped_keys`.
JSON lines keep every property of every person.

pandas is optional: ``pip install 'posthog-rest[pandas]'``.

Example:
    >>> from posthog_rest import PostHog, where
    >>> from posthog_rest.export import export_persons, insight_to_dataframe
    >>> ph = PostHog()
    >>> insight_to_dataframe(ph.insights.get(short_id="aBc123")).tail()
    >>> export_persons(ph, "linux.csv", properties=[where("$initial_os") == "Linux"]).rows
    412
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ._client import PostHog
    from ._filters import PropertiesArg
from ._errors import InvalidRequestError
from ._hogql import QueryResult, clickhouse_dtype, rows_to_dataframe
from ._results import insight_to_dataframe, result_kind, result_rows
from ._rowwriters import ExportSummary, RowWriter
from ._tables import (
    PERSON_CORE_COLUMNS,
    PROPERTY_PREFIX,
    cells,
    person_cells,
    person_columns,
    person_record,
    person_row,
    persons_to_dataframe,
    sent_person_record,
    to_jsonable,
)
from ._trends import TrendSeries, trend_rows, trend_series, trend_to_dataframe

__all__ = [
    "PERSON_CORE_COLUMNS",
    "ExportResult",
    "ExportSummary",
    "QueryResult",
    "RecordWriter",
    "RowWriter",
    "TrendSeries",
    "clickhouse_dtype",
    "export_format",
    "export_persons",
    "insight_to_dataframe",
    "open_writer",
    "page_results",
    "person_cells",
    "person_columns",
    "person_record",
    "person_row",
    "persons_to_dataframe",
    "result_kind",
    "result_rows",
    "rows_to_dataframe",
    "sent_person_record",
    "to_jsonable",
    "trend_rows",
    "trend_series",
    "trend_to_dataframe",
    "write_person_pages",
    "write_records",
]

Format = Literal["csv", "jsonl", "json"]
FORMATS: tuple[str, ...] = ("csv", "jsonl", "json")
_NO_ROW: Mapping[str, Any] = {}
#: ``json.dumps(record, ensure_ascii=False, default=str)`` with one encoder (json.dumps builds one per call).
_json_text = json.JSONEncoder(ensure_ascii=False, default=str).encode

# -------------------------------------------------------------------------------------- streaming writers


class RecordWriter:
    """Streams records to a text file as CSV (flat ``row``), JSON lines or one JSON array (full ``record``).

    Memory stays flat: each record is written as it comes. Use :func:`open_writer`.

    Example:
        >>> with open("out.jsonl", "w") as fh:
        ...     writer = open_writer(fh, "jsonl")
        ...     writer.write({"id": 1}, {"id": 1})
        ...     writer.close()
    """

    def __init__(self, out: IO[str], fmt: Format, columns: Sequence[str] | None) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"Unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
        if fmt == "csv" and columns is None:
            raise ValueError("A CSV writer needs its columns")
        self.out = out
        self.fmt = fmt
        self.rows = 0
        self.columns = list(columns or ())
        self._csv = csv.writer(out, lineterminator="\n")
        if fmt == "csv":
            self._csv.writerow(self.columns)
        elif fmt == "json":
            out.write("[")

    def write(self, record: Any, row: Mapping[str, Any]) -> None:
        """Write one item: ``row`` (flat columns) for CSV, ``record`` (full JSON) otherwise.

        Example:
            >>> writer = open_writer(sys.stdout, "csv", ["id", "email"])
            >>> writer.write({"id": 1}, {"id": 1, "email": "ada@acme.com"})
        """
        if self.fmt == "csv":
            self._csv.writerow(cells(row, self.columns))
        else:
            text = _json_text(record)
            if self.fmt == "jsonl":
                self.out.write(text + "\n")
            else:
                self.out.write(("," if self.rows else "") + "\n  " + text)
        self.rows += 1

    def write_cells(self, values: Sequence[Any]) -> None:
        """Write one CSV row of ready cells, in the column order.

        Example:
            >>> open_writer(sys.stdout, "csv", ["id", "email"]).write_cells([1, "ada@acme.com"])
        """
        self._csv.writerow(values)
        self.rows += 1

    def write_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """Write CSV rows of ready cells (a page at a time), in the column order.

        Example:
            >>> open_writer(sys.stdout, "csv", ["id", "email"]).write_rows([[1, "ada@acme.com"], [2, ""]])
        """
        self._csv.writerows(rows)
        self.rows += len(rows)

    def write_records(self, records: Sequence[Any]) -> None:
        """Write full JSON records (a page at a time); JSON lines in one call, a JSON array item by item.

        Example:
            >>> open_writer(sys.stdout, "jsonl").write_records([{"id": 1}, {"id": 2}])
        """
        if self.fmt != "jsonl":
            for record in records:
                self.write(record, _NO_ROW)
            return
        text = _json_text
        self.out.writelines([text(record) + "\n" for record in records])
        self.rows += len(records)

    def close(self) -> None:
        """Finish the document (the JSON array's closing bracket) and flush.

        Example:
            >>> writer = open_writer(sys.stdout, "json")
            >>> writer.write({"id": 1}, {}); writer.close()
            [
              {"id": 1}
            ]
        """
        if self.fmt == "json":
            self.out.write("\n]\n" if self.rows else "]\n")
        self.out.flush()


def open_writer(out: IO[str], fmt: Format, columns: Sequence[str] | None = None) -> RecordWriter:
    """A :class:`RecordWriter` on an open text file; CSV needs ``columns``.

    Example:
        >>> writer = open_writer(sys.stdout, "csv", ["id", "name"])
    """
    return RecordWriter(out, fmt, columns)


@dataclass
class ExportResult:
    """What :func:`export_persons` wrote: ``rows``, the CSV ``columns``, and property keys left out of the CSV.

    Example:
        >>> result = export_persons(ph, "all.csv")
        >>> result.rows, result.skipped_keys
        (2000, set())
    """

    rows: int = 0
    columns: list[str] = field(default_factory=list)
    skipped_keys: set[str] = field(default_factory=set)


def write_records(
    pages: Iterable[Sequence[Any]],
    out: IO[str],
    fmt: Format,
    *,
    row: Callable[[Any], Mapping[str, Any]],
    record: Callable[[Any], Any] = to_jsonable,
    columns_for: Callable[[Sequence[Any]], list[str]],
    on_page: Callable[[int], None] | None = None,
    cells_for: Callable[[Sequence[str]], Callable[[Any], tuple[list[Any], Iterable[str]]]] | None = None,
) -> ExportResult:
    """Stream pages of items to ``out``: ``row(item)`` for CSV, ``record(item)`` for JSON formats.

    ``cells_for(columns)``, when given, makes the CSV cells of an item directly (and names the keys it
    has beyond the columns); persons use :func:`person_cells` (no flat dict per person).

    The CSV header is ``columns_for(first_page)``; row keys outside it are left out and reported in
    ``skipped_keys``. ``on_page(rows_so_far)`` is called after each page (progress bars).

    Example:
        >>> write_records([[{"id": 1}]], sys.stdout, "csv", row=dict, columns_for=lambda page: ["id"])
    """
    result = ExportResult()
    writer: RecordWriter | None = None
    make_cells: Callable[[Any], tuple[list[Any], Iterable[str]]] | None = None
    for page in pages:
        if writer is None:
            result.columns = columns_for(page)
            writer = open_writer(out, fmt, result.columns)
            if cells_for is not None and fmt == "csv":
                make_cells = cells_for(result.columns)
        # Only what the format writes: cells or a flat row for CSV, the whole record for JSON; a page at a time.
        if make_cells is not None:
            writer.write_rows(_page_cells(page, make_cells, result))
        elif fmt == "csv":
            known = set(result.columns)
            for item in page:
                flat = row(item)
                if not known.issuperset(flat):
                    result.skipped_keys.update(k.removeprefix(PROPERTY_PREFIX) for k in flat if k not in known)
                writer.write(None, flat)
        else:
            writer.write_records(list(map(record, page)))
        if on_page is not None:
            on_page(writer.rows)
    if writer is None:
        result.columns = columns_for([])
        writer = open_writer(out, fmt, result.columns)
    writer.close()
    result.rows = writer.rows
    return result


def _page_cells(
    page: Sequence[Any], make_cells: Callable[[Any], tuple[list[Any], Iterable[str]]], result: ExportResult
) -> list[list[Any]]:
    """A page's CSV rows; property keys outside the columns go to ``result.skipped_keys``."""
    known_keys = {c.removeprefix(PROPERTY_PREFIX) for c in result.columns}
    rows = []
    for item in page:
        values, keys = make_cells(item)
        if not known_keys.issuperset(keys):
            result.skipped_keys.update(k for k in keys if k not in known_keys)
        rows.append(values)
    return rows


def write_person_pages(
    pages: Iterable[Sequence[Any]],
    out: IO[str],
    fmt: Format,
    *,
    columns: Sequence[str] | None = None,
    on_page: Callable[[int], None] | None = None,
    as_sent: bool = False,
) -> ExportResult:
    """Stream pages of persons to ``out``; CSV columns from ``columns`` or the first page (see module docs).

    ``as_sent=True`` writes each parsed person from the JSON PostHog sent (:func:`sent_person_record`:
    no ``to_dict()`` per person) — only for persons nothing has changed since they were fetched.

    Example:
        >>> write_person_pages(page_results(ph.persons.list().pages()), sys.stdout, "jsonl", as_sent=True)
    """
    record = sent_person_record() if as_sent else person_record
    return write_records(
        pages,
        out,
        fmt,
        row=person_row,
        record=record,
        columns_for=lambda page: person_columns(page, columns),
        on_page=on_page,
        cells_for=lambda chosen: person_cells(chosen, record),
    )


def page_results(pages: Iterable[Any]) -> Iterator[Sequence[Any]]:
    """The ``results`` of each page of a pager's ``.pages()``.

    Example:
        >>> for people in page_results(ph.persons.list().pages()): ...
    """
    for page in pages:
        yield page.results


SUFFIX_FORMATS: dict[str, Format] = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}


def export_persons(
    ph: PostHog,
    path_or_file: str | Path | IO[str],
    format: Format | None = None,
    properties: PropertiesArg | None = None,
    *,
    columns: Sequence[str] | None = None,
    limit: int | None = None,
    page_size: int | None = None,
    on_page: Callable[[int], None] | None = None,
    **filters: Any,
) -> ExportResult:
    """Stream every person matching the filters to a CSV or JSON-lines file, one page in memory at a time.

    The format is ``format`` if given, else the file's suffix (``.csv``; ``.jsonl`` or ``.ndjson``), else
    CSV; a ``format`` that contradicts the suffix (``"csv"`` into ``people.jsonl``) is refused, as is
    ``.json`` (one array cannot be streamed: use ``.jsonl``). ``properties`` is the property filter (as in
    ``ph.persons.list``), ``filters`` the other list filters (``email``, ``distinct_id``, ``search``).
    ``columns`` fixes the CSV's property columns (names with or without ``properties.``); without it they
    are the first page's keys.

    Example:
        >>> from posthog_rest import where
        >>> export_persons(ph, "linux.csv", properties=[where("$initial_os") == "Linux"], columns=["email"])
        >>> export_persons(ph, "everyone.jsonl")  # JSON lines, from the suffix
    """
    fmt = export_format(path_or_file, format)
    pager = ph.persons.list(properties, limit=limit, page_size=page_size, **filters)
    with ExitStack() as stack:
        if isinstance(path_or_file, str | Path):
            out: IO[str] = stack.enter_context(open(path_or_file, "w", encoding="utf-8", newline=""))
        else:
            out = path_or_file
        return write_person_pages(
            _capped(page_results(pager.pages()), limit), out, fmt, columns=columns, on_page=on_page, as_sent=True
        )


def export_format(path_or_file: str | Path | IO[str], format: str | None) -> Format:
    """The format :func:`export_persons` writes: ``format``, else the suffix, else CSV; a contradiction is refused.

    Example:
        >>> export_format("everyone.jsonl", None)
        'jsonl'
    """
    name = path_or_file if isinstance(path_or_file, str | Path) else getattr(path_or_file, "name", "")
    suffix = Path(name).suffix.lower() if isinstance(name, str | Path) else ""
    implied = SUFFIX_FORMATS.get(suffix)
    if format is not None and format not in ("csv", "jsonl"):
        raise InvalidRequestError(f"export_persons writes 'csv' or 'jsonl', not {format!r}")
    if implied == "json":
        raise InvalidRequestError(f"export_persons streams JSON lines: name the file {Path(name).stem}.jsonl")
    if format is not None and implied is not None and format != implied:
        raise InvalidRequestError(
            f"format={format!r} contradicts the file name {Path(name).name!r} ({implied}): drop one or make them agree"
        )
    chosen = format or implied or "csv"
    return "jsonl" if chosen == "jsonl" else "csv"


def _capped(pages: Iterable[Sequence[Any]], limit: int | None) -> Iterator[Sequence[Any]]:
    """Pages, truncated so that at most ``limit`` items come out in total."""
    left = limit
    for page in pages:
        if left is not None:
            page = page[:left]
            left -= len(page)
        yield page
        if left is not None and left <= 0:
            return
