"""What new users tripped on (plain event names, listed choices, CLI flags and help, piping), end to end
against the stand-in through the SDK and the ``posthog-rest`` command."""

from __future__ import annotations

import csv
import io
import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from typer.testing import CliRunner

from posthog_openapi.types import UNSET
from posthog_rest import APITimeoutError, InvalidRequestError, NotFoundError, PostHog, ResponseValidationError
from posthog_rest.cli import app
from posthog_rest.export import export_persons, trend_series
from posthog_rest.testing import LocalPostHog, local_posthog
from scripted_server import ScriptedServer

SCRIPT = Path(sys.executable).with_name("posthog-rest")
COMMANDS = [
    [],
    ["insights"],
    ["persons"],
    ["query"],
    *[["insights", c] for c in ("list", "get", "refresh", "trend", "delete")],
    *[["persons", c] for c in ("list", "get", "set", "unset", "split", "delete")],
    ["query", "status"],
    ["serve"],
]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    # Legacy mode: ph.insights.trend() still calls insights/trend/ (404 on today's PostHog Cloud).
    with local_posthog(seed=7, persons=300, legacy_insight_endpoints=True) as srv:
        yield srv


@pytest.fixture(scope="module")
def ph(server: LocalPostHog) -> Iterator[PostHog]:
    with PostHog(api_key=server.api_key, host=server.url, project=server.project_id) as client:
        yield client


def env(server: LocalPostHog) -> dict[str, str]:
    return {
        "POSTHOG_HOST": server.url,
        "POSTHOG_PERSONAL_API_KEY": server.api_key,
        "POSTHOG_PROJECT_ID": str(server.project_id),
        "COLUMNS": "160",
    }


def cli(server: LocalPostHog, *args: str) -> Any:
    result = CliRunner().invoke(app, list(args), env=env(server), catch_exceptions=False)
    assert server.api_key not in result.stdout + result.stderr
    return result


def csv_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# ------------------------------------------------------------------------------------- SDK arguments


def test_trend_accepts_plain_event_names(ph: PostHog) -> None:
    named = ph.insights.trend(events=["$pageview", "signed_up"], date_from="-7d")
    spelled = ph.insights.trend(events=[{"id": "$pageview"}, {"id": "signed_up"}], date_from="-7d")
    assert [s.label for s in trend_series(named)] == ["$pageview", "signed_up"]
    assert [s.data for s in trend_series(named)] == [s.data for s in trend_series(spelled)]


@pytest.mark.parametrize(
    ("params", "listed"),
    [
        ({"display": "Bars"}, ["ActionsBar", "ActionsLineGraph", "BoldNumber", "WorldMap"]),
        ({"interval": "minutely"}, ["hour", "day", "week", "month"]),
        ({"breakdown": "$browser", "breakdown_type": "people"}, ["event", "person", "cohort"]),
        ({"events": [{"id": "$pageview", "math": "uniques"}]}, ["dau", "weekly_active", "total"]),
    ],
)
def test_a_bad_choice_lists_the_valid_values(ph: PostHog, server: LocalPostHog, params: Any, listed: list[str]) -> None:
    sent = server.stats.get("requests", 0)
    with pytest.raises(InvalidRequestError) as caught:
        ph.insights.trend(**{"events": ["$pageview"], **params})
    assert all(value in str(caught.value) for value in listed)
    assert server.stats.get("requests", 0) == sent  # refused before sending


def test_events_must_be_a_list(ph: PostHog) -> None:
    with pytest.raises(InvalidRequestError, match="list of event names"):
        ph.insights.trend(events="$pageview")
    with pytest.raises(InvalidRequestError, match="is not an event"):
        ph.insights.trend(events=[42.5])


# ---------------------------------------------------------------------------------------------- CLI


