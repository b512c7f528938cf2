"""HogQL on the client: placeholder values checked before sending, results as rows/dicts/DataFrames.

Values are never spliced into the SQL text: they travel in the query's ``values`` and PostHog binds each
as a typed constant, so ``{"name": "x' OR 1=1 --"}`` is only ever a string. This module checks that every
``{placeholder}`` has a value of a type PostHog can bind, and turns a response into a :class:`QueryResult`.

Example:
    >>> check_values("SELECT count() FROM events WHERE event = {event}", {"event": "$pageview"})
    {'event': '$pageview'}
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ._errors import InvalidRequestError

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional extra

__all__ = ["QueryResult", "check_sql", "check_values", "clickhouse_dtype", "placeholders"]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PLACEHOLDER = re.compile(r"\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}")
#: String literals and comments, blanked before looking for placeholders (a `{x}` inside a literal is text).
_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|--[^\n]*|/\*.*?\*/", re.S)
#: Placeholders PostHog fills itself: `{filters}` from the query's filters, `{variables.x}` from its variables.
_BUILT_IN = ("filters", "variables.")
SCALARS = (str, int, float, bool, type(None))


def check_sql(sql: Any) -> str:
    """The SQL text, or :class:`InvalidRequestError` when it is not a non-empty string.

    Example:
        >>> check_sql("SELECT 1")
        'SELECT 1'
    """
    if not isinstance(sql, str) or not sql.strip():
        raise InvalidRequestError(f"sql must be a non-empty string, got {sql!r}")
    return sql


def placeholders(sql: str) -> set[str]:
    """The ``{placeholder}`` names in ``sql`` outside string literals and comments.

    Example:
        >>> sorted(placeholders("SELECT {a}, '{not_me}' FROM events WHERE x = {b}"))
        ['a', 'b']
    """
    return set(_PLACEHOLDER.findall(_LITERALS.sub("''", sql)))


def _bindable(name: str, value: Any) -> Any:
    """A value PostHog can bind as a typed constant (dates as ISO text), or :class:`InvalidRequestError`."""
    if isinstance(value, SCALARS):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_bindable(name, item) for item in value]
    raise InvalidRequestError(
        f"values[{name!r}] must be a string, number, bool, None, date/datetime or a list of them, "
        f"got {type(value).__name__}"
    )


def check_values(sql: str, values: Mapping[str, Any] | None) -> dict[str, Any]:
    """``values`` checked against the placeholders of ``sql``: names are identifiers, none is missing.

    Example:
        >>> check_values("SELECT {n}", {"n": 3})
        {'n': 3}
        >>> check_values("SELECT {n}", {})   # raises InvalidRequestError: no value for {n}
    """
    if values is None:
        values = {}
    if not isinstance(values, Mapping):
        raise InvalidRequestError(f"values must be a mapping of placeholder name to value, got {values!r}")
    bound: dict[str, Any] = {}
    for name, value in values.items():
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise InvalidRequestError(f"A placeholder name is letters, digits and '_', got {name!r}")
        bound[name] = _bindable(name, value)
    wanted = {n for n in placeholders(sql) if not n.startswith(_BUILT_IN)}
    missing = sorted(wanted - set(bound))
    if missing:
        raise InvalidRequestError(f"No value for placeholder(s) {', '.join('{' + m + '}' for m in missing)}")
    return bound


# ------------------------------------------------------------------------------------------------ results


def column_types(types: Any, width: int) -> list[str]:
    """ClickHouse type names from a response's ``types`` (``[[name, type], …]`` or ``[type, …]``).

    Example:
        >>> column_types([["event", "String"], ["c", "UInt64"]], 2)
        ['String', 'UInt64']
    """
    if not isinstance(types, list):
        return ["" for _ in range(width)]
    found = [str(t[1]) if isinstance(t, list | tuple) and len(t) > 1 else str(t) for t in types]
    return found + ["" for _ in range(width - len(found))]


@dataclass
class QueryResult:
    """The rows of a HogQL query: ``columns``, ClickHouse ``types``, ``rows`` (lists), ``has_more``.

    Iterating yields each row as a dict; ``to_dataframe()`` types the columns from their ClickHouse types.
    ``response`` is the parsed response (``hogql``, ``timings``, cache fields, …).

    Example:
        >>> result = ph.query.sql("SELECT event, count() AS n FROM events GROUP BY event")
        >>> result.columns, result.types
        (['event', 'n'], ['String', 'UInt64'])
        >>> [row["event"] for row in result]
    """

    columns: list[str]
    types: list[str]
    rows: list[list[Any]]
    has_more: bool = False
    limit: int | None = None
    offset: int | None = None
    hogql: str | None = None
    response: Any = field(default=None, repr=False)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        columns = self.columns
        for row in self.rows:
            yield dict(zip(columns, row, strict=False))

    def __len__(self) -> int:
        return len(self.rows)

    def to_dataframe(self) -> pd.DataFrame:
        """The rows as a DataFrame, each column typed from its ClickHouse type (needs the pandas extra).

        ``Int*``/``UInt*`` become nullable integers, ``Float*`` floats, ``DateTime*`` timezone-aware
        datetimes, ``Date`` dates, ``Bool`` booleans, ``String``/``UUID`` strings; anything else stays objects.

        Example:
            >>> ph.query.sql("SELECT event, count() AS n FROM events GROUP BY event").to_dataframe().dtypes
        """
        return rows_to_dataframe(self.columns, self.types, self.rows)

    @classmethod
    def from_response(cls, response: Any) -> QueryResult:
        """A result from a parsed HogQL/events/actors response (attrs model or dict).

        Example:
            >>> QueryResult.from_response({"results": [[1]], "columns": ["n"], "types": [["n", "UInt8"]]}).rows
            [[1]]
        """

        def get(key: str) -> Any:
            if isinstance(response, Mapping):
                return response.get(key)
            return getattr(response, key, None)

        rows = get("results") or []
        columns = [str(c) for c in (_set(get("columns")) or [])]
        types = column_types(_set(get("types")), len(columns))
        return cls(
            columns=columns,
            types=types,
            rows=rows,
            has_more=bool(_set(get("hasMore" if isinstance(response, Mapping) else "has_more"))),
            limit=_set(get("limit")),
            offset=_set(get("offset")),
            hogql=_set(get("hogql")),
            response=response,
        )


def _set(value: Any) -> Any:
    """``None`` for the generated client's ``UNSET``."""
    return None if value is None or type(value).__name__ == "Unset" else value


