"""A local PostHog for tests: a spec-validated stand-in server with seeded, deterministic data.

It behaves like PostHog's private REST API as ``posthog-rest`` uses it (keys and scopes, pagination,
property filters, refresh modes with background calculations, soft delete, rate limits) and can
inject faults. Every request and every response is checked against ``spec/posthog.yaml``.

>>> import httpx
>>> from posthog_rest.testing import local_posthog
>>> with local_posthog(seed=7, persons=100) as server:
...     auth = {"Authorization": f"Bearer {server.api_key}"}
...     r = httpx.get(f"{server.url}/api/projects/{server.project_id}/insights/", headers=auth)
>>> r.status_code, r.json()["count"] >= 20
(200, True)
"""

from .._extras import require_extra

require_extra("testing", "posthog_rest.testing")  # before anything imports starlette or jsonschema

from ._app import StandInApp, create_app  # noqa: E402
from ._faults import ALL_FAULTS, FaultInjector  # noqa: E402
from ._retries import fast_retries  # noqa: E402
from ._server import LocalPostHog, local_posthog, serve  # noqa: E402
from ._state import State  # noqa: E402

__all__ = [
    "ALL_FAULTS",
    "FaultInjector",
    "LocalPostHog",
    "StandInApp",
    "State",
    "create_app",
    "fast_retries",
    "local_posthog",
    "serve",
]
