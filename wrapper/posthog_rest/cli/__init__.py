"""The ``posthog-rest`` command: the Typer app and its entry point (see :mod:`posthog_rest.cli.app`).

Without the ``cli`` extra the entry point prints one line naming ``pip install 'posthog-rest[cli]'``.

Example:
    >>> from posthog_rest.cli import main
"""

from __future__ import annotations

import sys

from .._extras import missing_extra

__all__ = ["app", "main"]

_MISSING = missing_extra("cli", "the posthog-rest command")

if _MISSING is None:
    from .app import app, main
else:

    def main(argv: list[str] | None = None) -> int:
        """Say which install the command needs (typer and rich are missing); exit code 1.

        Example:
            >>> main(["--help"])
            1
        """
        print(f"posthog-rest: {_MISSING}", file=sys.stderr)
        return 1
