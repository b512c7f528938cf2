"""Reliability under faults: a small soak (scripts/soak, 400 mixed operations) and the write-retry rules.

The soak checks, against the stand-in's own state, that no write is applied twice, none that returned
success is missing, and nothing but a typed ``PostHogError`` escapes. The focused tests pin down the
transport's distinction between "never reached the server" (retried, ``may_have_been_applied=False``)
and "sent, but the answer was lost" (a write is not retried; ``may_have_been_applied=True``).
"""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pytest

from client_fixtures import aw, close, make_client
from posthog_rest import APIConnectionError, RateLimitError, ServerError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def soak() -> dict[str, Any]:
    return runpy.run_path(str(ROOT / "scripts" / "soak"))


def test_small_soak_sync_and_async_with_faults(soak: dict[str, Any]) -> None:
    fig = soak["run"](400, 12, 5, 0.1, 0.01, True)
    table = soak["table"](fig)
    assert fig["operations"] == 400, table
    assert fig["faults_total"] > 10, table
    assert fig["retries"] > 0, table
    assert fig["untyped"] == [], table
    assert fig["duplicates"] == [], table
    assert fig["lost"] == [], table
    assert fig["false_not_applied"] == [], table
    assert fig["server_violations"] == [], table
    assert not soak["failed"](fig)
    assert "duplicates (must be 0)" in table


def test_soak_command_line_exit_code(soak: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    assert soak["main"](["--ops", "40", "--concurrency", "4", "--seed", "2", "--quiet", "--initial-delay", "0.01"]) == 0
    out = capsys.readouterr().out
    assert "lost writes (must be 0)" in out
    assert "fault: " in out


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_write_reset_after_send_is_not_retried_and_may_have_been_applied(
    kind: str, local_posthog_server: Any
) -> None:
    server = local_posthog_server
    client = make_client(kind, server)
    try:
        pid = next(iter(server.state.current_project.persons.iter_ids()))
        server.set_faults(rate=1.0, kinds=("reset",), seed=1)
        before = server.stats.get("faults", 0)
        with pytest.raises(APIConnectionError) as info:
            await aw(client.persons.update_property(pid, "soak_reset", "x"))
        assert server.stats.get("faults", 0) - before == 1  # sent once: no blind retry
        assert info.value.retries == 0
        assert info.value.may_have_been_applied is True
        assert "may have been applied" in str(info.value)
        # a read in the same situation is retried, and the flag does not apply to it
        before = server.stats.get("faults", 0)
        with pytest.raises(APIConnectionError) as read:
            await aw(client.persons.get(pid))
        assert server.stats.get("faults", 0) - before == 3
        assert read.value.may_have_been_applied is None
    finally:
        server.set_faults(rate=0)
        await close(client)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_truncated_answer_to_a_write_is_applied_once(kind: str, local_posthog_server: Any) -> None:
    server = local_posthog_server
    client = make_client(kind, server)
    name = f"truncated-write-{kind}"
    try:
        server.set_faults(rate=1.0, kinds=("truncate",), seed=1)
        with pytest.raises(APIConnectionError) as info:
            await aw(client.insights.create(name=name))
        assert info.value.may_have_been_applied is True
        server.set_faults(rate=0)
        same = [i for i in server.state.current_project.insights.values() if i.name == name]
        assert len(same) == 1
    finally:
        server.set_faults(rate=0)
        await close(client)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_write_500_and_429_flags(kind: str, local_posthog_server: Any) -> None:
    server = local_posthog_server
    client = make_client(kind, server)
    try:
        server.set_faults(rate=1.0, kinds=("500",), seed=1)
        with pytest.raises(ServerError) as err500:
            await aw(client.insights.update(next(iter(server.state.current_project.insights)), description="x"))
        assert (err500.value.retries, err500.value.may_have_been_applied) == (0, True)
        server.set_faults(rate=1.0, kinds=("429",), seed=1)
        with pytest.raises(RateLimitError) as err429:
            await aw(client.insights.create(name="throttled"))
        assert err429.value.retries == 2  # 429: refused before doing anything, so retried even for a write
        assert err429.value.may_have_been_applied is False
        assert "(not applied)" in str(err429.value)
    finally:
        server.set_faults(rate=0)
        await close(client)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_connection_refused_write_was_not_applied(kind: str) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    from posthog_rest import AsyncPostHog, PostHog

    cls = PostHog if kind == "sync" else AsyncPostHog
    client = cls(api_key="phx_test", host=f"http://127.0.0.1:{port}", project=1)
    from client_fixtures import fast_retries

    fast_retries(client)
    try:
        with pytest.raises(APIConnectionError) as info:
            await aw(client.insights.create(name="x"))
        assert info.value.retries == 2
        assert info.value.may_have_been_applied is False
    finally:
        await close(client)