def test_insights_trend_interval_math_breakdown_type_and_compare(server: LocalPostHog) -> None:
    hourly = cli(server, "insights", "trend", "-e", "$pageview", "--date-from", "-1d", "--interval", "hour", "--csv")
    assert hourly.exit_code == 0, hourly.stderr
    rows = csv_of(hourly.stdout)
    assert len(rows) >= 24
    assert len({r["date"] for r in rows}) == len(rows)
    assert all(len(r["date"]) == 19 for r in rows)
    total = cli(server, "insights", "trend", "-e", "$pageview", "--csv")
    dau = cli(server, "insights", "trend", "-e", "$pageview", "--math", "dau", "--csv")
    assert sum(float(r["$pageview"]) for r in csv_of(dau.stdout)) < sum(
        float(r["$pageview"]) for r in csv_of(total.stdout)
    )
    broken = cli(
        server, "insights", "trend", "-e", "$pageview", "--breakdown", "plan", "--breakdown-type", "person", "--json"
    )
    assert broken.exit_code == 0, broken.stderr
    values = {series.get("breakdown_value") for series in json.loads(broken.stdout)["result"]}
    assert "pro" in values
    compared = cli(server, "insights", "trend", "-e", "$pageview", "--compare", "--csv")
    assert list(csv_of(compared.stdout)[0]) == ["date", "$pageview", "$pageview (previous)"]
    bad = cli(server, "insights", "trend", "-e", "$pageview", "--interval", "fortnight")
    assert bad.exit_code == 2
    assert "day, hour, minute, month, second, week" in bad.stderr


def test_insights_refresh_and_delete_take_a_short_id(server: LocalPostHog, ph: PostHog) -> None:
    insight = next(i for i in ph.insights.list() if i.name == "Daily pageviews")
    done = cli(server, "insights", "refresh", insight.short_id, "--json")
    assert done.exit_code == 0, done.stderr
    assert '"short_id": "' + insight.short_id in done.stdout
    victim = ph.insights.create(
        name="short-lived",
        query={
            "kind": "InsightVizNode",
            "source": {"kind": "TrendsQuery", "series": [{"kind": "EventsNode", "event": "$pageview"}]},
        },
    )
    gone = cli(server, "insights", "delete", victim.short_id, "--yes", "--json")
    assert gone.exit_code == 0, gone.stderr
    with pytest.raises(NotFoundError):  # PostHog hides soft-deleted insights
        ph.insights.get(victim.id)


HELP_SCRIPT = """
import json, sys
from typer.testing import CliRunner
from posthog_rest.cli import app
for command in json.loads(sys.argv[1]):
    print(CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "200"}).stdout)
"""


@pytest.mark.parametrize("rich", ["1", "0"])
def test_help_names_commands_as_they_are_and_shows_no_bool_metavar(rich: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", HELP_SCRIPT, json.dumps(COMMANDS)],
        capture_output=True,
        text=True,
        env={**os.environ, "TYPER_USE_RICH": rich},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("Usage:") == len(COMMANDS)
    for wrong in ("<bool>", "BOOLEAN", "show (", ", show,"):
        assert wrong not in done.stdout


def test_plot_is_written_even_when_the_reader_stops_early(server: LocalPostHog, ph: PostHog, tmp_path: Path) -> None:
    insight = next(i for i in ph.insights.list() if i.name == "Daily pageviews")
    png = tmp_path / "p.png"
    script = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "posthog_rest.cli"]
    args = [*script, "insights", "get", str(insight.id), "--refresh", "blocking", "--plot", str(png), "--csv"]
    with subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **env(server)}
    ) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # like `| head -1`
        proc.wait(timeout=60)
    assert first.startswith(b"date,")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_where_accepts_double_equals(server: LocalPostHog, ph: PostHog) -> None:
    single = cli(server, "persons", "list", "--where", "plan=pro", "--all", "--json")
    double = cli(server, "persons", "list", "--where", "plan==pro", "--all", "--json")
    assert double.exit_code == 0, double.stderr
    people = json.loads(double.stdout)
    assert people
    assert people == json.loads(single.stdout)
    assert {p["properties"]["plan"] for p in people} == {"pro"}


