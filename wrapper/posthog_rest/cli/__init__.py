"""The ``posthog-rest`` command: the Typer app and its entry point (see :mod:`posthog_rest.cli.app`).

Example:
    >>> from posthog_rest.cli import main
"""

from __future__ import annotations

from .app import app, main

__all__ = ["app", "main"]
