"""``python -m posthog_rest.cli``: the same as the ``posthog-rest`` command."""

from __future__ import annotations

from .app import main

if __name__ == "__main__":
    main()
