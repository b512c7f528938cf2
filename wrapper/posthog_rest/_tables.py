"""Models as flat JSON values and table rows: the persons columns every table, CSV and DataFrame shares.

Core layer (no client, no I/O); :mod:`posthog_rest.export` re-exports the public names. pandas is loaded lazily.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional extra


#: The fixed leading columns of every persons table, CSV file and DataFrame.
PERSON_CORE_COLUMNS: tuple[str, ...] = ("id", "uuid", "name", "distinct_ids", "created_at", "last_seen_at")
PROPERTY_PREFIX = "properties."
PANDAS_HINT = "pandas is not installed: pip install 'posthog-rest[pandas]' (or: uv add 'posthog-rest[pandas]')"


# --------------------------------------------------------------------------------------------- JSON values


def to_jsonable(obj: Any) -> Any:
    """A JSON-ready value from a generated model (``to_dict()``), a mapping, a list, a date or a scalar.

    Example:
        >>> to_jsonable({"when": date(2024, 1, 2), "ids": ("a",)})
        {'when': '2024-01-02', 'ids': ['a']}
    """
    if hasattr(type(obj), "__attrs_attrs__") and hasattr(obj, "to_dict"):
        return obj.to_dict()  # a generated model's to_dict() is JSON already (and keeps the server's own text)
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


#: One encoder for every cell (``json.dumps`` with options builds a new one per call).
_compact_json = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_SCALARS = frozenset({str, int, float, bool})


def _cell(value: Any) -> Any:
    """A CSV cell: scalars as-is, ``None`` empty, lists and objects as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return _compact_json(value)
    return value


def cells(row: Mapping[str, Any], columns: Sequence[str]) -> list[Any]:
    """``[_cell(row.get(c)) for c in columns]``, with plain scalars (most cells) taken as they are.

    Example:
        >>> cells({"id": 1, "ids": ["a"], "name": None}, ["id", "ids", "name"])
        [1, '["a"]', '']
    """
    scalars = _SCALARS
    return [v if type(v) in scalars else _cell(v) for v in map(row.get, columns)]


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


def sent_person_record() -> Callable[[Any], dict[str, Any]]:
    """For writing out persons just fetched: a function giving a person's JSON exactly as PostHog sent it.

    A parsed person keeps the JSON it was parsed from (``posthog_openapi.types.as_sent``); this hands
    that over instead of building a :func:`person_record` (a ``to_dict()``) per person. Changes made to
    the object since it was parsed are not in it, so use it only on persons nothing has changed (a fresh
    listing); the record is the parsed dict itself: do not change it. Anything else (a person built in
    code, a plain dict) goes through :func:`person_record`.

    Example:
        >>> record = sent_person_record()
        >>> record(next(iter(ph.persons.list())))["created_at"]  # PostHog's own text
        '2026-11-30T23:55:50.845246Z'
    """
    from posthog_openapi.types import as_sent  # on first use: the models are not loaded at import

    def sent_record(person: Any) -> dict[str, Any]:
        sent = as_sent(person)
        return sent if sent is not None else person_record(person)

    return sent_record


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


def person_cells(
    columns: Sequence[str], record: Callable[[Any], dict[str, Any]] | None = None
) -> Callable[[Any], tuple[list[Any], Iterable[str]]]:
    """For CSV ``columns`` (core first, then ``properties.<key>``): a function giving a person's cells and the
    property keys it has — straight from its record (``record(person)``, default :func:`person_record`),
    without building :func:`person_row`'s flat dict.

    Example:
        >>> person_cells(["id", "properties.plan"])({"id": 7, "properties": {"plan": "pro"}})
        ([7, 'pro'], dict_keys(['plan']))
    """
    record_of = record or person_record
    core = [c for c in columns if not c.startswith(PROPERTY_PREFIX)]
    keys = [c.removeprefix(PROPERTY_PREFIX) for c in columns if c.startswith(PROPERTY_PREFIX)]
    if columns != [*core, *(PROPERTY_PREFIX + k for k in keys)]:  # an unusual order: the general path
        return lambda person: (cells(person_row(person), columns), ())

    def person_cells_of(person: Any) -> tuple[list[Any], Iterable[str]]:
        record = record_of(person)
        properties = record.get("properties") or {}
        values = list(map(record.get, core))
        values += map(properties.get, keys)
        scalars = _SCALARS
        return [v if type(v) in scalars else _cell(v) for v in values], properties.keys()

    return person_cells_of


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


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(PANDAS_HINT) from exc
    return pandas
