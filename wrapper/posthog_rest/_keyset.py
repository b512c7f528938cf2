"""Keyset paging for bulk HogQL reads: PostHog refuses OFFSET for personal API keys, so pages continue
after the last row's key instead, ``(timestamp, uuid)`` by default.

A page asks ``WHERE timestamp > {t} OR (timestamp = {t} AND toString(uuid) > {u}) ORDER BY timestamp,
toString(uuid) LIMIT n``: rows sharing one timestamp are ordered by the tie-breaker, so a page boundary
inside a run of equal timestamps neither repeats nor skips a row. The cursor values travel as placeholder
values (typed constants), never in the SQL text.

Example:
    >>> spec = KeysetSpec.wrap("SELECT uuid, timestamp, event FROM events", {}, page_size=1000)
    >>> sql, values = spec.page(None)          # the first page: no cursor yet
    >>> sql, values = spec.page(("2026-11-01 10:00:00.000000", "0199…"))
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from ._errors import InvalidRequestError

#: Rows per page by default: 10 requests per 100,000 rows, well inside PostHog's 50,000-row LIMIT cap.
KEYSET_PAGE_SIZE = 10_000
MAX_PAGE_SIZE = 50_000
DEFAULT_KEYS = ("timestamp", "uuid")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PROPERTY = re.compile(r"[A-Za-z0-9_$][A-Za-z0-9_$]*")
#: Cursor placeholders: an unusual prefix so they cannot collide with the caller's names.
_CURSOR = "__keyset_"
#: Where the cursor condition goes in a template (a placeholder-shaped marker no caller would write).
MARK = "{__keyset_condition__}"


def check_page_size(page_size: Any) -> int:
    """A page size in 1..50,000 (PostHog's LIMIT cap), or :class:`InvalidRequestError`.

    Example:
        >>> check_page_size(5000)
        5000
    """
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise InvalidRequestError(f"page_size must be an int from 1 to {MAX_PAGE_SIZE:,}, got {page_size!r}")
    return page_size


def check_keys(keys: Any) -> tuple[str, ...]:
    """Keyset columns: one or more plain column names (the first is usually ``timestamp``).

    Example:
        >>> check_keys(["timestamp", "uuid"])
        ('timestamp', 'uuid')
    """
    if isinstance(keys, str):
        keys = (keys,)
    found = tuple(keys) if isinstance(keys, Sequence) else ()
    if not found or not all(isinstance(k, str) and _IDENT.fullmatch(k) for k in found):
        raise InvalidRequestError(f"keys must be one or more column names, got {keys!r}")
    return found


def as_clickhouse_time(value: Any, what: str) -> str:
    """A date/datetime (or ISO text) as ``YYYY-MM-DD HH:MM:SS.ffffff`` in UTC, the form ClickHouse parses.

    Example:
        >>> as_clickhouse_time("2026-11-01T10:00:00Z", "after")
        '2026-11-01 10:00:00.000000'
    """
    if isinstance(value, str):
        from dateutil.parser import isoparse  # only for text times: importing it is ~5 ms of every start-up

        try:
            value = isoparse(value.strip())
        except (ValueError, OverflowError):
            raise InvalidRequestError(f"{what} must be an ISO date or datetime, got {value!r}") from None
    if isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if not isinstance(value, datetime):
        raise InvalidRequestError(f"{what} must be an ISO date or datetime, got {value!r}")
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    text: str = value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return text


_ISO_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$")


def _cursor_value(value: Any) -> Any:
    """A key value from a row as a placeholder value: an ISO time in ClickHouse's own text form, in UTC,
    with exactly the fractional digits it came with (a ``DateTime`` column refuses a fraction)."""
    match = _ISO_TIME.match(value) if isinstance(value, str) else None
    if match is None:
        return value
    digits = match.group(3) or ""
    if match.group(4) not in (None, "Z", "+00:00", "+0000"):
        from dateutil.parser import isoparse

        moment = isoparse(value).astimezone(UTC)
        text = moment.strftime("%Y-%m-%d %H:%M:%S")
        return f"{text}.{moment.strftime('%f')[: len(digits)]}" if digits else text
    return f"{match.group(1)} {match.group(2)}" + (f".{digits}" if digits else "")


def _key_expr(key: str, index: int) -> str:
    """The ordering expression of a key: the first (time) as is, tie-breakers compared as text."""
    return key if index == 0 else f"toString({key})"


@dataclass(frozen=True)
class KeysetSpec:
    """How to ask for one page: the base SELECT (:data:`MARK` is where the cursor condition goes), keys,
    the caller's values, the page size, and how many leading columns the caller asked for (``visible``:
    key columns added only for paging are cut from the rows).

    Example:
        >>> KeysetSpec.wrap("SELECT * FROM events", None, page_size=500).page(None)[0]
        'SELECT * FROM (SELECT * FROM events) AS _keyset_page WHERE true ORDER BY timestamp, toString(uuid) LIMIT 500'
    """

    template: str
    keys: tuple[str, ...]
    values: Mapping[str, Any]
    page_size: int
    visible: int | None = None

    @classmethod
    def wrap(
        cls, sql: str, values: Mapping[str, Any] | None, *, keys: Sequence[str] = DEFAULT_KEYS, page_size: int
    ) -> KeysetSpec:
        """Page any SELECT that returns the key columns (no ORDER BY/LIMIT of its own): it becomes a subquery."""
        inner = sql.strip().rstrip(";")
        template = f"SELECT * FROM ({inner}) AS _keyset_page WHERE {MARK}"
        return cls(template, check_keys(keys), dict(values or {}), check_page_size(page_size))

    def condition(self, cursor: Sequence[Any] | None) -> tuple[str, dict[str, Any]]:
        """The cursor condition and its values: rows strictly after ``cursor`` in key order."""
        if cursor is None:
            return "true", {}
        names = [f"{_CURSOR}{i}" for i in range(len(self.keys))]
        values = {name: _cursor_value(v) for name, v in zip(names, cursor, strict=True)}
        # (k0 > c0) OR (k0 = c0 AND k1 > c1) OR …: expanded, since tuple comparison is not in every HogQL.
        terms = []
        for i in range(len(self.keys)):
            equal = [f"{_key_expr(k, j)} = {{{names[j]}}}" for j, k in enumerate(self.keys[:i])]
            terms.append(" AND ".join([*equal, f"{_key_expr(self.keys[i], i)} > {{{names[i]}}}"]))
        return "(" + " OR ".join(f"({t})" for t in terms) + ")", values

    def page(self, cursor: Sequence[Any] | None) -> tuple[str, dict[str, Any]]:
        """The SQL and values of the page after ``cursor`` (``None``: the first page).

        Example:
            >>> sql, values = KeysetSpec.wrap("SELECT * FROM events", None, page_size=10).page(("2026-11-01", "a"))
            >>> sorted(values)
            ['__keyset_0', '__keyset_1']
        """
        condition, values = self.condition(cursor)
        order = ", ".join(_key_expr(k, i) for i, k in enumerate(self.keys))
        sql = f"{self.template.replace(MARK, condition)} ORDER BY {order} LIMIT {self.page_size}"
        return sql, {**self.values, **values}

    def key_indexes(self, columns: Sequence[str]) -> list[int]:
        """Where the key columns are in a page's columns; :class:`InvalidRequestError` if one is missing."""
        missing = [k for k in self.keys if k not in columns]
        if missing:
            raise InvalidRequestError(
                f"Keyset paging needs the key column(s) {missing} in the SELECT (got columns {list(columns)})"
            )
        return [list(columns).index(k) for k in self.keys]


