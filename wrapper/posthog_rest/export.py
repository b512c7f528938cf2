"""Data export: trends and persons as pandas DataFrames, and streaming persons export to CSV or JSON lines.

Column naming (the same everywhere: DataFrames, CSV files and the CLI):

* persons: fixed core columns ``id, uuid, name, distinct_ids, created_at, last_seen_at``, then one
  ``properties.<key>`` column per person property (``properties.$initial_os``, ``properties.email``…),
  so a property called ``name`` or ``id`` never collides with a core column;
* CSV cells hold scalars as-is, ``None`` as an empty cell, and lists/objects as compact JSON
  (``distinct_ids`` is ``["a","b"]``);
* trends: one row per date (a ``DatetimeIndex`` named ``date``), one column per series label.

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
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional extra

    from ._client import PostHog
    from ._filters import PropertiesArg

__all__ = [
    "PERSON_CORE_COLUMNS",
    "ExportResult",
    "RecordWriter",
    "TrendSeries",
    "export_persons",
    "insight_to_dataframe",
    "open_writer",
    "page_results",
    "person_columns",
    "person_record",
    "person_row",
    "persons_to_dataframe",
    "to_jsonable",
    "trend_rows",
    "trend_series",
    "write_person_pages",
    "write_records",
]

#: The fixed leading columns of every persons table, CSV file and DataFrame.
PERSON_CORE_COLUMNS: tuple[str, ...] = ("id", "uuid", "name", "distinct_ids", "created_at", "last_seen_at")
PROPERTY_PREFIX = "properties."
Format = Literal["csv", "jsonl", "json"]
FORMATS: tuple[str, ...] = ("csv", "jsonl", "json")
PANDAS_HINT = "pandas is not installed: pip install 'posthog-rest[pandas]' (or: uv add 'posthog-rest[pandas]')"


# --------------------------------------------------------------------------------------------- JSON values


def to_jsonable(obj: Any) -> Any:
    """A JSON-ready value from a generated model (``to_dict()``), a mapping, a list, a date or a scalar.

    Example:
        >>> to_jsonable({"when": date(2024, 1, 2), "ids": ("a",)})
        {'when': '2024-01-02', 'ids': ['a']}
    """
    to_dict = getattr(obj, "to_dict", None)
    if callable(to_dict):
        return to_jsonable(to_dict())
    if isinstance(obj, Mapping):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if obj is None or isinstance(obj, str | int | float | bool):
        return obj
    return str(obj)


def _cell(value: Any) -> Any:
    """A CSV cell: scalars as-is, ``None`` empty, lists and objects as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return value


# ------------------------------------------------------------------------------------------------ persons


def person_record(person: Any) -> dict[str, Any]:
    """A person (generated ``Person`` or its JSON dict) as a plain JSON dict.

    Example:
        >>> person_record(ph.persons.get(1))["properties"]["email"]
        'ada@example.com'
    """
    record = to_jsonable(person)
    if not isinstance(record, dict):
        raise TypeError(f"Not a person: {type(person).__name__}")
    return record


def person_row(person: Any) -> dict[str, Any]:
    """A person as one flat row: the core columns, then ``properties.<key>`` per property.

    Example:
        >>> row = person_row({"id": 1, "distinct_ids": ["a"], "properties": {"$initial_os": "Linux"}})
        >>> row["id"], row["distinct_ids"], row["properties.$initial_os"]
        (1, ['a'], 'Linux')
    """
    record = person_record(person)
    row = {column: record.get(column) for column in PERSON_CORE_COLUMNS}
    properties = record.get("properties") or {}
    row.update({PROPERTY_PREFIX + str(k): v for k, v in properties.items()})
    return row


def person_columns(persons: Iterable[Any], columns: Sequence[str] | None = None) -> list[str]:
    """The core columns plus property columns: ``columns`` if given, else the keys seen in ``persons`` (sorted).

    ``columns`` may name properties with or without the ``properties.`` prefix.

    Example:
        >>> person_columns([], ["email", "properties.plan"])[-2:]
        ['properties.email', 'properties.plan']
    """
    core = list(PERSON_CORE_COLUMNS)
    if columns is not None:
        wanted = [c if c.startswith(PROPERTY_PREFIX) or c in core else PROPERTY_PREFIX + c for c in columns]
        return core + [c for c in dict.fromkeys(wanted) if c not in core]
    keys: set[str] = set()
    for person in persons:
        keys.update(str(k) for k in (person_record(person).get("properties") or {}))
    return core + sorted(PROPERTY_PREFIX + k for k in keys)


