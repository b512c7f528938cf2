"""``python -m posthog_rest.cli``: the same as the ``posthog-rest`` command."""

from __future__ import annotations

from . import main

if __name__ == "__main__":
    raise SystemExit(main())