def test_columns_warns_only_when_fields_were_really_left_out(server: LocalPostHog) -> None:
    chosen = cli(server, "persons", "list", "-n", "5", "--csv", "--columns", "email,plan")
    assert chosen.exit_code == 0, chosen.stderr
    assert list(csv_of(chosen.stdout)[0])[-2:] == ["properties.email", "properties.plan"]
    assert "warning" not in chosen.stderr
    one_page = cli(server, "persons", "list", "-n", "5", "--csv")
    assert "warning" not in one_page.stderr


# ------------------------------------------------------------------------------------------- export


def test_export_persons_takes_the_format_from_the_suffix(ph: PostHog, tmp_path: Path) -> None:
    path = tmp_path / "everyone.jsonl"
    result = export_persons(ph, path, limit=20)
    lines = path.read_text().splitlines()
    assert result.rows == len(lines) == 20
    assert all(json.loads(line)["distinct_ids"] for line in lines)
    csv_path = tmp_path / "everyone.csv"
    export_persons(ph, csv_path, limit=3)
    assert csv_path.read_text().startswith("id,uuid,name")


@pytest.mark.parametrize(
    ("name", "fmt", "message"),
    [("people.jsonl", "csv", "contradicts"), ("people.csv", "jsonl", "contradicts"), ("people.json", None, ".jsonl")],
)
def test_export_persons_refuses_a_contradiction_before_sending(
    ph: PostHog, server: LocalPostHog, tmp_path: Path, name: str, fmt: Any, message: str
) -> None:
    sent = server.stats.get("requests", 0)
    with pytest.raises(InvalidRequestError, match=message):
        export_persons(ph, tmp_path / name, format=fmt)
    assert server.stats.get("requests", 0) == sent
    assert not (tmp_path / name).exists()


# ------------------------------------------------------------------------------------------- timeouts

TIMED = [
    ("me", ()),
    ("projects", ()),
    ("current_project", ()),
    ("project_id", ()),
    ("query_status", ("abc123",)),
    ("cancel_query", ("abc123",)),
]


@pytest.mark.parametrize(("method", "args"), TIMED, ids=[m for m, _ in TIMED])
def test_account_and_query_methods_take_a_timeout(server: LocalPostHog, method: str, args: tuple[str, ...]) -> None:
    # A project *name* makes project_id() ask the server too.
    with PostHog(api_key=server.api_key, host=server.url, project="Hogflix web", max_retries=0) as client:
        with pytest.raises(InvalidRequestError, match="timeout"):
            getattr(client, method)(*args, timeout=-1)
        server.set_latency(400)
        try:
            with pytest.raises(APITimeoutError):
                getattr(client, method)(*args, timeout=0.1)
        finally:
            server.set_latency(0)


def test_the_stand_in_project_id_doc_example_holds(server: LocalPostHog) -> None:
    with PostHog(api_key=server.api_key, host=server.url) as client:
        assert client.me().team.id == server.project_id


# ------------------------------------------------------------------------------------------- messages


def person_json(server: LocalPostHog, **changes: Any) -> bytes:
    with PostHog(api_key=server.api_key, host=server.url, project=server.project_id) as client:
        person = client.with_raw_response.persons.get(server.state.current_project.persons.id_base).json()
    return json.dumps({**person, **changes}).encode()


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"uuid": "not-a-uuid"}, "Person.uuid: "),
        ({"created_at": "soon"}, "Person.created_at: "),
    ],
)
def test_a_bad_field_is_named_and_the_url_shown_once(server: LocalPostHog, changes: Any, expected: str) -> None:
    body = person_json(server, **changes)
    with ScriptedServer() as scripted:
        scripted.route("GET", "/api/projects/%40current/persons/1000/", 200, body)
        with PostHog(api_key="phx_" + "a" * 40, host=scripted.url, allow_insecure_http=True, max_retries=0) as client:
            with pytest.raises(ResponseValidationError) as caught:
                client.persons.get(1000)
    text = str(caught.value)
    assert expected in text
    assert "not the expected JSON" not in text
    assert text.count(scripted.url) == 1
    assert "/projects/@current/persons/1000/" in text


