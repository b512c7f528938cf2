"""HogQL text to ClickHouse SQL: a tokenizer, PostHog's checks, the sugar, and typed placeholders.

HogQL is ClickHouse SQL plus sugar. What is rewritten: ``properties.$x`` (also ``e.properties.$x``),
``person.properties.x``, ``person.id`` / ``person.created_at``, ``persons.properties.x``, and ``{name}``
placeholders, which become ClickHouse query parameters (``{p_name:Type}``): bound by the engine as typed
values, never spliced into the text. Tables are limited to HogQL's ``events`` and ``persons`` (and CTEs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["OFFSET_MESSAGE", "HogQLError", "Rewritten", "rewrite"]

OFFSET_MESSAGE = (
    "OFFSET is not supported on queries made with a personal API key. "
    "For pagination, use keyset pagination on the `timestamp` column, e.g. "
    "`WHERE timestamp > :last_seen_timestamp ORDER BY timestamp LIMIT N`. "
    "For bulk data extraction, use batch exports: https://posthog.com/docs/cdp/batch-exports"
)
TABLES = ("events", "persons")
_CLAUSE_END = {"BY", "SETTINGS", "UNION", "FORMAT", "EXCEPT", "INTERSECT"}
_NOT_ALIAS = {
    "WHERE", "GROUP", "ORDER", "LIMIT", "JOIN", "LEFT", "RIGHT", "INNER", "OUTER", "FULL", "CROSS", "ON", "USING",
    "FINAL", "SAMPLE", "PREWHERE", "UNION", "HAVING", "ARRAY", "GLOBAL", "ANY", "ALL", "SEMI", "ANTI", "ASOF",
    "WINDOW", "QUALIFY", "EXCEPT", "INTERSECT", "AS",
}  # fmt: skip
_FORBIDDEN = {"SETTINGS", "FORMAT", "INTO"}  # the rest of what could write or escape needs a statement of its own

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+|--[^\n]*|/\*.*?\*/)
  | (?P<str>'(?:[^'\\]|\\.|'')*')
  | (?P<qid>`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*")
  | (?P<ph>\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\})
  | (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<id>[A-Za-z_$][A-Za-z0-9_$]*)
  | (?P<op>::|<=|>=|!=|<>|==|\|\||->|[-+*/%<>=(),.\[\]?:;{}])
    """,
    re.X | re.S,
)


