"""Stand-in fixes found by the reliability work: cancelled calculations, pending failures, client disconnects."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from posthog_rest.testing import local_posthog


@pytest.fixture
def srv() -> Iterator[Any]:
    with local_posthog(persons=20, seed=5) as server:
        server.set_calculation_time(0.5)
        yield server


def _get(srv: Any, path: str, **params: str) -> httpx.Response:
    auth = {"Authorization": f"Bearer {srv.api_key}"}
    return httpx.get(f"{srv.url}/api/projects/{srv.project_id}{path}", headers=auth, params=params)


def _insight(srv: Any) -> int:
    return next(i for i, rec in srv.state.current_project.insights.items() if not rec.deleted)


def test_force_async_after_cancel_starts_a_new_calculation(srv: Any) -> None:
    iid = _insight(srv)
    first = _get(srv, f"/insights/{iid}/", refresh="force_async").json()["query_status"]["id"]
    auth = {"Authorization": f"Bearer {srv.api_key}"}
    cancelled = httpx.delete(f"{srv.url}/api/projects/{srv.project_id}/query/{first}/", headers=auth)
    assert cancelled.status_code == 200
    again = _get(srv, f"/insights/{iid}/", refresh="force_async").json()["query_status"]
    assert again["id"] != first
    assert again["complete"] is False
    assert again["error_message"] is None
    # the cancelled one stays cancelled, even if the record still pointed at it
    srv.state.current_project.insights[iid].pending_query = first
    third = _get(srv, f"/insights/{iid}/", refresh="force_async").json()["query_status"]
    assert third["id"] != first


def test_force_async_while_running_honours_a_pending_failure(srv: Any) -> None:
    iid = _insight(srv)
    running = _get(srv, f"/insights/{iid}/", refresh="force_async").json()["query_status"]["id"]
    srv.fail_next_calculation(iid, "boom")
    failing = _get(srv, f"/insights/{iid}/", refresh="force_async").json()["query_status"]["id"]
    assert failing != running
    time.sleep(0.6)
    status = _get(srv, f"/query/{failing}/")
    assert status.status_code == 400
    assert status.json()["query_status"]["error_message"] == "boom"
    assert srv.state.fail_next == {}


def test_client_disconnect_mid_body_logs_no_traceback(srv: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    request = (
        f"PATCH /api/projects/{srv.project_id}/insights/{_insight(srv)}/ HTTP/1.1\r\nHost: x\r\n"
        f"Authorization: Bearer {srv.api_key}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"
        '{"name": "hal'
    ).encode()
    with socket.create_connection(("127.0.0.1", srv.port)) as sock:
        sock.sendall(request)
        time.sleep(0.1)
    deadline = time.monotonic() + 2
    while srv.stats.get("client_disconnects", 0) == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert srv.stats.get("client_disconnects", 0) == 1
    assert srv.violations == []
    assert not [r for r in caplog.records if "Traceback" in r.getMessage() or r.exc_info]
    assert _get(srv, "/insights/", limit="1").status_code == 200  # still serving