def test_a_missing_field_is_named(server: LocalPostHog) -> None:
    record = json.loads(person_json(server))
    del record["id"]
    with ScriptedServer() as scripted:
        scripted.route("GET", "/api/projects/%40current/persons/1000/", 200, json.dumps(record).encode())
        with PostHog(api_key="phx_" + "a" * 40, host=scripted.url, allow_insecure_http=True, max_retries=0) as client:
            with pytest.raises(ResponseValidationError, match="the field 'id' of Person is missing"):
                client.persons.get(1000)


def test_urls_in_errors_show_at_current(server: LocalPostHog) -> None:
    with PostHog(api_key=server.api_key, host=server.url) as client, pytest.raises(NotFoundError) as caught:
        client.insights.get(999_999_999)
    assert "/api/projects/@current/insights/999999999/" in str(caught.value)
    assert "%40" not in str(caught.value)
    run = cli(server, "--project", "@current", "insights", "get", "999999999")
    assert "@current" in run.stderr
    assert "%40" not in run.stderr


# ------------------------------------------------------------------------------------------ no Unset


def test_absent_fields_read_as_none_never_unset(server: LocalPostHog) -> None:
    record = json.loads(person_json(server))
    del record["last_seen_at"]  # an older server
    with ScriptedServer() as scripted:
        scripted.route("GET", "/api/projects/%40current/persons/1000/", 200, json.dumps(record).encode())
        with PostHog(api_key="phx_" + "a" * 40, host=scripted.url, allow_insecure_http=True) as client:
            person = client.persons.get(1000)
    assert person.last_seen_at is None
    assert "Unset" not in repr(person)
    assert "last_seen_at" not in person.to_dict()
    assert person.to_dict()["id"] == 1000
    assert pickle.loads(pickle.dumps(person)).to_dict() == person.to_dict()


def test_nested_models_and_lists_read_as_none_too(server: LocalPostHog) -> None:
    with PostHog(api_key=server.api_key, host=server.url) as client:
        me = client.me()
        insights = list(client.insights.list(limit=5))
    assert "Unset" not in repr(me)
    assert "Unset" not in repr(me.team)
    assert all("Unset" not in repr(org) for org in me.organizations)
    assert all("Unset" not in repr(i) for i in insights)
    unset = [(type(i).__name__, f) for i in insights for f in attrs.fields_dict(type(i)) if getattr(i, f) is UNSET]
    assert not unset


def test_the_shared_event_helpers_agree() -> None:
    from posthog_rest._events import events_nodes, normalize_events

    given = ["$pageview", {"event": "signed_up", "math": "dau"}, {"id": "purchase", "custom_name": "Buys"}]
    assert [e["id"] for e in normalize_events(given)] == ["$pageview", "signed_up", "purchase"]
    assert events_nodes(given) == [
        {"kind": "EventsNode", "event": "$pageview"},
        {"kind": "EventsNode", "event": "signed_up", "math": "dau"},
        {"kind": "EventsNode", "event": "purchase", "custom_name": "Buys"},
    ]
    with pytest.raises(InvalidRequestError):
        events_nodes([None])


def test_reset_restores_the_seed_and_the_query_api_still_answers() -> None:
    with local_posthog(seed=3, persons=60) as srv, PostHog(api_key=srv.api_key, host=srv.url) as client:
        first = srv.state.current_project.persons.id_base
        sql = {"query": {"kind": "HogQLQuery", "query": "SELECT count() FROM persons"}}
        url, auth = f"{srv.url}/api/projects/@current/query/", {"Authorization": f"Bearer {srv.api_key}"}
        before = httpx.post(url, json=sql, headers=auth, timeout=60).json()["results"]
        client.persons.delete(first)
        srv.reset()
        assert client.persons.get(first).id == first
        after = httpx.post(url, json=sql, headers=auth, timeout=60).json()["results"]
        assert after == before == [[60]]
