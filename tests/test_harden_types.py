"""Answers that break the spec's types are ``ResponseValidationError`` naming the field; nested objects are
models; PostHog's own shapes of ``query_status`` / ``last_refresh`` work, sync, async and through the CLI.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from client_fixtures import aw, close
from posthog_rest import AsyncPostHog, PostHog, ResponseValidationError
from posthog_rest.testing import local_posthog
from scripted_server import Answer, ScriptedServer, Seen

KEY = "phx_hardentypeskey0123456789"
INSIGHT = "/api/projects/1/insights/7/"
ME = "/api/users/@me/"
STATUS = "/api/projects/1/query/q1/"


@pytest.fixture(scope="module")
def samples() -> Iterator[dict[str, Any]]:
    with local_posthog(persons=3, seed=9) as server:
        ph = PostHog(api_key=server.api_key, host=server.url, project=server.project_id)
        insight = ph.with_raw_response.insights.get(next(iter(server.state.current_project.insights))).json()
        me = ph.with_raw_response.me().json()
        ph.close()
        yield {"insight": {**insight, "id": 7}, "me": me}


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def srv() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


def client(kind: str, srv: ScriptedServer) -> PostHog | AsyncPostHog:
    return (PostHog if kind == "sync" else AsyncPostHog)(api_key=KEY, host=srv.url, project=1, max_retries=0)


def posthog_status(complete: bool | None) -> dict[str, Any]:
    """A query status as PostHog's schema (posthog/schema.py ``QueryStatus``) types and sends it."""
    return {
        "id": "q1",
        "team_id": 1,
        "complete": complete,
        "error": None,
        "error_message": None,
        "query_async": True,
        "results": None,
        "start_time": "2026-12-01T10:00:00.123456Z",
        "end_time": None,
        "expiration_time": None,
        "task_id": None,
        "query_progress": None,
    }


@pytest.mark.parametrize(
    ("field", "value", "names"),
    [("id", "abc", "Insight.id: expected an integer"), ("tags", "x", "Insight.tags: expected"), ("name", 5, "name")],
)
async def test_wrong_types_in_an_answer_are_validation_errors(
    kind: str, srv: ScriptedServer, samples: dict[str, Any], field: str, value: Any, names: str
) -> None:
    srv.route("GET", INSIGHT, 200, json.dumps({**samples["insight"], field: value}))
    ph = client(kind, srv)
    try:
        with pytest.raises(ResponseValidationError, match=names):
            await aw(ph.insights.get(7))
    finally:
        await close(ph)


async def test_nested_objects_are_models_or_errors(kind: str, srv: ScriptedServer, samples: dict[str, Any]) -> None:
    me = samples["me"]
    broken = {**me, "organization": {k: v for k, v in me["organization"].items() if k != "name"}}
    answers = iter([me, broken])
    srv.script("GET", ME, lambda _: Answer(200, json.dumps(next(answers)).encode()))
    ph = client(kind, srv)
    try:
        user = await aw(ph.me())
        assert type(user.organization).__name__ == "Organization"
        assert all(type(o).__name__ == "OrganizationBasic" for o in user.organizations)
        with pytest.raises(ResponseValidationError, match=r"User\.organization: expected a Organization.*'name'"):
            await aw(ph.me())
    finally:
        await close(ph)


async def test_query_status_never_returns_complete_none(kind: str, srv: ScriptedServer) -> None:
    answers = iter([None, "yes"])
    srv.script(
        "GET", STATUS, lambda _: Answer(202, json.dumps({"query_status": posthog_status(next(answers))}).encode())
    )
    ph = client(kind, srv)
    try:
        status = await aw(ph.query_status("q1"))
        assert status.complete is False
        assert status.error is False
        with pytest.raises(ResponseValidationError, match="complete"):
            await aw(ph.query_status("q1"))
    finally:
        await close(ph)


async def test_max_age_and_refresh_wait_work_with_posthogs_shapes(
    kind: str, srv: ScriptedServer, samples: dict[str, Any]
) -> None:
    fresh = (datetime.now(UTC) - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")  # DRF's DateTimeField
    polls = iter([None, True])

    def insight(seen: Seen) -> Answer:
        mode = parse_qs(urlsplit(seen.path).query).get("refresh", [""])[0]
        status = posthog_status(None) if mode == "force_async" else None
        body = {**samples["insight"], "last_refresh": fresh, "query_status": status}
        return Answer(200, json.dumps(body).encode())

    srv.script("GET", INSIGHT, insight)
    srv.script("GET", STATUS, lambda _: Answer(200, json.dumps({"query_status": posthog_status(next(polls))}).encode()))
    ph = client(kind, srv)
    try:
        cached = await aw(ph.insights.get(7, max_age=timedelta(hours=1)))
        assert cached.last_refresh.tzinfo is not None
        refreshed = await aw(ph.insights.refresh(7, wait=True, timeout=10, poll_interval=0.01))
        assert refreshed.id == 7
    finally:
        await close(ph)
    modes = [parse_qs(urlsplit(r.path).query).get("refresh", [""])[0] for r in srv.requests if "insights" in r.path]
    assert modes == ["force_cache", "force_async", "force_cache"]
    assert sum("query" in r.path for r in srv.requests) == 2  # polled until complete, null counted as not yet


def test_cli_names_the_broken_field(srv: ScriptedServer, samples: dict[str, Any]) -> None:
    srv.route("GET", INSIGHT, 200, json.dumps({**samples["insight"], "id": "abc"}))
    env = {**os.environ, "POSTHOG_PERSONAL_API_KEY": KEY, "POSTHOG_HOST": srv.url, "POSTHOG_PROJECT_ID": "1"}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from posthog_rest.cli import main; sys.exit(main())",
            "insights",
            "get",
            "7",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Insight.id: expected an integer" in done.stderr
