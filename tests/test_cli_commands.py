"""The ``posthog-rest`` commands end to end against the stand-in (typer's CliRunner, real HTTP)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from posthog_rest import (
    APITimeoutError,
    MethodNotAllowedError,
    PostHog,
    QueryTimeoutError,
    QueryTooExpensiveError,
    RateLimitError,
    ServerError,
)
from posthog_rest.cli import app, main
from posthog_rest.cli.charts import TICKS
from posthog_rest.cli.errors import ExitCode, describe
from posthog_rest.export import PERSON_CORE_COLUMNS
from posthog_rest.testing import LocalPostHog, local_posthog


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    """One stand-in for this module (tests that write use persons/insights nobody else reads)."""
    with local_posthog(seed=7, persons=600) as srv:
        yield srv


@pytest.fixture
def srv(server: LocalPostHog) -> Iterator[LocalPostHog]:
    """The server, knobs reset after the test."""
    yield server
    server.set_calculation_time(0)
    server.set_rate_limits(False)
    server.set_legacy_insight_endpoints(False)
    server.set_person_write_delay(0.3)


@pytest.fixture
def legacy(srv: LocalPostHog) -> LocalPostHog:
    """The stand-in as an older self-hosted PostHog: `insights trend` calls insights/trend/ until it moves to
    POST query/, and PostHog Cloud answers that endpoint with 404."""
    srv.set_legacy_insight_endpoints(True)
    return srv


@pytest.fixture(scope="module")
def ph(server: LocalPostHog) -> Iterator[PostHog]:
    """An SDK client, to compute what the CLI should print."""
    with PostHog(api_key=server.api_key, host=server.url, project=server.project_id) as client:
        yield client


class Run:
    """A finished CLI run: exit code, stdout, stderr."""

    def __init__(self, code: int, stdout: str, stderr: str) -> None:
        self.code, self.stdout, self.stderr = code, stdout, stderr

    def json(self) -> Any:
        return json.loads(self.stdout)


def cli(server: LocalPostHog, *args: str, key: str | None = None, input: str | None = None) -> Run:
    """Run the CLI against ``server`` with the key in the environment; the key must never be printed."""
    secret = key or server.api_key
    env = {
        "POSTHOG_HOST": server.url,
        "POSTHOG_PERSONAL_API_KEY": secret,
        "POSTHOG_PROJECT_ID": str(server.project_id),
        "COLUMNS": "160",
    }
    result = CliRunner().invoke(app, list(args), env=env, input=input, catch_exceptions=False)
    run = Run(result.exit_code, result.stdout, result.stderr)
    assert secret not in run.stdout + run.stderr
    return run


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend stdout is a terminal (tables, charts)."""
    monkeypatch.setattr("posthog_rest.cli.output.stdout_is_terminal", lambda: True)


def trend_insight(ph: PostHog) -> Any:
    """A saved insight with a cached trend result."""
    return next(i for i in ph.insights.list() if i.name == "Daily pageviews")


# ------------------------------------------------------------------------------------------ help


def test_help_lists_commands_and_exit_codes() -> None:
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for word in ("whoami", "insights", "persons", "query", "serve", "demo", "Exit codes", "permission denied"):
        assert word in result.stdout
    for code in ExitCode:
        assert f"{int(code):>3}  " in result.stdout


