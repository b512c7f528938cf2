"""The one output path of every ``posthog-rest`` command: table, JSON, JSON lines or CSV, to stdout or a file.

A command describes what it prints with a :class:`View` (flat row, full JSON record, table columns,
extra renderables) and hands objects to :meth:`Output.one` or pages to :meth:`Output.many`. The format
is ``--json`` / ``--jsonl`` / ``--csv`` when given, else the ``-o`` file's suffix, else a rich table on
a terminal and JSON when piped. Lists stream (flat memory) in every format but the table; progress
goes to stderr only. rich loads when something is drawn (:mod:`.render`), not for JSON or CSV.

Example:
    >>> out = Output(OutputOptions(fmt="json"))
    >>> out.one(View("user", row=lambda u: {"email": u.email}), ph.me())
"""

from __future__ import annotations

import functools
import gc
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .._record import field, record
from .._startup import console
from .._tables import to_jsonable
from .errors import CliError, ExitCode

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.progress import Progress

    from ..export import Format

SUFFIXES: dict[str, Format] = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}


@record(frozen=True)
class View:
    """How a command shows one kind of object.

    ``row`` gives the flat fields (table and CSV), ``record`` the full JSON (JSON formats),
    ``table_columns`` the columns of a listing on a terminal (default: all of the row),
    ``csv_columns`` the CSV header for a list's first page (default: the first row's keys),
    ``csv_cells`` (optional) makes an item's CSV cells directly for given columns (persons: no flat row),
    ``details`` extra renderables under a single object's table (charts),
    ``rows`` the object as CSV rows ``(columns, rows)`` when it is tabular data (a trend), else ``None``,
    ``columns_chosen`` whether the user picked the CSV columns (then fields outside them are left out on
    purpose, with no warning).

    Example:
        >>> View("project", row=lambda p: {"id": p.id, "name": p.name})
    """

    noun: str
    row: Callable[[Any], dict[str, Any]]
    record: Callable[[Any], Any] = to_jsonable
    table_columns: Sequence[str] | None = None
    csv_columns: Callable[[Sequence[Any]], list[str]] | None = None
    csv_cells: Callable[[Sequence[str]], Callable[[Any], tuple[list[Any], Iterable[str]]]] | None = None
    details: Callable[[Any], list[RenderableType]] = field(default=lambda _obj: [])
    rows: Callable[[Any], tuple[list[str], list[dict[str, Any]]] | None] = field(default=lambda _obj: None)
    columns_chosen: bool = False


@record
class OutputOptions:
    """The output flags: format, destination file, progress (``None``: only on a terminal)."""

    fmt: str | None = None
    path: Path | None = None
    progress: bool | None = None
    width: int | None = None


def stdout_is_terminal() -> bool:
    """Whether stdout is an interactive terminal (tables) rather than a pipe or file (JSON)."""
    return sys.stdout.isatty()


class Output:
    """Writes a command's result in the chosen format; messages and progress go to stderr.

    Example:
        >>> Output(OutputOptions()).message("Deleted person 42")
    """

    def __init__(self, options: OutputOptions) -> None:
        self.options = options
        self.fmt = self._format(options)

    @functools.cached_property
    def err(self) -> Console:
        """The rich console on stderr: messages, warnings, errors and progress (made when first used)."""
        from rich.console import Console

        return Console(stderr=True, highlight=False, soft_wrap=True)

    @staticmethod
    def _format(options: OutputOptions) -> str:
        if options.fmt is not None:
            return options.fmt
        if options.path is not None:
            return SUFFIXES.get(options.path.suffix.lower(), "json")
        return "table" if stdout_is_terminal() else "json"

    def _open(self, stack: ExitStack) -> IO[str]:
        if self.options.path is None:
            return sys.stdout
        try:
            return stack.enter_context(_replace_on_success(self.options.path))
        except OSError as exc:
            raise CliError(f"Cannot write {self.options.path}: {exc.strerror}", ExitCode.BAD_INPUT) from None

    def console(self, out: IO[str]) -> Console:
        """A rich console on ``out`` (colours only on a terminal)."""
        from rich.console import Console

        return Console(file=out, highlight=False, soft_wrap=False, width=self.options.width)

    def message(self, text: str) -> None:
        """A status line on stderr (never on stdout, so pipes stay clean)."""
        self.err.print(text, markup=False)

    def warn(self, text: str) -> None:
        """A warning line on stderr."""
        from rich.text import Text

        self.err.print(Text("warning: ", style="yellow bold") + Text(text))

    def one(self, view: View, obj: Any) -> None:
        """Print one object: a key/value table (plus ``view.details``), or JSON, JSON lines, CSV."""
        with ExitStack() as stack:
            out = self._open(stack)
            if self.fmt == "table":
                from .render import key_value_table

                console = self.console(out)
                console.print(key_value_table(view.row(obj)))
                for extra in view.details(obj):
                    console.print(extra)
                return
            if self.fmt == "json":
                out.write(json.dumps(view.record(obj), indent=2, ensure_ascii=False, default=str) + "\n")
            else:
                table = view.rows(obj) if self.fmt == "csv" else None
                columns, rows = table or (list(view.row(obj)), [view.row(obj)])
                from ..export import open_writer  # the writers load with the first command that writes rows

                writer = open_writer(out, _single(self.fmt), columns)
                for row in rows:
                    writer.write(view.record(obj), row)
                writer.close()
        self._saved()

    def done(self, summary: str, record: dict[str, Any]) -> None:
        """The result of an action: ``✓ summary`` as a table, else ``record`` in the chosen format."""
        if self.fmt == "table":
            from rich.text import Text

            with ExitStack() as stack:
                self.console(self._open(stack)).print(Text("✓ ", style="green bold") + Text(summary))
            return
        self.one(View("result", row=lambda r: dict(r), record=lambda r: r), record)

    def many(self, view: View, pages: Iterable[Sequence[Any]]) -> int:
        """Print every item of every page; streams (flat memory) except as a table. Returns the count."""
        with ExitStack() as stack:
            out = self._open(stack)
            progress = stack.enter_context(ProgressReporter(self.err, view.noun, self.options.progress))
            if self.fmt == "table":
                count = self._table(view, progress.track(pages), out)
            else:
                stack.enter_context(streaming_gc())
                count = self._stream(view, progress.track(pages), out)
        self._saved()
        return count

    def _table(self, view: View, pages: Iterable[Sequence[Any]], out: IO[str]) -> int:
        from .render import listing_table

        rows = [view.row(item) for page in pages for item in page]
        columns = list(view.table_columns or (rows[0] if rows else []))
        self.console(out).print(listing_table(columns, rows))
        if not rows:
            self.message(f"No {view.noun}s found.")
        return len(rows)

    def _stream(self, view: View, pages: Iterable[Sequence[Any]], out: IO[str]) -> int:
        from ..export import write_records

        result = write_records(
            pages,
            out,
            _single(self.fmt),
            row=view.row,
            record=view.record,
            columns_for=lambda page: _csv_columns(view, page),
            cells_for=view.csv_cells,
        )
        if result.skipped_keys and not view.columns_chosen:
            self.warn(
                f"{len(result.skipped_keys)} field(s) first seen after the first page are not in the CSV "
                f"({', '.join(sorted(result.skipped_keys)[:5])}…): list them with --columns"
            )
        return result.rows

    def _saved(self) -> None:
        if self.options.path is not None:
            self.message(f"Wrote {self.options.path}")


