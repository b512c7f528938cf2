"""The ``posthog-rest`` process's start-up: fewer garbage collections while a command starts.

Starting a command makes a few hundred thousand objects that live as long as the process: modules,
classes, the client, with ``--demo`` the stand-in. CPython's cyclic collector runs every 700 allocations
and, every so often, walks all of them again: about a third of a ``--demo`` command's start-up CPU.
So the console script collects only every 100,000 allocations while the command starts (a path that
never reaches :func:`started` still collects), and once the command has its client, ``gc.freeze()``
moves what start-up made out of the collector's sight and the usual thresholds come back.
Only the console script (:mod:`posthog_rest.cli_script`) calls :func:`begin`: a program that imports the
CLI keeps its own collector settings.

:func:`begin` also keeps httpx from loading its own command line. ``import httpx`` imports ``httpx._main``
when click is installed, and with it click, pygments and rich's console, progress, syntax and table
modules (a third of the instructions ``import httpx`` runs, measured with valgrind) for ``httpx.main``,
which this process never calls. A ``None`` in ``sys.modules`` makes that import fail as it does without click, and
httpx falls back as it then does. rich still loads when the command draws something (help, a table,
an error, progress).

Example:
    >>> begin()      # the console script, before importing the command
    >>> started()    # the command has its client (or serves, or runs the demo)
"""

from __future__ import annotations

import gc
import sys

__all__ = ["begin", "console", "started"]

#: Allocations between collections while the command starts (CPython's default is 700).
STARTUP_THRESHOLD = 100_000

_saved: tuple[int, int, int] | None = None
_console = False


def begin() -> None:
    """Collect rarely until :func:`started`, and leave httpx's command line unloaded (the console script calls
    this first)."""
    global _saved, _console
    _console = True
    if "httpx" not in sys.modules:  # a program that already imported httpx keeps it as it is
        sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    if _saved is None:
        _saved = gc.get_threshold()
        gc.set_threshold(STARTUP_THRESHOLD, _saved[1], _saved[2])


def started() -> None:
    """Start-up is over: freeze its objects and collect as usual again (nothing unless :func:`begin` ran)."""
    global _saved
    if _saved is not None:
        gc.freeze()
        gc.set_threshold(*_saved)
        _saved = None


def console() -> bool:
    """Whether this process is the console script (which owns the collector's settings), not a program using the CLI.

    Example:
        >>> console()
        False
    """
    return _console