def test_subcommand_help_shows_shared_options() -> None:
    result = CliRunner().invoke(app, ["persons", "list", "--help"], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    for option in ("--where", "--all", "--csv", "--json", "--output", "--demo", "--project", "Exit codes"):
        assert option in result.stdout


def test_main_returns_exit_codes() -> None:
    assert main(["--version"]) == 0
    assert main(["nope"]) == ExitCode.BAD_INPUT


# --------------------------------------------------------------------------------------- account


def test_whoami_json_when_piped(srv: LocalPostHog) -> None:
    run = cli(srv, "whoami")
    assert run.code == 0
    me = run.json()
    assert me["email"] == "max@hogflix.com"
    assert me["team"]["id"] == srv.project_id


def test_whoami_table_on_a_terminal(srv: LocalPostHog, terminal: None) -> None:
    run = cli(srv, "whoami")
    assert run.code == 0
    assert "current project" in run.stdout
    assert f"(id {srv.project_id})" in run.stdout


def test_projects(srv: LocalPostHog) -> None:
    run = cli(srv, "projects", "--json")
    assert run.code == 0
    assert {p["id"] for p in run.json()} == {srv.project_id, srv.other_project_id}


def test_project_by_name_and_options_before_the_command(srv: LocalPostHog) -> None:
    run = cli(srv, "--project", "Hogflix mobile", "insights", "list", "--json")
    assert run.code == 0, run.stderr
    run = cli(srv, "insights", "list", "--project", "No such project")
    assert run.code in (ExitCode.CONFIG, ExitCode.NOT_FOUND)
    assert run.stderr.startswith("error: ")


# -------------------------------------------------------------------------------------- insights


def test_insights_list_formats(srv: LocalPostHog, ph: PostHog) -> None:
    everything = cli(srv, "insights", "list", "--json").json()
    assert len(everything) == len(list(ph.insights.list()))
    assert len(cli(srv, "insights", "list", "-n", "3", "--json").json()) == 3
    lines = cli(srv, "insights", "list", "-n", "2", "--jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [i["id"] for i in everything[:2]]
    rows = list(csv.DictReader(io.StringIO(cli(srv, "insights", "list", "--csv").stdout)))
    assert rows[0]["short_id"] == everything[0]["short_id"]
    assert set(rows[0]) >= {"id", "short_id", "name", "kind", "last_refresh"}


def test_insights_list_table(srv: LocalPostHog, terminal: None, ph: PostHog) -> None:
    run = cli(srv, "insights", "list", "--short-id", trend_insight(ph).short_id)
    assert run.code == 0
    assert "Daily pageviews" in run.stdout
    assert "short_id" in run.stdout


def test_insights_get_by_short_id_and_id(srv: LocalPostHog, ph: PostHog) -> None:
    insight = trend_insight(ph)
    by_short = cli(srv, "insights", "get", insight.short_id).json()
    by_id = cli(srv, "insights", "get", str(insight.id)).json()
    assert by_short["id"] == by_id["id"] == insight.id
    assert by_short["result"][0]["days"]


def test_a_trend_as_csv_is_dates_by_series(legacy: LocalPostHog, ph: PostHog) -> None:
    srv = legacy
    insight = ph.insights.get(trend_insight(ph).id, refresh="blocking")
    series = insight.result[0]
    rows = list(csv.DictReader(io.StringIO(cli(srv, "insights", "get", str(insight.id), "--csv").stdout)))
    assert list(rows[0]) == ["date", series["label"]]
    assert [row["date"] for row in rows] == series["days"]
    assert [float(row[series["label"]]) for row in rows] == series["data"]
    trend = cli(srv, "insights", "trend", "-e", "$pageview", "-e", "signed_up", "--date-from", "-14d", "--csv")
    table = list(csv.DictReader(io.StringIO(trend.stdout)))
    assert list(table[0]) == ["date", "$pageview", "signed_up"]
    assert len(table) == 15


def test_insights_get_shows_a_chart_on_a_terminal(srv: LocalPostHog, terminal: None, ph: PostHog) -> None:
    run = cli(srv, "insights", "get", trend_insight(ph).short_id, "--refresh", "blocking")
    assert run.code == 0, run.stderr
    assert "$pageview" in run.stdout
    assert any(tick in run.stdout for tick in TICKS)


def test_insights_get_not_a_trend_and_no_result(srv: LocalPostHog, terminal: None, ph: PostHog) -> None:
    funnel = next(i for i in ph.insights.list() if i.name == "Signup funnel")
    shown = cli(srv, "insights", "get", str(funnel.id)).stdout
    assert "conversion" in shown
    assert "subscription_started" in shown
    uncached = next(i for i in ph.insights.list() if i.result is None)
    assert "--refresh blocking" in cli(srv, "insights", "get", str(uncached.id), "--refresh", "force_cache").stdout


def test_insights_get_unknown_refresh_mode_is_bad_input(srv: LocalPostHog, ph: PostHog) -> None:
    run = cli(srv, "insights", "get", str(trend_insight(ph).id), "--refresh", "sometimes")
    assert run.code == ExitCode.BAD_INPUT
    assert "blocking" in run.stderr


def test_insights_get_plot_png(srv: LocalPostHog, ph: PostHog, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the 'plot' extra (matplotlib) is not in the dev environment")
    out = tmp_path / "chart.png"
    run = cli(srv, "insights", "get", trend_insight(ph).short_id, "--plot", str(out))
    assert run.code == 0, run.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_insights_get_plot_without_matplotlib_names_the_extra(
    srv: LocalPostHog, ph: PostHog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in ("matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg"):
        monkeypatch.setitem(sys.modules, module, None)  # importing it raises ImportError, installed or not
    run = cli(srv, "insights", "get", trend_insight(ph).short_id, "--plot", str(tmp_path / "x.png"))
    assert run.code == ExitCode.CONFIG
    assert "posthog-rest[plot]" in run.stderr


def test_insights_refresh_waits_for_a_fresh_result(srv: LocalPostHog, ph: PostHog) -> None:
    srv.set_calculation_time(0.1)
    insight = next(i for i in ph.insights.list() if i.name == "Weekly active users")
    run = cli(srv, "insights", "refresh", str(insight.id), "--json")
    assert run.code == 0, run.stderr
    assert run.json()["result"] is not None


def test_query_status_and_cancel(srv: LocalPostHog, ph: PostHog) -> None:
    srv.set_calculation_time(5)
    insight = next(i for i in ph.insights.list() if i.name == "Signups by browser")
    started = cli(srv, "insights", "refresh", str(insight.id), "--no-wait", "--json").json()
    query_id = started["query_status"]["id"]
    status = cli(srv, "query", "status", query_id).json()
    assert status["id"] == query_id
    assert status["complete"] is False
    cancelled = cli(srv, "query", "cancel", query_id)
    assert cancelled.code == 0, cancelled.stderr
    assert cancelled.json()["id"] == query_id


def test_insights_trend(legacy: LocalPostHog, terminal: None) -> None:
    srv = legacy
    run = cli(srv, "insights", "trend", "-e", "$pageview", "-e", "signed_up", "--date-from", "-14d")
    assert run.code == 0, run.stderr
    assert "$pageview" in run.stdout
    assert "signed_up" in run.stdout
    assert any(tick in run.stdout for tick in TICKS)
    data = cli(srv, "insights", "trend", "-e", "$pageview", "--json").json()
    assert data["result"][0]["label"] == "$pageview"


def test_insights_delete_needs_confirmation(srv: LocalPostHog, ph: PostHog, monkeypatch: pytest.MonkeyPatch) -> None:
    victim = next(i for i in ph.insights.list() if i.name == "Pageviews by country")
    refused = cli(srv, "insights", "delete", str(victim.id))
    assert refused.code == ExitCode.NOT_CONFIRMED
    assert "--yes" in refused.stderr
    monkeypatch.setattr("posthog_rest.cli.args.is_interactive", lambda: True)
    declined = cli(srv, "insights", "delete", str(victim.id), input="n\n")
    assert declined.code == ExitCode.NOT_CONFIRMED
    assert ph.insights.get(victim.id).deleted is False
    accepted = cli(srv, "insights", "delete", str(victim.id), "--json", input="y\n")
    assert accepted.code == 0, accepted.stderr
    assert "Really delete insight" in accepted.stderr
    answer = accepted.stdout[accepted.stdout.index("{") :]  # CliRunner echoes the typed "y" to stdout
    assert json.loads(answer)["deleted"] is True


def test_insights_delete_with_yes(srv: LocalPostHog, ph: PostHog, terminal: None) -> None:
    victim = next(i for i in ph.insights.list() if i.name == "Feature flag calls")
    run = cli(srv, "insights", "delete", str(victim.id), "--yes")
    assert run.code == 0, run.stderr
    assert f"Deleted insight {victim.id}" in run.stdout


# --------------------------------------------------------------------------------------- persons


def test_persons_list_where_all_json(srv: LocalPostHog, ph: PostHog) -> None:
    expected = [p.id for p in ph.persons.list(properties=[("$initial_os", "Linux")])]
    run = cli(srv, "persons", "list", "--where", "$initial_os=Linux", "--all")
    assert run.code == 0, run.stderr
    people = run.json()
    assert [p["id"] for p in people] == expected
    assert all(p["properties"]["$initial_os"] == "Linux" for p in people)


def test_persons_list_operators(srv: LocalPostHog) -> None:
    people = cli(srv, "persons", "list", "-w", "logins>=10", "-w", "plan!=free", "-n", "20").json()
    assert people
    assert all(p["properties"]["logins"] >= 10 and p["properties"]["plan"] != "free" for p in people)
    raw = '[{"key": "plan", "value": ["pro"], "operator": "exact", "type": "person"}]'
    assert all(p["properties"]["plan"] == "pro" for p in cli(srv, "persons", "list", "--properties", raw).json())


def test_persons_list_default_limit_and_all(srv: LocalPostHog) -> None:
    assert len(cli(srv, "persons", "list").json()) == 100
    assert len(cli(srv, "persons", "list", "--all", "--jsonl").stdout.splitlines()) > 100
    both = cli(srv, "persons", "list", "--all", "--limit", "5")
    assert both.code == ExitCode.BAD_INPUT


def test_persons_export_csv_to_file(srv: LocalPostHog, ph: PostHog, tmp_path: Path) -> None:
    out = tmp_path / "people.csv"
    run = cli(srv, "persons", "list", "--all", "--csv", "-o", str(out))
    assert run.code == 0, run.stderr
    assert run.stdout == ""
    assert str(out) in run.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == sum(1 for _ in ph.persons.list())
    header = list(rows[0])
    assert header[: len(PERSON_CORE_COLUMNS)] == list(PERSON_CORE_COLUMNS)
    assert "properties.$initial_os" in header
    assert json.loads(rows[0]["distinct_ids"])


def _raw_persons(srv: LocalPostHog) -> list[dict[str, Any]]:
    """Every person as the server sent it (its JSON, not the SDK's models)."""
    import httpx

    url = f"{srv.url}/api/projects/{srv.project_id}/persons/"
    page = httpx.get(url, params={"limit": 1000}, headers={"Authorization": f"Bearer {srv.api_key}"}).json()
    assert page["next"] is None
    return list(page["results"])


def test_persons_exports_keep_posthogs_own_values(srv: LocalPostHog, tmp_path: Path) -> None:
    raw = _raw_persons(srv)
    assert raw[0]["created_at"].endswith("Z")
    out = tmp_path / "people.jsonl"
    assert cli(srv, "persons", "list", "--all", "-o", str(out)).code == 0
    expected = "".join(json.dumps(person, ensure_ascii=False) + "\n" for person in raw)
    assert out.read_text(encoding="utf-8") == expected  # byte for byte: no "Z" -> "+00:00", same key order
    out = tmp_path / "people.csv"
    assert cli(srv, "persons", "list", "--all", "-o", str(out)).code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [row["created_at"] for row in rows] == [p["created_at"] for p in raw]
    assert [row["uuid"] for row in rows] == [p["uuid"] for p in raw]
    assert [row["last_seen_at"] for row in rows] == [p["last_seen_at"] for p in raw]


def test_persons_csv_columns_option_and_suffix(srv: LocalPostHog, tmp_path: Path) -> None:
    run = cli(srv, "persons", "list", "-n", "5", "--csv", "--columns", "email,plan")
    header = next(csv.reader(io.StringIO(run.stdout)))
    assert header == [*PERSON_CORE_COLUMNS, "properties.email", "properties.plan"]
    out = tmp_path / "people.jsonl"
    assert cli(srv, "persons", "list", "-n", "7", "-o", str(out)).code == 0
    assert len(out.read_text().splitlines()) == 7


def test_persons_list_progress_goes_to_stderr_only() -> None:
    # Progress shows from the second page on; persons pages hold 1,000 by default: more than one page here.
    with local_posthog(seed=7, persons=1500) as srv:
        run = cli(srv, "persons", "list", "--all", "--progress")
        assert run.code == 0
        assert len(run.json()) == 1500
        assert "fetched" in run.stderr
        assert "persons" in run.stderr
        quiet = cli(srv, "persons", "list", "--all")
        assert quiet.stderr == ""


def test_persons_table(srv: LocalPostHog, terminal: None) -> None:
    run = cli(srv, "persons", "list", "-n", "3", "--where", "$initial_os=Linux")
    assert run.code == 0
    assert "Linux" in run.stdout
    assert "initial_os" in run.stdout


def test_persons_get_by_id_and_distinct_id(srv: LocalPostHog, ph: PostHog) -> None:
    person = next(iter(ph.persons.list(limit=1)))
    by_id = cli(srv, "persons", "get", str(person.id)).json()
    by_distinct = cli(srv, "persons", "get", person.distinct_ids[0]).json()
    assert by_id["id"] == by_distinct["id"] == person.id
    flat = next(csv.DictReader(io.StringIO(cli(srv, "persons", "get", str(person.id), "--csv").stdout)))
    assert flat["properties.email"] == person.properties["email"]


def test_persons_set_unset(srv: LocalPostHog, ph: PostHog) -> None:
    srv.set_person_write_delay(0)
    person = list(ph.persons.list(limit=30))[-1]
    run = cli(srv, "persons", "set", str(person.id), "score", "42", "--json-value", "--json")
    assert run.code == 0, run.stderr
    assert run.json() == {"id": person.id, "set": {"score": 42}}
    assert srv.state.received[-1].json() == {"key": "score", "value": 42}  # a JSON body, the number kept
    assert ph.persons.get(person.id).properties["score"] == 42
    assert cli(srv, "persons", "unset", str(person.id), "score").code == 0
    assert srv.state.received[-1].json() == {"$unset": "score"}
    assert "score" not in ph.persons.get(person.id).properties
    assert cli(srv, "persons", "set", str(person.id), "score", "{", "--json-value").code == ExitCode.BAD_INPUT


def test_persons_split(srv: LocalPostHog, ph: PostHog) -> None:
    merged = next(p for p in ph.persons.list(limit=100) if len(p.distinct_ids) > 1)
    assert cli(srv, "persons", "split", str(merged.id)).code == ExitCode.NOT_CONFIRMED
    run = cli(srv, "persons", "split", str(merged.id), "--main-distinct-id", merged.distinct_ids[0], "--yes")
    assert run.code == 0, run.stderr


def test_persons_delete(srv: LocalPostHog, ph: PostHog) -> None:
    victim = list(ph.persons.list(limit=40))[-1]
    refused = cli(srv, "persons", "delete", str(victim.id))
    assert refused.code == ExitCode.NOT_CONFIRMED
    assert "not a terminal" in refused.stderr
    assert cli(srv, "persons", "get", str(victim.id)).code == 0
    run = cli(srv, "persons", "delete", str(victim.id), "--delete-events", "--delete-recordings", "--yes", "--json")
    assert run.code == 0, run.stderr
    assert run.json()["delete_events"] is True
    assert run.json()["delete_recordings"] is True
    assert set(srv.state.received[-1].query) == {"delete_events", "delete_recordings"}
    gone = cli(srv, "persons", "get", str(victim.id))
    assert gone.code == ExitCode.NOT_FOUND


# ---------------------------------------------------------------------------------------- errors


def test_missing_scope_is_permission_denied_naming_the_scope(srv: LocalPostHog) -> None:
    key = srv.key_with_scopes(["person:read"])
    run = cli(srv, "insights", "list", key=key)
    assert run.code == ExitCode.PERMISSION
    assert "insight:read" in run.stderr
    assert run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1
    assert "Traceback" not in run.stderr


def test_bad_key_is_auth_error(srv: LocalPostHog) -> None:
    run = cli(srv, "whoami", key="phx_not_a_real_key_123456")
    assert run.code == ExitCode.AUTH
    assert run.stderr.startswith("error: ")


def test_not_found(srv: LocalPostHog) -> None:
    run = cli(srv, "insights", "get", "999999999")
    assert run.code == ExitCode.NOT_FOUND
    assert "404" in run.stderr
    assert cli(srv, "insights", "get", "noSuchId").code == ExitCode.NOT_FOUND
    assert cli(srv, "insights", "refresh", "noSuchId").code == ExitCode.NOT_FOUND


def test_bad_input(srv: LocalPostHog) -> None:
    for args in (
        ["persons", "list", "--where", "logins>many"],
        ["persons", "list", "--where", "=x"],
        ["persons", "list", "--json", "--csv"],
        ["insights", "trend", "-e", "$pageview", "--interval", "fortnight"],
    ):
        run = cli(srv, *args)
        assert run.code == ExitCode.BAD_INPUT, args
        assert "Traceback" not in run.stderr


def test_network_error(srv: LocalPostHog) -> None:
    run = CliRunner().invoke(
        app, ["whoami", "--host", "http://127.0.0.1:9"], env={"POSTHOG_PERSONAL_API_KEY": srv.api_key}
    )
    assert run.exit_code == ExitCode.NETWORK
    assert "--host" in run.stderr


def test_no_key_is_a_configuration_error() -> None:
    run = CliRunner().invoke(app, ["whoami"], env={"POSTHOG_PERSONAL_API_KEY": ""})
    assert run.exit_code == ExitCode.CONFIG
    assert "POSTHOG_PERSONAL_API_KEY" in run.stderr
    assert "--demo" in run.stderr


def test_api_key_option_warns_and_stdin_does_not(srv: LocalPostHog) -> None:
    env = {"POSTHOG_HOST": srv.url, "POSTHOG_PERSONAL_API_KEY": ""}
    flag = CliRunner().invoke(app, ["whoami", "--api-key", srv.api_key], env=env)
    assert flag.exit_code == 0
    assert "shell history" in flag.stderr
    assert srv.api_key not in flag.stdout + flag.stderr
    piped = CliRunner().invoke(app, ["--api-key-stdin", "whoami"], env=env, input=srv.api_key + "\n")
    assert piped.exit_code == 0
    assert piped.stderr == ""
    assert json.loads(piped.stdout)["email"] == "max@hogflix.com"


def test_project_token_is_rejected_without_echoing_it(srv: LocalPostHog) -> None:
    run = cli(srv, "whoami", key="phc_projecttoken123456")
    assert run.code == ExitCode.CONFIG
    assert "phx_" in run.stderr


# ------------------------------------------------------------------------------------------ demo


def test_demo_flag_runs_any_command_against_the_embedded_stand_in() -> None:
    run = CliRunner().invoke(app, ["--demo", "persons", "list", "-n", "2"], env={"POSTHOG_PERSONAL_API_KEY": ""})
    assert run.exit_code == 0, run.stderr
    assert len(json.loads(run.stdout)) == 2
    run = CliRunner().invoke(app, ["whoami", "--demo"], env={"POSTHOG_PERSONAL_API_KEY": ""})
    assert json.loads(run.stdout)["email"] == "max@hogflix.com"


def test_demo_command_walks_the_tutorial() -> None:
    run = CliRunner().invoke(app, ["demo", "--persons", "300"])
    assert run.exit_code == 0, run.stderr
    for text in ("Who am I", "List insights", "One insight by short id", "$initial_os", "One person by id"):
        assert text in run.stdout
    assert 'ph.persons.list(properties=[where("$initial_os") == "Linux"])' in run.stdout
    assert "aggregated_value" in run.stdout


@pytest.mark.parametrize(
    ("error", "code", "says"),
    [
        (
            RateLimitError("HTTP 429: throttled.", status=429, headers={"Retry-After": "7"}),
            ExitCode.RATE_LIMITED,
            "7 s",
        ),
        (ServerError("HTTP 503: busy.", status=503), ExitCode.SERVER, "Try again later"),
        (QueryTooExpensiveError("HTTP 512: too long.", status=512), ExitCode.SERVER, "narrow"),
        (APITimeoutError("Timed out"), ExitCode.NETWORK, "--host"),
        (QueryTimeoutError("Still running", query_id="q1"), ExitCode.ERROR, "query status q1"),
        (MethodNotAllowedError("HTTP 405: no.", status=405), ExitCode.ERROR, "405"),
    ],
)
def test_every_kind_of_error_has_its_exit_code(error: Exception, code: ExitCode, says: str) -> None:
    got, message = describe(error, secret=None)
    assert got == code
    assert says in message
    assert "\n" not in message


def test_the_key_is_scrubbed_from_any_message() -> None:
    _, message = describe(ServerError("HTTP 500 for phx_topsecret", status=500), secret="phx_topsecret")
    assert "phx_topsecret" not in message


def test_options_after_the_command_override_those_before(srv: LocalPostHog) -> None:
    run = cli(srv, "--progress", "persons", "list", "--all", "--no-progress")
    assert run.code == 0
    assert run.stderr == ""
    assert cli(srv, "--csv", "projects").stdout.startswith("id,")


def test_a_rate_limited_command_says_why_it_waits(srv: LocalPostHog) -> None:
    srv.set_faults(rate=1.0, kinds=("429",), seed=1)
    try:
        run = cli(srv, "whoami")
    finally:
        srv.set_faults(rate=0)
    assert run.code == ExitCode.RATE_LIMITED
    notices = [line for line in run.stderr.splitlines() if line.startswith("warning: Retrying")]
    assert len(notices) == 2  # max_retries=2, each announced with its wait
    assert "HTTP 429" in notices[0]
    assert "error: HTTP 429" in run.stderr
    assert run.stdout == ""


def test_a_failed_export_leaves_the_previous_file_alone(srv: LocalPostHog, tmp_path: Path) -> None:
    previous = tmp_path / "people.csv"
    previous.write_text("precious,data\n")
    run = cli(srv, "persons", "list", "--all", "-o", str(previous), key="phx_revoked_key")
    assert run.code == ExitCode.AUTH
    assert previous.read_text() == "precious,data\n"
    assert list(tmp_path.iterdir()) == [previous]  # no partial file left behind
    ok = cli(srv, "persons", "list", "-n", "3", "-o", str(previous))
    assert ok.code == 0, ok.stderr
    assert previous.read_text().startswith("id,")


def test_streaming_gc_is_tuned_only_in_the_console_script(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from posthog_rest import _startup
    from posthog_rest.cli.output import STREAM_GC_THRESHOLD, streaming_gc

    monkeypatch.setattr(_startup, "_console", False)  # whatever an earlier test's in-process console run left
    before = gc.get_threshold()
    with streaming_gc():  # a program running the CLI in its own process: its collector is left alone
        assert gc.get_threshold() == before
    monkeypatch.setattr(_startup, "_console", True)
    frozen = gc.get_freeze_count()
    try:
        with streaming_gc():
            assert gc.get_threshold() == (STREAM_GC_THRESHOLD, *before[1:])
            assert gc.get_freeze_count() > frozen  # what is loaded is out of the collector's sight
        assert gc.get_threshold() == before
    finally:
        gc.unfreeze()  # the console script keeps them frozen until exit; a test process does not
