"""pytest fixtures for the stand-in PostHog. Enable them in the ``conftest.py`` at your rootdir (pytest
refuses ``pytest_plugins`` in a nested conftest), or with ``-p posthog_rest.testing.pytest_plugin``
(e.g. ``addopts`` in ``pytest.ini``)::

    pytest_plugins = ["posthog_rest.testing.pytest_plugin"]

    def test_me(posthog):
        assert posthog.me().email

Which fixture to use:

* ``posthog`` — a ready :class:`~posthog_rest.PostHog` client on ``posthog_server``, retry backoff
  shortened (:func:`~posthog_rest.testing.fast_retries`). The default choice.
* ``posthog_server`` — the session's server, **reset to its seeded data before the test**: what the test
  writes (deleted persons, new insights, minted keys) never reaches the next test. Costs ~0.1 s per test.
* ``local_posthog_server`` — the same server with no data reset: fastest, for tests that only read (or do
  not mind what earlier tests wrote).

One server runs for the whole session (seed 7, 2000 persons, validation on). Every test that uses it
fails if the server answered anything off-spec during that test, and its knobs (faults, latency, rate
limits, calculation time) are reset after each such test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .._client import PostHog

from ._retries import fast_retries
from ._server import LocalPostHog

__all__ = ["local_posthog_server", "posthog", "posthog_server"]


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


@pytest.fixture
def posthog_server(local_posthog_server: LocalPostHog) -> LocalPostHog:
    """The session's server, reset to its seeded data before this test (writes never leak between tests)."""
    local_posthog_server.reset()
    return local_posthog_server


@pytest.fixture
def posthog(posthog_server: LocalPostHog) -> Iterator[PostHog]:
    """A ``PostHog`` client on ``posthog_server`` (its current project), retry backoff shortened."""
    from .._client import PostHog

    client = PostHog(api_key=posthog_server.api_key, host=posthog_server.url, project=posthog_server.project_id)
    with fast_retries(client):
        yield client
