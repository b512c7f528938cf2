"""What the CLI draws with rich: tables, cells, the progress bar. Imported only when something is drawn.

``posthog-rest whoami --json`` and every piped listing print JSON or CSV and never draw; importing rich's
console, tables and progress bars for them ran a fifth more instructions than ``import httpx`` itself.

Example:
    >>> from rich.console import Console
    >>> Console().print(key_value_table({"id": 1, "name": "Ada"}))
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

__all__ = ["MAX_CELL", "cell_text", "key_value_table", "listing_table", "rate_progress"]

MAX_CELL = 48


def cell_text(value: Any) -> Text:
    """A table cell: ``-`` for missing values, lists joined with commas, objects as compact JSON.

    Example:
        >>> cell_text([1, 2]).plain
        '1, 2'
    """
    if value is None or value == "":
        return Text("-", style="dim")
    if isinstance(value, bool):
        return Text("yes" if value else "no")
    if isinstance(value, list):
        return Text(", ".join(str(v) for v in value))
    if isinstance(value, dict):
        return Text(json.dumps(value, separators=(",", ":"), default=str))
    return Text(str(value))


def key_value_table(row: dict[str, Any]) -> Table:
    """A two-column table of one object's fields.

    Example:
        >>> Console().print(key_value_table({"id": 1, "name": "Ada"}))
    """
    table = Table(show_header=False, show_edge=False, pad_edge=False, box=None)
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(overflow="fold")
    for key, value in row.items():
        table.add_row(key, cell_text(value))
    return table


def listing_table(columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> Table:
    """A listing: one row per item, one column per field (``properties.`` left off the header).

    Example:
        >>> Console().print(listing_table(["id", "name"], [{"id": 1, "name": "Ada"}]))
    """
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for column in columns:
        table.add_column(column.removeprefix("properties."), overflow="ellipsis", max_width=MAX_CELL)
    for row in rows:
        table.add_row(*(cell_text(row.get(column)) for column in columns))
    return table


class _RateColumn(ProgressColumn):
    """``1,234 persons · 5,678/s``."""

    def __init__(self, noun: str) -> None:
        super().__init__()
        self.noun = noun

    def render(self, task: Task) -> Text:
        rate = f" · {task.speed:,.0f}/s" if task.speed else ""
        return Text(f"{int(task.completed):,} {self.noun}s{rate}")


def rate_progress(console: Console, noun: str) -> Progress:
    """A transient bar on ``console``: spinner, ``fetching``, the bar, the count and rate, the time taken.

    Example:
        >>> progress = rate_progress(Console(stderr=True), "person")
    """
    return Progress(
        SpinnerColumn(),
        TextColumn("fetching"),
        BarColumn(),
        _RateColumn(noun),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
