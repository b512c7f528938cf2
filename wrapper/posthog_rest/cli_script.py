"""The ``posthog-rest`` console script.

It lives outside :mod:`posthog_rest.cli` so that it runs before the command (typer, the client) is
imported: start-up collects garbage rarely until the command has its client (see ``_startup``).

Example:
    $ posthog-rest --demo whoami
"""

from __future__ import annotations

from ._startup import begin

__all__ = ["main"]


def main() -> int:
    """Run ``posthog-rest`` on ``sys.argv`` (:func:`posthog_rest.cli.main`), started as said above.

    Example:
        >>> main()  # doctest: +SKIP
    """
    begin()
    from .cli import main as run

    return run()
