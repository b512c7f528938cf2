"""How PostHog Cloud differs from an older self-hosted PostHog (the stand-in's two modes).

By default the stand-in answers as PostHog Cloud does in December 2026: the legacy insight calculation
endpoints and the per-insight ``viewed`` are gone (404), and the deprecated ``/api/environments/`` family
marks its answers with ``Deprecation`` / ``Sunset`` / ``Link``. ``legacy_insight_endpoints=True`` serves
the legacy endpoints as an older self-hosted instance does.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from ._spec import Operation

__all__ = ["DEPRECATION", "REMOVED_FROM_CLOUD", "SUNSET", "environments_headers", "removed"]

# Operation ids (without the environments_ prefix) PostHog Cloud answers with 404.
REMOVED_FROM_CLOUD = frozenset(
    {
        "insights_trend_retrieve",
        "insights_trend_create",
        "insights_path_retrieve",
        "insights_path_create",
        "insights_retention_retrieve",
        "insights_retention_create",
        "insights_viewed_create",
    }
)
# RFC 9745 / RFC 8594 forms. PostHog's exact dates are not public: these are the stand-in's.
DEPRECATION = "@1767225600"  # 2026-01-01T00:00:00Z
SUNSET = "Thu, 01 Jul 2027 00:00:00 GMT"


def removed(op: Operation, legacy: bool) -> bool:
    """Whether PostHog Cloud no longer serves ``op`` (always False in legacy mode).

    >>> from posthog_rest.testing._spec import operations
    >>> trend = next(o for o in operations() if o.operation_id == "insights_trend_create")
    >>> removed(trend, legacy=False), removed(trend, legacy=True)
    (True, False)
    """
    return not legacy and op.handler_name in REMOVED_FROM_CLOUD


def environments_headers(op: Operation, path: str) -> dict[str, str]:
    """The deprecation headers of an ``/api/environments/`` answer (none for other operations).

    >>> from posthog_rest.testing._spec import operations
    >>> op = next(o for o in operations() if o.operation_id == "environments_persons_list")
    >>> environments_headers(op, "/api/environments/1/persons/")["Link"]
    '</api/projects/1/persons/>; rel="successor-version"'
    """
    if not op.operation_id.startswith("environments_"):
        return {}
    successor = quote(re.sub(r"^/api/environments/", "/api/projects/", path), safe="/@:")
    return {"Deprecation": DEPRECATION, "Sunset": SUNSET, "Link": f'<{successor}>; rel="successor-version"'}
