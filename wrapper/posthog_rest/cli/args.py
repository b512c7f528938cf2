"""Parsing of CLI arguments: ``--where`` filter expressions, ids, property values, confirmation.

Example:
    >>> from posthog_rest.cli.args import parse_where
    >>> parse_where("$initial_os=Linux").to_dict()["operator"]
    'exact'
"""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING, Any

import typer

from .errors import CliError, ExitCode

if TYPE_CHECKING:
    from .._filters import PropertyCondition

#: ``--where`` operators, longest first so that ``>=`` wins over ``>``.
WHERE_OPERATORS: tuple[tuple[str, str], ...] = (
    ("!=", "is_not"),
    ("!~", "not_icontains"),
    (">=", "gte"),
    ("<=", "lte"),
    ("==", "exact"),
    ("=", "exact"),
    ("~", "icontains"),
    (">", "gt"),
    ("<", "lt"),
)
WHERE_HELP = (
    "Person property filter, repeatable (all must match): KEY=VALUE (or KEY==VALUE), KEY!=VALUE, KEY~TEXT (contains), "
    "KEY!~TEXT, KEY>N, KEY>=N, KEY<N, KEY<=N, KEY? (is set), KEY!? (is not set). "
    "Quote it: --where '$initial_os=Linux'."
)
_SPLIT = "|".join(re.escape(symbol) for symbol, _ in WHERE_OPERATORS)  # compiled (by ``re``) on first use


def _number(text: str, expression: str) -> float | int:
    if not text.isascii():  # int("١٢") is 12: a number here is ASCII, as PostHog reads it
        raise CliError(f"--where {expression!r}: {text!r} is not a number")
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        raise CliError(f"--where {expression!r}: {text!r} is not a number") from None


def parse_where(expression: str) -> PropertyCondition:
    """One ``--where`` expression as a property condition (validated by the SDK).

    Example:
        >>> parse_where("logins>=3").to_dict()
        {'key': 'logins', 'value': 3, 'operator': 'gte', 'type': 'person'}
    """
    from .._filters import PropertyCondition  # the SDK's filters load with the commands that take --where

    text = expression.strip()
    if text.endswith("!?"):
        return PropertyCondition(text[:-2].strip(), "is_not_set")
    if text.endswith("?"):
        return PropertyCondition(text[:-1].strip(), "is_set")
    match = re.search(_SPLIT, text)
    if match is None or match.start() == 0:
        raise CliError(f"--where {expression!r}: expected KEY=VALUE (or !=, ~, !~, >, >=, <, <=, ?, !?)")
    key, symbol, value = text[: match.start()].strip(), match.group(0), text[match.end() :].strip()
    operator = dict(WHERE_OPERATORS)[symbol]
    if operator in ("gt", "gte", "lt", "lte"):
        return PropertyCondition(key, operator, _number(value, expression))
    return PropertyCondition(key, operator, value)


_LIMIT = r"^(analytics|query|crud)=(\d+)/(\d+(?:\.\d+)?)$"  # compiled (by ``re``) on first use


def parse_limit(text: str) -> tuple[str, list[tuple[int, float]]]:
    """``serve --rate-limit analytics=5/60``: a category and its (requests, window seconds).

    Example:
        >>> parse_limit("analytics=5/60")
        ('analytics', [(5, 60.0)])
    """
    match = re.match(_LIMIT, text.strip())
    if match is None or int(match.group(2)) < 1 or float(match.group(3)) <= 0:
        raise typer.BadParameter(f"{text!r}: expected CATEGORY=N/SECONDS, CATEGORY one of analytics, query, crud")
    return match.group(1), [(int(match.group(2)), float(match.group(3)))]


def parse_value(text: str, as_json: bool) -> str | int | float | bool:
    """A property value from the command line: the text, or with ``--json-value`` a JSON scalar.

    Example:
        >>> parse_value("42", as_json=True)
        42
    """
    if not as_json:
        return text
    try:
        value: Any = json.loads(text)
    except ValueError:
        raise CliError(f"--json-value: {text!r} is not valid JSON") from None
    if not isinstance(value, str | int | float | bool):
        raise CliError("--json-value: the value must be a JSON string, number or boolean")
    return value


def is_interactive() -> bool:
    """Whether we can ask the user (stdin and stderr are terminals)."""
    return sys.stdin.isatty() and sys.stderr.isatty()


def confirm(action: str, yes: bool) -> None:
    """Ask before a destructive ``action``; without a terminal, require ``--yes``.

    Example:
        >>> confirm("delete person 42", yes=True)  # no question asked
    """
    if yes:
        return
    if not is_interactive():
        raise CliError(
            f"Refusing to {action} without confirmation: not a terminal. Pass --yes to confirm.",
            ExitCode.NOT_CONFIRMED,
        )
    if not typer.confirm(f"Really {action}?", default=False, err=True):
        raise CliError(f"Not confirmed: did not {action}.", ExitCode.NOT_CONFIRMED)
