"""pytest fixtures for the stand-in PostHog. Enable in a ``conftest.py``::

    pytest_plugins = ["posthog_rest.testing.pytest_plugin"]

    def test_me(local_posthog_server):
        import httpx
        r = httpx.get(f"{local_posthog_server.url}/api/users/@me/",
                      headers={"Authorization": f"Bearer {local_posthog_server.api_key}"})
        assert r.status_code == 200

``local_posthog_server`` is one server for the whole session (seed 7, 2000 persons, validation on).
Every test that uses it (directly or through other fixtures) fails if the server answered anything
off-spec during that test, and its knobs (faults, latency, rate limits, calculation time) are reset
after each such test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._server import LocalPostHog

__all__ = ["local_posthog_server"]


@pytest.fixture(scope="session")
def local_posthog_server() -> Iterator[LocalPostHog]:
    """The session's stand-in server (``seed=7``, 2000 persons, response validation on)."""
    server = LocalPostHog(seed=7, persons=2000, validate=True)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def reset_knobs(server: LocalPostHog) -> None:
    """Turn faults, latency and rate limits off; default calculation time, cache thresholds, person write
    delay, query limits; PostHog Cloud's endpoints (no legacy insight endpoints)."""
    server.set_faults(rate=0)
    server.set_latency(0)
    server.set_rate_limits(False)
    server.set_calculation_time(0.2)
    server.set_freshness(180.0, 6 * 3600.0)
    server.set_legacy_insight_endpoints(False)
    server.set_person_write_delay(0.3)
    server.set_query_limits()
    server.state.fail_next.clear()


@pytest.fixture(autouse=True)
def _local_posthog_contract(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that uses the stand-in if it answered off-spec during the test; reset its knobs."""
    if "local_posthog_server" not in request.fixturenames:
        yield
        return
    server: LocalPostHog = request.getfixturevalue("local_posthog_server")
    seen = len(server.state.violations)
    yield
    reset_knobs(server)
    new = server.state.violations[seen:]
    if new:
        pytest.fail("the stand-in PostHog answered off-spec:\n" + "\n".join(new), pytrace=False)
