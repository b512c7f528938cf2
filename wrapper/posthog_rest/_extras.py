"""Optional extras: which packages each needs, and the one-line error naming the install that fixes it.

The core (the SDK) needs only httpx, attrs and python-dateutil (pydantic ships for ``posthog_models``).
The command, the stand-in, DataFrames and charts are extras: ``pip install 'posthog-rest[cli]'`` etc.

Example:
    >>> missing_extra("cli") is None  # typer and rich are installed
    True
"""

from __future__ import annotations

import importlib.util

__all__ = ["EXTRAS", "MissingExtraError", "missing_extra", "require_extra"]

#: Extra → the import names it provides (first-party modules check these before importing them).
EXTRAS: dict[str, tuple[str, ...]] = {
    "cli": ("typer", "rich"),
    "testing": ("starlette", "jsonschema", "yaml"),
    "pandas": ("pandas",),
    "plot": ("matplotlib",),
    "parquet": ("pyarrow",),
}


class MissingExtraError(ImportError):
    """A feature's optional dependencies are not installed; the message names the ``pip install``."""


def missing_extra(extra: str, feature: str = "") -> str | None:
    """One line naming the install that provides ``extra``, or ``None`` when everything is installed.

    Example:
        >>> missing_extra("testing", "posthog_rest.testing") is None
        True
    """
    missing = [name for name in EXTRAS[extra] if importlib.util.find_spec(name) is None]
    if not missing:
        return None
    what = feature or f"the {extra} extra"
    return f"{what} needs {', '.join(missing)}: pip install 'posthog-rest[{extra}]'"


def require_extra(extra: str, feature: str) -> None:
    """Raise :class:`MissingExtraError` (one line) unless ``extra``'s packages are installed.

    Example:
        >>> require_extra("cli", "the posthog-rest command")
    """
    problem = missing_extra(extra, feature)
    if problem is not None:
        raise MissingExtraError(problem)
