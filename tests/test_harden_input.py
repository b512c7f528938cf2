"""Careless input is refused before anything is sent: non-JSON values, ids that no server has, misspelt
keywords (with the closest valid one named, as a ``TypeError`` too), sync, async and through the CLI.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from client_fixtures import aw, close
from posthog_rest import (
    AsyncPostHog,
    ConfigurationError,
    InvalidRequestError,
    PostHog,
    UnexpectedArgumentError,
    where,
)
from scripted_server import ScriptedServer

KEY = "phx_hardeninputkey0123456789"
NAN, INF = float("nan"), float("inf")
CLI = "import sys; from posthog_rest.cli import main; sys.exit(main())"

CASES: dict[str, tuple[Callable[[Any], Any], str]] = {
    "NaN in a body": (lambda ph: ph.insights.create(name="x", query={"n": NAN}), r"query\.n: nan"),
    "a number for a string": (
        lambda ph: ph.insights.create(name="x", description=NAN),
        r"InsightRequest\.description: expected a string or null, got float",
    ),
    "-Infinity deep in a body": (lambda ph: ph.insights.create(name="x", query={"a": [1, -INF]}), r"query\.a\[1\]"),
    "object() in a body": (lambda ph: ph.insights.create(name="x", query={"a": object()}), "a object is not"),
    "bytes in a body": (lambda ph: ph.insights.create(name=b"x"), r"InsightRequest\.name: expected a string or null"),
    "non-str key": (lambda ph: ph.insights.create(name="x", query={1: "a"}), "keys are strings"),
    "lone surrogate": (lambda ph: ph.insights.create(name="\ud800"), "surrogate"),
    "NaN in a filter": (lambda ph: ph.persons.list(where("n") == NAN), "properties.*nan"),
    "Infinity in a trend": (lambda ph: ph.insights.trend(events=[{"id": "e", "math_property_x": INF}]), "inf"),
    "NaN property value": (lambda ph: ph.persons.update_property(1, "plan", NAN), "value"),
    "huge id": (lambda ph: ph.insights.get(10**5000), "got an integer of about"),
    "id past 64 bits": (lambda ph: ph.insights.get(2**63), "integers of at most 64 bits"),
    "Unicode digits": (lambda ph: ph.insights.get("١٢"), "'١٢'"),
    "fullwidth digits": (lambda ph: ph.persons.get("\uff11\uff12"), "non-negative integer or a UUID"),
}

TYPOS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "trend(date_form=)": (
        lambda ph: ph.insights.trend(events=[{"id": "$pageview"}], date_form="-30d"),
        "did you mean 'date_from'",
    ),
    "update(titel=)": (lambda ph: ph.insights.update(7, titel="y"), "'titel'"),
    "create(nmae=)": (lambda ph: ph.insights.create(nmae="x"), "did you mean 'name'"),
    "create(descripton=)": (lambda ph: ph.insights.create(name="x", descripton="d"), "'description'"),
    "persons.update(propertys=)": (lambda ph: ph.persons.update(1, propertys={}), "did you mean 'properties'"),
    "insights.get(refesh=)": (lambda ph: ph.insights.get(1, refesh="blocking"), "did you mean 'refresh'"),
    "persons.list(emial=)": (lambda ph: ph.persons.list(emial="a@b.c"), r"persons\.list\(\).*'email'"),
    "update_property(timout=)": (lambda ph: ph.persons.update_property(1, "k", "v", timout=3), "'timeout'"),
}


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def srv() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


async def run(kind: str, srv: ScriptedServer, call: Callable[[Any], Any]) -> Any:
    ph = (PostHog if kind == "sync" else AsyncPostHog)(api_key=KEY, host=srv.url, project=1, max_retries=0)
    try:
        result = call(ph)
        if hasattr(result, "__aiter__") or hasattr(result, "__iter__"):
            return [item async for item in result] if hasattr(result, "__aiter__") else list(result)
        return await aw(result)
    finally:
        await close(ph)


@pytest.mark.parametrize("case", list(CASES))
async def test_non_json_values_and_impossible_ids_are_refused_before_sending(
    kind: str, srv: ScriptedServer, case: str
) -> None:
    call, fragment = CASES[case]
    with pytest.raises(InvalidRequestError, match=fragment):
        await run(kind, srv, call)
    assert srv.requests == []


@pytest.mark.parametrize("case", list(TYPOS))
async def test_misspelt_keywords_name_the_closest_valid_one(kind: str, srv: ScriptedServer, case: str) -> None:
    call, fragment = TYPOS[case]
    with pytest.raises(UnexpectedArgumentError, match=fragment) as caught:
        await run(kind, srv, call)
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, InvalidRequestError)
    assert srv.requests == []


@pytest.mark.parametrize("cls", [PostHog, AsyncPostHog])
@pytest.mark.parametrize("value", [True, -1, 1.5, "2"])
def test_max_retries_must_be_a_plain_int(cls: type[Any], value: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        cls(api_key="phx_x", max_retries=value)


@pytest.mark.parametrize("cls", [PostHog, AsyncPostHog])
@pytest.mark.parametrize(
    ("option", "value"), [("max_response_bytes", 0), ("max_response_bytes", True), ("deadline", -1.0)]
)
def test_limits_must_be_sane(cls: type[Any], option: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=option):
        cls(api_key="phx_x", **{option: value})


def test_cli_refuses_infinity_in_a_filter(srv: ScriptedServer) -> None:
    env = {**os.environ, "POSTHOG_PERSONAL_API_KEY": KEY, "POSTHOG_HOST": srv.url, "POSTHOG_PROJECT_ID": "1"}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from posthog_rest.cli import main; sys.exit(main())",
            "persons",
            "list",
            "--where",
            "logins>inf",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "inf" in done.stderr
    assert srv.requests == []


def test_cli_refuses_unicode_digits_as_an_insight_id(srv: ScriptedServer) -> None:
    env = {**os.environ, "POSTHOG_PERSONAL_API_KEY": KEY, "POSTHOG_HOST": srv.url, "POSTHOG_PROJECT_ID": "1"}
    done = subprocess.run(
        [sys.executable, "-c", CLI, "insights", "get", "\u0661\u0662"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr  # int("١٢") is 12, but it is not insight 12
    assert srv.requests == []