# ------------------------------------------------------------------------------------------- DataFrames

_WRAPPERS = re.compile(r"^(?:Nullable|LowCardinality)\((.*)\)$")


def base_type(ch_type: str) -> str:
    """A ClickHouse type without ``Nullable(…)``/``LowCardinality(…)``.

    Example:
        >>> base_type("LowCardinality(Nullable(String))")
        'String'
    """
    while True:
        match = _WRAPPERS.match(ch_type.strip())
        if match is None:
            return ch_type.strip()
        ch_type = match.group(1)


def clickhouse_dtype(ch_type: str) -> str:
    """The pandas dtype for a ClickHouse type (``object`` for arrays, maps, tuples, JSON and unknowns).

    Example:
        >>> clickhouse_dtype("Nullable(Int64)"), clickhouse_dtype("DateTime64(6, 'UTC')")
        ('Int64', 'datetime')
    """
    t = base_type(ch_type)
    if re.fullmatch(r"U?Int(8|16|32)|Int64", t):
        return "Int64"
    if t == "UInt64":
        return "UInt64"
    if t.startswith(("Float", "Decimal")):
        return "float64"
    if t in ("Bool", "Boolean"):
        return "boolean"
    if t.startswith("DateTime"):
        return "datetime"
    if t in ("Date", "Date32"):
        return "date"
    if t in ("String", "UUID") or t.startswith(("FixedString", "Enum")):
        return "string"
    return "object"


def rows_to_dataframe(columns: Sequence[str], types: Sequence[str], rows: Sequence[Sequence[Any]]) -> pd.DataFrame:
    """Rows as a DataFrame typed by :func:`clickhouse_dtype` (needs the pandas extra).

    Example:
        >>> rows_to_dataframe(["n"], ["UInt8"], [[1], [2]])["n"].dtype
        Int64Dtype()
    """
    from ._tables import _pandas

    pd = _pandas()
    frame = pd.DataFrame.from_records(list(rows), columns=list(columns)) if rows else pd.DataFrame(columns=columns)
    for name, ch_type in zip(columns, types, strict=False):
        dtype = clickhouse_dtype(ch_type)
        if dtype == "datetime":
            frame[name] = pd.to_datetime(frame[name], utc=True, format="ISO8601")
        elif dtype == "date":
            frame[name] = pd.to_datetime(frame[name], format="ISO8601")
        elif dtype != "object":
            frame[name] = frame[name].astype(dtype)
    return frame
