"""Streaming row writers for exports: CSV, JSON lines and Parquet, one page at a time (flat memory).

A writer writes into a temporary file beside the target and moves it into place only on success, so a
failed export never leaves a half-written file where a good one was. Parquet needs the ``parquet`` extra
(pyarrow); each page becomes a row group, typed from the query's ClickHouse types.

Example:
    >>> with open_writer("events.csv", ["uuid", "event"], ["UUID", "String"]) as writer:
    ...     writer.write([["0199…", "$pageview"]])
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal

from ._errors import InvalidRequestError
from ._hogql import base_type, clickhouse_dtype

Format = Literal["csv", "jsonl", "parquet"]
SUFFIXES: dict[str, Format] = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


def format_for(path: str | os.PathLike[str], fmt: str | None = None) -> Format:
    """The export format: ``fmt`` if given, else from the file suffix (.csv, .jsonl/.ndjson, .parquet).

    Example:
        >>> format_for("events.parquet")
        'parquet'
    """
    if fmt is not None:
        if fmt not in ("csv", "jsonl", "parquet"):
            raise InvalidRequestError(f"format must be 'csv', 'jsonl' or 'parquet', got {fmt!r}")
        return fmt  # type: ignore[return-value]
    found = SUFFIXES.get(Path(path).suffix.lower())
    if found is None:
        raise InvalidRequestError(f"Cannot tell the format of {str(path)!r}: use .csv, .jsonl or .parquet (or format=)")
    return found


def _cell(value: Any) -> Any:
    """A CSV cell: nested values as JSON text, None as empty."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return value


class RowWriter:
    """Writes pages of rows (lists in ``columns`` order) to ``path``; a context manager.

    Example:
        >>> with RowWriter("out.jsonl", "jsonl", ["n"], ["UInt8"]) as w:
        ...     w.write([[1], [2]])
        >>> w.rows
        2
    """

    def __init__(self, path: str | os.PathLike[str], fmt: Format, columns: Sequence[str], types: Sequence[str]) -> None:
        self.path = Path(path)
        self.format = fmt
        self.columns = list(columns)
        self.types = list(types)
        self.rows = 0
        if fmt == "parquet":
            self._arrow = _ParquetPages(self.columns, self.types)  # fail early when pyarrow is missing
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent or ".")
        self._tmp = Path(tmp)
        self._binary: IO[bytes] | None = None
        self._text: IO[str] | None = None
        if fmt == "parquet":
            self._binary = os.fdopen(fd, "wb")
        else:
            self._text = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._text) if fmt == "csv" and self._text is not None else None
        if self._csv is not None:
            self._csv.writerow(self.columns)

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        """Append a page of rows.

        Example:
            >>> writer.write([["0199…", "$pageview"], ["0199…", "signed_up"]])
        """
        if self._csv is not None:
            self._csv.writerows([_cell(v) for v in row] for row in rows)
        elif self._text is not None:
            columns = self.columns
            self._text.writelines(
                json.dumps(dict(zip(columns, row, strict=False)), ensure_ascii=False, default=str) + "\n"
                for row in rows
            )
        elif self._binary is not None and rows:
            self._arrow.write(self._binary, rows)
        self.rows += len(rows)

    def close(self, ok: bool = True) -> None:
        """Finish the file and move it into place (``ok``), or delete the partial file.

        Example:
            >>> writer.close()            # the file appears at its path
            >>> writer.close(ok=False)    # a failed export: the partial file is removed
        """
        try:
            if self.format == "parquet" and ok and self._binary is not None:
                self._arrow.close(self._binary)
            for handle in (self._text, self._binary):
                if handle is not None:
                    handle.close()
            if ok:
                os.replace(self._tmp, self.path)
        finally:
            if self._tmp.exists():
                self._tmp.unlink()

    def __enter__(self) -> RowWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close(ok=kind is None)


def open_writer(
    path: str | os.PathLike[str], columns: Sequence[str], types: Sequence[str], fmt: str | None = None
) -> RowWriter:
    """A :class:`RowWriter` for ``path`` in the format its suffix (or ``fmt``) names.

    Example:
        >>> open_writer("persons.parquet", ["id"], ["UUID"]).format
        'parquet'
    """
    return RowWriter(path, format_for(path, fmt), columns, types)


class _ParquetPages:
    """Arrow schema from ClickHouse types, and a ParquetWriter fed one row group per page."""

    def __init__(self, columns: Sequence[str], types: Sequence[str]) -> None:
        import importlib

        from ._extras import require_extra

        require_extra("parquet", "Parquet export")
        self.pa = importlib.import_module("pyarrow")
        self.pq = importlib.import_module("pyarrow.parquet")
        self.schema = self.pa.schema(
            [self.pa.field(c, self._arrow_type(t)) for c, t in zip(columns, types, strict=False)]
        )
        self.writer: Any = None

    def _arrow_type(self, ch_type: str) -> Any:
        pa = self.pa
        kind = clickhouse_dtype(ch_type)
        if kind == "Int64":
            return pa.int64()
        if kind == "UInt64":
            return pa.uint64()
        if kind == "float64":
            return pa.float64()
        if kind == "boolean":
            return pa.bool_()
        if kind == "datetime":
            return pa.timestamp("us", tz="UTC")
        if kind == "date":
            return pa.date32()
        if kind == "string" or base_type(ch_type) == "":
            return pa.string()
        return pa.string()  # arrays, maps, JSON: as JSON text

    def _column(self, index: int, rows: Sequence[Sequence[Any]]) -> Any:
        field = self.schema.field(index)
        values = [row[index] for row in rows]
        pa = self.pa
        if pa.types.is_timestamp(field.type) or pa.types.is_date32(field.type):
            from dateutil.parser import isoparse

            parsed = [None if v is None else isoparse(v) if isinstance(v, str) else v for v in values]
            if pa.types.is_date32(field.type):
                parsed = [None if v is None else v.date() if hasattr(v, "date") else v for v in parsed]
            return pa.array(parsed, type=field.type)
        if pa.types.is_string(field.type):
            values = [None if v is None else v if isinstance(v, str) else json.dumps(v, default=str) for v in values]
        return pa.array(values, type=field.type)

    def write(self, sink: IO[bytes], rows: Sequence[Sequence[Any]]) -> None:
        if self.writer is None:
            self.writer = self.pq.ParquetWriter(sink, self.schema)
        arrays = [self._column(i, rows) for i in range(len(self.schema))]
        self.writer.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema))

    def close(self, sink: IO[bytes]) -> None:
        if self.writer is None:  # no rows at all: still a valid (empty) file with the schema
            self.writer = self.pq.ParquetWriter(sink, self.schema)
        self.writer.close()


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: the file, its format, rows and pages (requests), and the columns.

    Example:
        >>> summary = ph.query.export_events(after="2026-11-01", path="events.parquet")
        >>> summary.rows, summary.pages
    """

    path: Path
    format: Format
    rows: int
    pages: int
    columns: list[str]