#: Allocations between young-generation collections while a listing streams (CPython's default is 700).
STREAM_GC_THRESHOLD = 10_000


@contextmanager
def streaming_gc() -> Iterator[None]:
    """In the ``posthog-rest`` process: cyclic garbage collection tuned for a long stream of pages.

    Every page parses thousands of objects that die by reference counting once written (no cycles). With
    the default settings the collector still runs every 700 allocations and keeps walking the pages in
    flight and whatever was loaded since start-up: ~15 % of an export's CPU. So what is loaded is frozen
    (it lives until exit anyway) and young objects are collected every 10,000 allocations until the
    stream ends: cycles are still collected and memory stays flat. A program that runs the CLI in its own
    process keeps its collector as it is.

    Example:
        >>> with streaming_gc():
        ...     write_records(pages, out, "jsonl", row=person_row, columns_for=lambda page: [])
    """
    if not console():
        yield
        return
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(STREAM_GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@contextmanager
def _replace_on_success(path: Path) -> Iterator[IO[str]]:
    """Write ``path`` through a temp file beside it, moved into place only if the command succeeds.

    A failed export (expired key, network down) leaves the previous file as it was, not emptied.
    """
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as out:
            yield out
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)


def _single(fmt: str) -> Format:
    from ..export import FORMATS

    if fmt not in FORMATS:  # pragma: no cover - flags only allow known formats
        raise CliError(f"Unknown output format {fmt!r}")
    return fmt  # type: ignore[return-value]


def _csv_columns(view: View, page: Sequence[Any]) -> list[str]:
    if view.csv_columns is not None:
        return view.csv_columns(page)
    return list(view.row(page[0])) if page else list(view.table_columns or [])


class ProgressReporter:
    """Progress of a multi-page listing on stderr: a rich bar on a terminal, plain lines when forced elsewhere.

    Shown from the second page on (one-page answers stay quiet). ``enabled=None`` means "if stderr is a
    terminal"; ``True`` forces it (plain lines on a pipe), ``False`` hides it.

    Example:
        >>> with ProgressReporter(Console(stderr=True), "person", None) as progress:
        ...     for page in progress.track(pages): ...
    """

    def __init__(self, console: Console, noun: str, enabled: bool | None) -> None:
        self.console = console
        self.noun = noun
        self.enabled = console.is_terminal if enabled is None else enabled
        self.rich: Progress | None = None
        self.task: Any = None
        self.count = 0
        self.started = time.monotonic()

    def __enter__(self) -> ProgressReporter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.rich is not None:
            self.rich.stop()

    def track(self, pages: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
        """Yield the pages, counting items and updating the display after each page."""
        for index, page in enumerate(pages):
            self.count += len(page)
            if index >= 1 and self.enabled:
                self._show()
            yield page

    def update(self, count: int) -> None:
        """Show ``count`` items done so far (for work that reports progress itself, like an export)."""
        self.count = count
        if self.enabled:
            self._show()

    def _show(self) -> None:
        if not self.console.is_terminal:
            rate = self.count / max(time.monotonic() - self.started, 1e-6)
            self.console.print(f"fetched {self.count:,} {self.noun}s ({rate:,.0f}/s)", markup=False)
            return
        if self.rich is None:
            from .render import rate_progress

            self.rich = rate_progress(self.console, self.noun)
            self.rich.start()
            self.task = self.rich.add_task("fetch", total=None)
        self.rich.update(self.task, completed=self.count)
