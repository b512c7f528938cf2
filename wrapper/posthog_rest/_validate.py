"""Request arguments checked before anything is sent: JSON-only values, ids that fit, keywords that exist.

``json.dumps`` would write ``NaN`` (invalid JSON) or fail deep inside httpx on ``object()`` or bytes; an id
of ``10**5000`` fails in ``str()``; ``"١٢"`` passes ``str.isdigit``; a misspelt keyword would be sent as an
extra JSON field that PostHog ignores (``trend(date_form="-30d")`` quietly returns the default 7 days).
Each becomes an :class:`~posthog_rest.InvalidRequestError` naming the argument.

Example:
    >>> check_json({"date_from": float("nan")}, "body")  # raises InvalidRequestError: body.date_from is NaN
"""

from __future__ import annotations

import datetime
import enum
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from ._errors import InvalidRequestError, UnexpectedArgumentError

#: The largest integer PostHog stores (ClickHouse Int64 / Postgres bigint).
MAX_INT = 2**63 - 1
#: An object id in a path: digits, an insight's short id or a person's UUID; nothing that could change the path.
OBJECT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")
_SCALARS = (str, bool, type(None), datetime.datetime, datetime.date, UUID)


def check_json(value: Any, path: str) -> None:
    """Refuse anything that is not plain, finite, encodable JSON (attrs request models are walked too).

    Example:
        >>> check_json([1, "a", {"b": None}], "body")
    """
    if isinstance(value, str):
        _check_text(value, path)
    elif isinstance(value, int) and not isinstance(value, bool):
        if not -MAX_INT - 1 <= value <= MAX_INT:
            raise InvalidRequestError(f"{path}: the integer is out of range (more than 64 bits): {_short(value)}")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidRequestError(f"{path}: {value!r} is not a JSON number (NaN and infinities are refused)")
    elif isinstance(value, _SCALARS) or type(value).__name__ == "Unset":
        return
    elif isinstance(value, enum.Enum):
        check_json(value.value, path)
    elif isinstance(value, Mapping):
        _check_mapping(value, path)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            check_json(item, f"{path}[{index}]")
    elif hasattr(value, "to_dict") and hasattr(type(value), "__attrs_attrs__"):
        _check_model(value, path)
    else:
        raise InvalidRequestError(f"{path}: a {type(value).__name__} is not a JSON value")


def _check_text(value: str, path: str) -> None:
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidRequestError(f"{path}: the text has an unpaired surrogate, not valid UTF-8") from None


def _check_mapping(value: Mapping[Any, Any], path: str) -> None:
    for key, item in value.items():
        if not isinstance(key, str):
            raise InvalidRequestError(f"{path}: JSON object keys are strings, got {type(key).__name__} {key!r}")
        check_json(item, f"{path}.{key}")


def _check_model(value: Any, path: str) -> None:
    try:
        data = value.to_dict()
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidRequestError(f"{path}: {type(exc).__name__}: {exc}") from None
    check_json(data, path)


def _short(value: int) -> str:
    digits = len(str(abs(value))) if value.bit_length() < 10_000 else value.bit_length() * 3 // 10
    return f"an integer of about {digits} digits"


def check_id(value: Any, name: str = "object id") -> None:
    """Refuse an object id that is not a 64-bit non-negative integer, a short id or a UUID (ASCII only).

    Example:
        >>> check_id("١٢")  # raises InvalidRequestError: Unicode digits are not an id
    """
    if type(value) is int and 0 <= value <= MAX_INT:
        return  # the usual id, as callers pass it
    if type(value) is str and len(value) < 19 and value.isascii() and value.isdigit():
        return  # ... or as the path has it: at most 18 digits is always within 64 bits
    if isinstance(value, bool):
        ok = False
    elif isinstance(value, int):
        ok = 0 <= value <= MAX_INT
    elif isinstance(value, str):
        ok = OBJECT_ID.fullmatch(value) is not None and not (value.isdigit() and int(value) > MAX_INT)
    else:
        ok = False
    if not ok:
        shown = _short(value) if isinstance(value, int) and value.bit_length() > 64 else repr(value)[:60]
        raise InvalidRequestError(
            f"An {name} must be a non-negative integer, a short id or a UUID, got {shown} "
            "(ASCII letters and digits; integers of at most 64 bits)"
        )


def check_fields(given: Iterable[str], known: Iterable[str], where: str) -> None:
    """Refuse keyword arguments ``where`` does not take, naming the closest one it does.

    Example:
        >>> check_fields(["date_form"], ["date_from", "date_to"], "insights.trend()")
        Traceback (most recent call last):
        posthog_rest._errors.UnexpectedArgumentError: insights.trend() got an unexpected keyword argument ...
    """
    choices = sorted(set(known))
    for name in given:
        if name in choices:
            continue
        import difflib  # only for this message: importing it is ~2 ms of every start-up

        close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else f"; valid: {', '.join(choices)}"
        raise UnexpectedArgumentError(f"{where} got an unexpected keyword argument {name!r}{hint}")