def persons_to_dataframe(persons: Iterable[Any], columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Persons as a DataFrame: core columns, then ``properties.<key>`` columns (all keys seen, sorted).

    Consumes the iterable (a pager fetches every page): mind the memory on huge projects, or use
    :func:`export_persons` to stream to a file. Needs the ``pandas`` extra.

    Example:
        >>> df = persons_to_dataframe(ph.persons.list(where("$initial_os") == "Linux", limit=500))
        >>> df["properties.$browser"].value_counts()
    """
    pd = _pandas()
    rows = [person_row(p) for p in persons]
    cols = person_columns([], columns) if columns is not None else _columns_of_rows(rows)
    frame = pd.DataFrame.from_records(rows, columns=cols)
    for column in ("created_at", "last_seen_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True, errors="coerce", format="ISO8601")
    return frame


def _columns_of_rows(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    keys: set[str] = set()
    for row in rows:
        keys.update(row)
    return list(PERSON_CORE_COLUMNS) + sorted(k for k in keys if k not in PERSON_CORE_COLUMNS)


# ------------------------------------------------------------------------------------------------- trends


@dataclass(frozen=True)
class TrendSeries:
    """One trend series, normalized: ``label``, ``days`` (ISO dates), ``data``, and the total.

    Example:
        >>> s = trend_series(ph.insights.get(short_id="aBc123"))[0]
        >>> s.label, s.total, len(s.days) == len(s.data)
        ('$pageview', 1234.0, True)
    """

    label: str
    days: list[str]
    data: list[float]
    aggregated_value: float | None = None
    count: float | None = None
    breakdown_value: Any = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def total(self) -> float:
        """``aggregated_value`` (number displays), else ``count`` (the API's total), else the sum of ``data``.

        Example:
            >>> TrendSeries("$pageview", ["2024-01-01", "2024-01-02"], [3.0, 4.0]).total
            7.0
        """
        for value in (self.aggregated_value, self.count):
            if value is not None:
                return value
        return float(sum(self.data))


def trend_series(insight: Any) -> list[TrendSeries]:
    """The trend series of an ``Insight``, a ``TrendResult``, their JSON, or a bare list of series.

    Raises ``ValueError`` when the result is not a trend (a funnel, retention, paths…) or was never
    calculated (``result`` is ``None``: read it with ``refresh="blocking"``).

    Example:
        >>> [s.label for s in trend_series(ph.insights.trend(events=[{"id": "$pageview"}]))]
        ['$pageview']
    """
    result = insight
    if not isinstance(insight, list):
        result = insight.get("result") if isinstance(insight, Mapping) else getattr(insight, "result", None)
    if result is None:
        raise ValueError("This insight has no result yet (never calculated): fetch it with refresh='blocking'")
    items = to_jsonable(result)
    if not isinstance(items, list) or not all(_is_series(item) for item in items):
        raise ValueError("Not a trend result: expected a list of series with 'days' and 'data'")
    return [_series(item) for item in items]


def _is_series(item: Any) -> bool:
    return isinstance(item, dict) and isinstance(item.get("data"), list) and isinstance(item.get("days"), list)


def _series(item: dict[str, Any]) -> TrendSeries:
    known = {"label", "days", "data", "aggregated_value", "count", "breakdown_value"}
    return TrendSeries(
        label=str(item.get("label") or "series"),
        days=[str(d) for d in item["days"]],
        data=[float(v) for v in item["data"]],
        aggregated_value=_float(item.get("aggregated_value")),
        count=_float(item.get("count")),
        breakdown_value=item.get("breakdown_value"),
        extra={k: v for k, v in item.items() if k not in known},
    )


def _float(value: Any) -> float | None:
    return None if value is None or isinstance(value, bool) else float(value)


def _unique_labels(series: Sequence[TrendSeries]) -> list[str]:
    seen: dict[str, int] = {}
    labels = []
    for s in series:
        label = (
            s.label
            if s.breakdown_value is None or str(s.breakdown_value) in s.label
            else f"{s.label} - {s.breakdown_value}"
        )
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return labels


def trend_rows(insight: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """A trend as plain rows, dates x series, without pandas: ``(columns, rows)`` with a ``date`` column first.

    Series labels are made unique as in :func:`insight_to_dataframe`; a day a series lacks is ``None``.

    Example:
        >>> columns, rows = trend_rows(ph.insights.trend(events=[{"id": "$pageview"}]))
        >>> columns[:2], rows[0]["date"]
        (['date', '$pageview'], '2024-05-01')
    """
    series = trend_series(insight)
    labels = _unique_labels(series)
    by_day: dict[str, dict[str, Any]] = {}
    for label, s in zip(labels, series, strict=True):
        for day, value in zip(s.days, s.data, strict=False):
            by_day.setdefault(day, {})[label] = value
    rows = [{"date": day} | dict.fromkeys(labels) | by_day[day] for day in sorted(by_day)]
    return ["date", *labels], rows


def insight_to_dataframe(insight: Any) -> pd.DataFrame:
    """A trend as a DataFrame: dates x series (one column per series label, NaN where a series has no day).

    Accepts a generated ``Insight`` whose ``result`` is a list of trend series, a ``TrendResult``,
    or their JSON. Duplicate labels (breakdowns) get the breakdown value or a ``(2)`` suffix. Pure:
    no request is made. Needs the ``pandas`` extra.

    Example:
        >>> df = insight_to_dataframe(ph.insights.get(short_id="aBc123", refresh="blocking"))
        >>> df.resample("W").sum()
    """
    pd = _pandas()
    series = trend_series(insight)
    columns = {
        label: pd.Series(s.data, index=pd.to_datetime(s.days, format="mixed"), dtype="float64")
        for label, s in zip(_unique_labels(series), series, strict=True)
    }
    frame = pd.DataFrame(columns)
    frame.index.name = "date"
    frame.columns.name = "series"
    return frame.sort_index()


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(PANDAS_HINT) from exc
    return pandas


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
        self._csv = csv.DictWriter(out, fieldnames=list(columns or ()), extrasaction="ignore", lineterminator="\n")
        if fmt == "csv":
            self._csv.writeheader()
        elif fmt == "json":
            out.write("[")

    def write(self, record: Any, row: Mapping[str, Any]) -> None:
        """Write one item: ``row`` (flat columns) for CSV, ``record`` (full JSON) otherwise.

        Example:
            >>> writer = open_writer(sys.stdout, "csv", ["id", "email"])
            >>> writer.write({"id": 1}, {"id": 1, "email": "ada@acme.com"})
        """
        if self.fmt == "csv":
            self._csv.writerow({k: _cell(v) for k, v in row.items()})
        else:
            text = json.dumps(record, ensure_ascii=False, default=str)
            if self.fmt == "jsonl":
                self.out.write(text + "\n")
            else:
                self.out.write(("," if self.rows else "") + "\n  " + text)
        self.rows += 1

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
) -> ExportResult:
    """Stream pages of items to ``out``: ``row(item)`` for CSV, ``record(item)`` for JSON formats.

    The CSV header is ``columns_for(first_page)``; row keys outside it are left out and reported in
    ``skipped_keys``. ``on_page(rows_so_far)`` is called after each page (progress bars).

    Example:
        >>> write_records([[{"id": 1}]], sys.stdout, "csv", row=dict, columns_for=lambda page: ["id"])
    """
    result = ExportResult()
    writer: RecordWriter | None = None
    for page in pages:
        if writer is None:
            result.columns = columns_for(page)
            writer = open_writer(out, fmt, result.columns)
        known = set(result.columns)
        for item in page:
            flat = row(item)
            if fmt == "csv":
                result.skipped_keys.update(k.removeprefix(PROPERTY_PREFIX) for k in flat if k not in known)
            writer.write(record(item), flat)
        if on_page is not None:
            on_page(writer.rows)
    if writer is None:
        result.columns = columns_for([])
        writer = open_writer(out, fmt, result.columns)
    writer.close()
    result.rows = writer.rows
    return result


def write_person_pages(
    pages: Iterable[Sequence[Any]],
    out: IO[str],
    fmt: Format,
    *,
    columns: Sequence[str] | None = None,
    on_page: Callable[[int], None] | None = None,
) -> ExportResult:
    """Stream pages of persons to ``out``; CSV columns from ``columns`` or the first page (see module docs).

    Example:
        >>> write_person_pages(page_results(ph.persons.list().pages()), sys.stdout, "jsonl")
    """
    return write_records(
        pages,
        out,
        fmt,
        row=person_row,
        record=person_record,
        columns_for=lambda page: person_columns(page, columns),
        on_page=on_page,
    )


def page_results(pages: Iterable[Any]) -> Iterator[Sequence[Any]]:
    """The ``results`` of each page of a pager's ``.pages()``.

    Example:
        >>> for people in page_results(ph.persons.list().pages()): ...
    """
    for page in pages:
        yield page.results


def export_persons(
    ph: PostHog,
    path_or_file: str | Path | IO[str],
    format: Format = "csv",
    properties: PropertiesArg | None = None,
    *,
    columns: Sequence[str] | None = None,
    limit: int | None = None,
    page_size: int | None = None,
    on_page: Callable[[int], None] | None = None,
    **filters: Any,
) -> ExportResult:
    """Stream every person matching the filters to a CSV or JSON-lines file, one page in memory at a time.

    ``properties`` is the property filter (as in ``ph.persons.list``), ``filters`` the other list
    filters (``email``, ``distinct_id``, ``search``). ``columns`` fixes the CSV's property columns
    (names with or without ``properties.``); without it they are the first page's keys.

    Example:
        >>> from posthog_rest import where
        >>> export_persons(ph, "linux.csv", properties=[where("$initial_os") == "Linux"], columns=["email"])
        >>> export_persons(ph, "everyone.jsonl", format="jsonl")
    """
    if format not in ("csv", "jsonl"):
        raise ValueError(f"export_persons writes 'csv' or 'jsonl', not {format!r}")
    pager = ph.persons.list(properties, limit=limit, page_size=page_size, **filters)
    with ExitStack() as stack:
        if isinstance(path_or_file, str | Path):
            out: IO[str] = stack.enter_context(open(path_or_file, "w", encoding="utf-8", newline=""))
        else:
            out = path_or_file
        return write_person_pages(
            _capped(page_results(pager.pages()), limit), out, format, columns=columns, on_page=on_page
        )


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
