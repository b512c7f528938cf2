"""Fault injection, latency and rate limits of the stand-in."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from posthog_rest.testing import LocalPostHog, local_posthog


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    with local_posthog(seed=5, persons=200) as s:
        yield s


def _get(server: LocalPostHog, path: str = "/api/users/@me/") -> httpx.Response:
    with httpx.Client(headers={"Authorization": f"Bearer {server.api_key}"}) as c:
        return c.get(server.url + path)


@pytest.mark.parametrize("status", ["500", "502", "503", "504", "512"])
def test_status_faults_carry_the_envelope(server: LocalPostHog, status: str) -> None:
    server.set_faults(rate=1.0, kinds=(status,))
    r = _get(server)
    server.set_faults(rate=0)
    assert r.status_code == int(status)
    assert r.json()["type"] == "server_error"
    assert set(r.json()) == {"type", "code", "detail", "attr"}


def test_html_and_429(server: LocalPostHog) -> None:
    server.set_faults(rate=1.0, kinds=("html",))
    r = _get(server)
    assert r.status_code == 502
    assert r.headers["content-type"].startswith("text/html")
    assert "Bad Gateway" in r.text
    server.set_faults(rate=1.0, kinds=("429",))
    r = _get(server)
    assert r.status_code == 429
    assert r.headers["retry-after"] == "1"
    assert r.json()["code"] == "throttled"
    server.set_faults(rate=0)


def test_reset_drops_the_connection(server: LocalPostHog) -> None:
    server.set_faults(rate=1.0, kinds=("reset",))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        _get(server)
    server.set_faults(rate=0)
    assert _get(server).status_code == 200  # and the server is fine afterwards


def test_truncated_body(server: LocalPostHog) -> None:
    server.set_faults(rate=1.0, kinds=("truncate",))
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        _get(server, f"/api/projects/{server.project_id}/persons/")
    server.set_faults(rate=1.0, kinds=("cut_json",))
    r = _get(server)
    with pytest.raises(ValueError, match=r"."):
        r.json()
    server.set_faults(rate=0)


def test_latency(server: LocalPostHog) -> None:
    server.set_latency(150)
    started = time.perf_counter()
    _get(server)
    assert time.perf_counter() - started >= 0.15
    server.set_latency(0)
    server.set_faults(rate=1.0, kinds=("latency",))
    started = time.perf_counter()
    assert _get(server).status_code == 200
    assert time.perf_counter() - started >= 0.25
    server.set_faults(rate=0)


def _outcomes(server: LocalPostHog, n: int) -> list[str]:
    out = []
    with httpx.Client(headers={"Authorization": f"Bearer {server.api_key}"}) as c:
        for _ in range(n):
            try:
                out.append(str(c.get(server.url + "/api/users/@me/").status_code))
            except httpx.TransportError as exc:
                out.append(type(exc).__name__)
    return out


def test_faults_are_reproducible_and_counted(server: LocalPostHog) -> None:
    before = server.stats.get("faults", 0)
    server.set_faults(rate=0.3, seed=42)
    first = _outcomes(server, 60)
    server.set_faults(rate=0.3, seed=42)
    second = _outcomes(server, 60)
    server.set_faults(rate=0)
    assert first == second
    assert 5 < sum(1 for o in first if o != "200") < 40
    assert server.stats["faults"] - before >= 2 * sum(1 for o in first if o != "200")  # latency faults answer 200
    assert any(k.startswith("fault:") for k in server.stats)
    with pytest.raises(ValueError, match="unknown"):
        server.set_faults(rate=0.1, kinds=("teapot",))


def test_rate_limits(server: LocalPostHog) -> None:
    server.set_rate_limits(True, crud=[(3, 60.0)])
    codes = [_get(server, f"/api/projects/{server.project_id}/insights/?limit=1").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    r = _get(server, f"/api/projects/{server.project_id}/insights/?limit=1")
    assert r.json() == {"type": "throttled_error", "code": "throttled", "detail": r.json()["detail"], "attr": None}
    assert r.json()["detail"].startswith("Request was throttled. Expected available in ")
    assert 1 <= int(r.headers["retry-after"]) <= 60
    assert _get(server, f"/api/projects/{server.other_project_id}/insights/?limit=1").status_code == 200  # per project
    assert _get(server, f"/api/projects/{server.project_id}/persons/?limit=1").status_code == 200  # other category
    server.set_rate_limits(False)
    assert _get(server, f"/api/projects/{server.project_id}/insights/?limit=1").status_code == 200


def test_default_analytics_limit_is_240_per_minute(server: LocalPostHog) -> None:
    server.set_rate_limits(True)
    with httpx.Client(headers={"Authorization": f"Bearer {server.api_key}"}) as c:
        codes = [
            c.get(f"{server.url}/api/projects/{server.project_id}/persons/?limit=1").status_code for _ in range(241)
        ]
    server.set_rate_limits(False)
    assert codes[:240] == [200] * 240
    assert codes[240] == 429
    assert server.stats["throttled"] >= 1