class HogQLError(Exception):
    """A query PostHog would refuse (400 ``validation_error``), with the offending span when known."""

    def __init__(self, message: str, start: int | None = None, end: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.start = start
        self.end = end


@dataclass(frozen=True)
class Tok:
    """One token: its kind, text and where it starts in the source."""

    kind: str
    text: str
    pos: int

    @property
    def upper(self) -> str:
        """The text in upper case (keywords compare case-insensitively)."""
        return self.text.upper()


@dataclass
class Rewritten:
    """The ClickHouse SQL, its parameters, and what the checks found."""

    sql: str
    params: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (ClickHouse type, text value)
    has_limit: bool = False
    pieces: list[tuple[str, int]] = field(default_factory=list)  # (output text, source offset) to map errors back

    def source_offset(self, out_pos: int) -> int | None:
        """The offset in the HogQL text of a position (0-based) in the ClickHouse SQL."""
        at = 0
        for text, src in self.pieces:
            if at + len(text) > out_pos:
                return src
            at += len(text)
        return None


def tokenize(text: str) -> list[Tok]:
    """Split HogQL into tokens (whitespace and comments dropped); unknown characters are a syntax error."""
    out: list[Tok] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise HogQLError(f"Syntax error: unexpected character {text[pos]!r}", pos, pos + 1)
        kind = m.lastgroup or "ws"
        if kind != "ws":
            out.append(Tok(kind, m.group(), pos))
        pos = m.end()
    return out


def _check_statement(toks: list[Tok]) -> None:
    if not toks:
        raise HogQLError("Empty query", 0, 0)
    if toks[0].upper not in ("SELECT", "WITH", "("):
        raise HogQLError("Only SELECT queries are supported", toks[0].pos, toks[0].pos + len(toks[0].text))
    for t in toks:
        if t.text == ";":
            raise HogQLError("Only one statement is supported (no `;`)", t.pos, t.pos + 1)
        if t.kind == "id" and t.upper in _FORBIDDEN:
            raise HogQLError(f"`{t.text}` is not supported in HogQL", t.pos, t.pos + len(t.text))


def _check_offset(toks: list[Tok]) -> None:
    for i, t in enumerate(toks):
        if t.kind == "id" and t.upper == "OFFSET":
            raise HogQLError(OFFSET_MESSAGE, t.pos, t.pos + len(t.text))
        if t.kind == "id" and t.upper == "LIMIT":
            depth = 0
            for nxt in toks[i + 1 :]:
                if nxt.text in "([":
                    depth += 1
                elif nxt.text in ")]":
                    if depth == 0:
                        break
                    depth -= 1
                elif depth == 0 and (nxt.upper in _CLAUSE_END or nxt.upper == "OFFSET"):
                    break
                elif depth == 0 and nxt.text == ",":
                    raise HogQLError(OFFSET_MESSAGE, nxt.pos, nxt.pos + 1)


def _cte_names(toks: list[Tok]) -> set[str]:
    names = set()
    for i in range(len(toks) - 2):
        if toks[i].kind == "id" and toks[i + 1].upper == "AS" and toks[i + 2].text == "(":
            names.add(toks[i].text)
    return names


def _check_tables(toks: list[Tok], ctes: set[str]) -> None:
    for i, t in enumerate(toks[:-1]):
        if t.kind != "id" or t.upper not in ("FROM", "JOIN"):
            continue
        nxt = toks[i + 1]
        if nxt.text == "(":
            continue
        name = nxt.text.strip('`"')
        dotted = i + 2 < len(toks) and toks[i + 2].text in (".", "(")
        if dotted or (name not in TABLES and name not in ctes):
            raise HogQLError(f"Unknown table `{name}`.", nxt.pos, nxt.pos + len(nxt.text))


def _top_level_limit(toks: list[Tok]) -> bool:
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and t.kind == "id" and t.upper == "LIMIT":
            return True
    return False


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _scalar_type(value: Any) -> str:
    if isinstance(value, bool):
        return "Bool"
    if isinstance(value, int):
        return "Int64"
    if isinstance(value, float):
        return "Float64"
    if isinstance(value, str):
        return "String"
    raise HogQLError(f"Unsupported placeholder value type: {type(value).__name__}")


def bind(name: str, value: Any) -> tuple[str, str]:
    """A placeholder's value as a ClickHouse parameter: ``(type, text)``. Values are data, never SQL."""
    if value is None:
        return "Nullable(String)", "\\N"
    if isinstance(value, list | tuple):
        kinds = {_scalar_type(v) for v in value}
        if len(kinds) > 1:
            raise HogQLError(f"Placeholder {{{name}}}: a list must hold values of one type")
        inner = kinds.pop() if kinds else "String"
        items = [_quote(v) if isinstance(v, str) else str(v).lower() if isinstance(v, bool) else str(v) for v in value]
        return f"Array({inner})", "[" + ",".join(items) + "]"
    kind = _scalar_type(value)
    return kind, (str(value).lower() if isinstance(value, bool) else str(value))


class _Writer:
    """Collects output text with its source offsets; keeps the source's spacing between tokens."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, int]] = []
        self._end = 0

    def put(self, text: str, src: int, src_end: int) -> None:
        if self.pieces and src > self._end:
            self.pieces.append((" ", src))
        self.pieces.append((text, src))
        self._end = src_end

    def sql(self) -> str:
        return "".join(text for text, _ in self.pieces)


def _prop_chain(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """Match sugar starting at ``toks[i]``: returns (ClickHouse expression, tokens consumed)."""

    def at(k: int) -> str:
        return toks[i + k].text if i + k < len(toks) else ""

    def key(k: int) -> str | None:
        tok = toks[i + k] if i + k < len(toks) else None
        if tok is None or tok.kind not in ("id", "qid", "num"):
            return None
        return tok.text.strip('`"')

    first = toks[i].text
    prev = toks[i - 1].text if i > 0 else ""
    if prev == ".":
        return None
    # <alias>.person.properties.<key> / person.properties.<key>
    if first == "person" and at(1) == "." and at(2) == "properties" and at(3) == "." and key(4):
        return f"__hogql_prop(person_properties, {_quote(str(key(4)))})", 5
    if first == "person" and at(1) == "." and at(2) in ("id", "created_at"):
        return ("person_id" if at(2) == "id" else "person_created_at"), 3
    if at(1) == "." and at(2) == "person" and at(3) == "." and at(4) == "properties" and at(5) == "." and key(6):
        return f"__hogql_prop({first}.person_properties, {_quote(str(key(6)))})", 7
    if first == "properties" and at(1) == "." and key(2):
        return f"__hogql_prop(properties, {_quote(str(key(2)))})", 3
    if at(1) == "." and at(2) == "properties" and at(3) == "." and key(4):
        return f"__hogql_prop({first}.properties, {_quote(str(key(4)))})", 5
    return None


def _table(toks: list[Tok], i: int, ctes: set[str], database: str) -> str | None:
    """``events`` after FROM/JOIN -> ``<database>.events AS events`` (keeping a user's alias)."""
    if i == 0 or toks[i - 1].upper not in ("FROM", "JOIN") or toks[i].text not in TABLES or toks[i].text in ctes:
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    has_alias = nxt is not None and (nxt.upper == "AS" or (nxt.kind == "id" and nxt.upper not in _NOT_ALIAS))
    return f"{database}.{toks[i].text}" + ("" if has_alias else f" AS {toks[i].text}")


def _rewrite_expr(text: str, values: dict[str, Any], database: str) -> Rewritten:
    wrapped = rewrite(f"SELECT {text}", values, None, database)
    return Rewritten(wrapped.sql.removeprefix("SELECT "), wrapped.params)


def rewrite(text: str, values: dict[str, Any], filters_sql: str | None = None, database: str = "") -> Rewritten:
    """Check HogQL as PostHog does for personal API keys and turn it into ClickHouse SQL with parameters.

    >>> r = rewrite("SELECT properties.$browser FROM events WHERE event = {e}", {"e": "$pageview"})
    >>> r.sql
    "SELECT __hogql_prop(properties, '$browser') FROM events WHERE event = {p_e:String}"
    >>> r.params
    {'p_e': ('String', '$pageview')}
    """
    toks = tokenize(text)
    _check_statement(toks)
    _check_offset(toks)
    ctes = _cte_names(toks)
    _check_tables(toks, ctes)
    out = _Writer()
    params: dict[str, tuple[str, str]] = {}
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "ph":
            name = t.text.strip("{} \t")
            if name == "filters":  # the filter expression is HogQL too, with its own bound values
                sub = _rewrite_expr(filters_sql or "true", values, database)
                params.update(sub.params)
                out.put(f"({sub.sql})", t.pos, t.pos + len(t.text))
            elif name not in values:
                available = ", ".join(sorted(values)) or "none"
                raise HogQLError(
                    f"Placeholder {{{name}}} is not available in this context. You can use the following: {available}",
                    t.pos,
                    t.pos + len(t.text),
                )
            else:
                params[f"p_{name}"] = bind(name, values[name])
                out.put(f"{{p_{name}:{params[f'p_{name}'][0]}}}", t.pos, t.pos + len(t.text))
            i += 1
            continue
        table = _table(toks, i, ctes, database) if database and t.kind == "id" else None
        if table is not None:
            out.put(table, t.pos, t.pos + len(t.text))
            i += 1
            continue
        sugar = _prop_chain(toks, i) if t.kind == "id" else None
        if sugar is not None:
            last = toks[i + sugar[1] - 1]
            out.put(sugar[0], t.pos, last.pos + len(last.text))
            i += sugar[1]
            continue
        out.put(t.text, t.pos, t.pos + len(t.text))
        i += 1
    return Rewritten(out.sql(), params, _top_level_limit(toks), out.pieces)
