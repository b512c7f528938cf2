"""The embedded engine: one in-process ClickHouse (chDB) per process, one database per stand-in project.

chDB is imported, and a project's events are seeded, on the first query only: a stand-in that runs no
query starts as fast as before.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ._rewrite import HogQLError
from ._seed import persons_rows, schema_sql, seed_events_sql

if TYPE_CHECKING:
    from .._people import PersonStore

__all__ = ["EngineResult", "ProjectTables", "QueryTimeoutError", "session"]

_PROP_FN = (
    "CREATE FUNCTION IF NOT EXISTS __hogql_prop AS (j, k) -> "
    "replaceRegexpAll(nullIf(nullIf(JSONExtractRaw(j, k), ''), 'null'), '^\"|\"$', '')"
)
_lock = threading.Lock()
_run_lock = threading.Lock()  # one chDB session answers one query at a time (its results interleave otherwise)
_session: Any = None
_counter = itertools.count(1)
_CODE = re.compile(r"Code: (\d+)\. DB::Exception: (.*?)(?: \(([A-Z_]+)\))?(?:\. Stack trace.*)?$", re.S)


class QueryTimeoutError(Exception):
    """The query ran past its execution time limit."""


@dataclass
class EngineResult:
    """Rows as ClickHouse returned them, with column names and ClickHouse types."""

    columns: list[str]
    types: list[str]
    rows: list[list[Any]]
    elapsed: float


def query(sql: str, fmt: str, params: dict[str, str] | None = None) -> bytes:
    """Run one statement on the process's session, serialized; its output (read before the next one runs)."""
    s = session()
    with _run_lock:
        try:
            out: bytes = s.query(sql, fmt, params=params or {}).bytes()
        except Exception:
            # A query stopped part-way (e.g. by max_execution_time) leaves its partial output in chDB's buffer,
            # ahead of the next query's: drain it now.
            s.query("SELECT 1", "CSV")
            raise
        return out


def session() -> Any:
    """The process's chDB session (created on first use; imports chDB then)."""
    global _session
    with _lock:
        if _session is None:
            try:
                from chdb import session as chdb_session  # the heavy import happens here, on the first query
            except ImportError:
                raise HogQLError("The stand-in runs queries on chDB: pip install 'posthog-rest[testing]'") from None

            _session = chdb_session.Session()  # type: ignore[no-untyped-call]
            _session.query(_PROP_FN)
        return _session


def _error(exc: Exception, db: str) -> Exception:
    text = str(exc).replace(f"{db}.", "")
    m = _CODE.search(text)
    if m is None:
        return HogQLError(text.strip().splitlines()[0] if text.strip() else "Query failed")
    code, detail, name = int(m.group(1)), m.group(2).strip(), m.group(3)
    if code == 159 or name == "TIMEOUT_EXCEEDED":
        return QueryTimeoutError(detail)
    if code == 47:
        ident = re.search(r"identifier `([^`]+)`", detail)
        return HogQLError(f"Unable to resolve field: {ident.group(1) if ident else detail}")
    if code == 46:
        fn = re.search(r"[Ff]unction (?:with name )?[`']?([A-Za-z0-9_]+)", detail)
        return HogQLError(f"Unsupported function call `{fn.group(1) if fn else '?'}(...)`")
    if code == 62:
        pos = re.search(r"failed at position (\d+)", detail)
        message = "Syntax error: " + detail.split(": ", 1)[-1].split(". Expected", 1)[0]
        err = HogQLError(message)
        err.start = int(pos.group(1)) - 1 if pos else None
        return err
    return HogQLError(detail.split("\n", 1)[0])


class ProjectTables:
    """The ``events`` and ``persons`` of one stand-in project, seeded on first use."""

    def __init__(self, store: PersonStore, seed: int, events: int, anchor: datetime) -> None:
        self.store = store
        self.seed = seed
        self.events = events
        self.anchor = anchor
        self.db = f"phq_{next(_counter)}_{id(self) % 100000}"
        self.seeded = False
        self.seed_seconds = 0.0
        self._seed_lock = threading.Lock()

    def ensure(self) -> None:
        """Create and fill the tables once (thread-safe)."""
        with self._seed_lock:
            if self.seeded:
                return
            started = time.perf_counter()
            for ddl in schema_sql(self.db):
                query(ddl, "CSV")
            rows = persons_rows(self.store)
            if rows:
                query(f"INSERT INTO {self.db}.persons FORMAT JSONEachRow\n{rows}", "CSV")
                snapshot = (
                    f"INSERT INTO {self.db}.person_snapshot SELECT id, properties, created_at FROM {self.db}.persons"
                )
                query(snapshot, "CSV")
            count = self.store.live_count()
            for sql in seed_events_sql(self.db, self.seed, self.events, count, self.anchor):
                if count:
                    query(sql, "CSV")
            self.seeded = True
            self.seed_seconds = time.perf_counter() - started

    def drop(self) -> None:
        """Drop the tables (a reset stand-in seeds new ones on its next query)."""
        with self._seed_lock:
            if self.seeded:
                query(f"DROP DATABASE IF EXISTS {self.db}", "CSV")
                self.seeded = False

    def run(self, sql: str, params: dict[str, tuple[str, str]], timeout: float, max_rows: int) -> EngineResult:
        """Run ClickHouse SQL read-only, within ``timeout`` seconds, returning at most ``max_rows`` + 1 rows."""
        self.ensure()
        settings = (
            f" SETTINGS readonly = 2, max_execution_time = {timeout:g}, max_result_rows = {max_rows + 1}, "
            "result_overflow_mode = 'break', limit = " + str(max_rows + 1)
        )
        values = {name: text for name, (_, text) in params.items()}
        started = time.perf_counter()
        try:
            result = query(sql + settings, "JSONCompact", values)
        except Exception as exc:  # chDB raises RuntimeError with ClickHouse's message
            raise _error(exc, self.db) from None
        elapsed = time.perf_counter() - started
        raw = result
        if not raw:
            return EngineResult([], [], [], elapsed)
        doc = json.loads(raw)
        meta = doc.get("meta", [])
        return EngineResult([m["name"] for m in meta], [m["type"] for m in meta], doc.get("data", []), elapsed)

    def explain(self, sql: str, params: dict[str, tuple[str, str]]) -> None:
        """Resolve tables, columns and functions without running the query (``EXPLAIN PLAN``)."""
        self.ensure()
        values = {name: text for name, (_, text) in params.items()}
        try:
            query("EXPLAIN PLAN " + sql, "TSV", values)
        except Exception as exc:
            raise _error(exc, self.db) from None