def events_spec(
    *,
    after: Any,
    before: Any,
    event: str | None,
    properties: Mapping[str, Any] | None,
    where: Sequence[str] | str | None,
    columns: Sequence[str],
    page_size: int,
) -> KeysetSpec:
    """The keyset spec of an events export: time range, event, property equalities and HogQL conditions.

    Property keys become ``properties.<key>`` (letters, digits, ``_`` and ``$``); their values are bound.

    Example:
        >>> spec = events_spec(after="2026-11-01", before=None, event="$pageview", properties={"$browser": "Chrome"},
        ...                    where=None, columns=["uuid", "timestamp", "event"], page_size=1000)
    """
    values: dict[str, Any] = {"__export_after": as_clickhouse_time(after, "after")}
    conditions = ["timestamp >= {__export_after}"]
    if before is not None:
        values["__export_before"] = as_clickhouse_time(before, "before")
        conditions.append("timestamp < {__export_before}")
    if event is not None:
        if not isinstance(event, str) or not event:
            raise InvalidRequestError(f"event must be a non-empty string, got {event!r}")
        values["__export_event"] = event
        conditions.append("event = {__export_event}")
    for i, (key, value) in enumerate((properties or {}).items()):
        if not isinstance(key, str) or not _PROPERTY.fullmatch(key):
            raise InvalidRequestError(f"A property key is letters, digits, '_' and '$', got {key!r}")
        values[f"__export_p{i}"] = value
        conditions.append(f"properties.{key} = {{__export_p{i}}}")
    for clause in [where] if isinstance(where, str) else list(where or []):
        if not isinstance(clause, str) or not clause.strip():
            raise InvalidRequestError(f"where must be HogQL conditions (strings), got {clause!r}")
        conditions.append(f"({clause})")
    select = check_columns(columns)
    extra = [k for k in DEFAULT_KEYS if k not in select]
    template = f"SELECT {', '.join([*select, *extra])} FROM events WHERE {' AND '.join(conditions)} AND {MARK}"
    return KeysetSpec(template, DEFAULT_KEYS, values, check_page_size(page_size), len(select) if extra else None)


def check_columns(columns: Any) -> list[str]:
    """Export columns: HogQL expressions (strings); the keys are added by the caller when missing.

    Example:
        >>> check_columns(["uuid", "timestamp", "properties.$browser"])
        ['uuid', 'timestamp', 'properties.$browser']
    """
    if isinstance(columns, str) or not isinstance(columns, Sequence) or not columns:
        raise InvalidRequestError(f"columns must be a non-empty list of HogQL expressions, got {columns!r}")
    if not all(isinstance(c, str) and c.strip() for c in columns):
        raise InvalidRequestError(f"columns must be non-empty strings, got {columns!r}")
    return list(columns)
