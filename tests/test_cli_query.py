"""``posthog-rest query sql|run`` and ``posthog-rest events export`` end to end against the stand-in."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from posthog_rest import PostHog
from posthog_rest.cli.errors import ExitCode
from posthog_rest.testing import LocalPostHog, local_posthog
from test_cli_commands import cli


@pytest.fixture(scope="module")
def srv() -> Iterator[LocalPostHog]:
    with local_posthog(seed=11, persons=300) as server:
        yield server


@pytest.fixture(scope="module")
def ph(srv: LocalPostHog) -> Iterator[PostHog]:
    with PostHog(api_key=srv.api_key, host=srv.url, project=srv.project_id) as client:
        yield client


def test_query_sql_json_csv_and_values(srv: LocalPostHog, ph: PostHog) -> None:
    sql = "SELECT event, count() AS n FROM events WHERE event = {e} GROUP BY event"
    expected = ph.query.sql(sql, {"e": "$pageview"}).rows
    run = cli(srv, "query", "sql", sql, "--value", "e=$pageview", "--json")
    assert run.code == 0, run.stderr
    assert [[r["event"], r["n"]] for r in run.json()] == expected
    table = list(csv.DictReader(io.StringIO(cli(srv, "query", "sql", sql, "-v", "e=$pageview", "--csv").stdout)))
    assert [[r["event"], int(r["n"])] for r in table] == expected
    injected = cli(srv, "query", "sql", sql, "--value", "e=$pageview' OR 1=1 --", "--json")
    assert injected.json() == []


def test_query_sql_from_a_file_and_stdin(srv: LocalPostHog, ph: PostHog, tmp_path: Path) -> None:
    sql = "SELECT count() AS n FROM events"
    expected = ph.query.sql(sql).rows[0][0]
    path = tmp_path / "q.sql"
    path.write_text(sql)
    assert cli(srv, "query", "sql", "-f", str(path), "--json").json() == [{"n": expected}]
    assert cli(srv, "query", "sql", "-f", "-", "--json", input=sql).json() == [{"n": expected}]
    both = cli(srv, "query", "sql", sql, "-f", str(path))
    assert both.code == ExitCode.BAD_INPUT


def test_query_sql_hogql_error_is_one_line_with_the_position(srv: LocalPostHog) -> None:
    run = cli(srv, "query", "sql", "SELECT count(\nFROM events")
    assert run.code == ExitCode.BAD_INPUT
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "HogQL error" in lines[0]
    assert "line" in lines[0]
    assert "column" in lines[0]


def test_query_sql_missing_value_is_bad_input(srv: LocalPostHog) -> None:
    run = cli(srv, "query", "sql", "SELECT {x}")
    assert run.code == ExitCode.BAD_INPUT
    assert "{x}" in run.stderr


def test_query_run_a_json_file(srv: LocalPostHog, ph: PostHog, tmp_path: Path) -> None:
    trend = {"kind": "TrendsQuery", "series": [{"kind": "EventsNode", "event": "$pageview"}], "interval": "week"}
    path = tmp_path / "trend.json"
    path.write_text(json.dumps({"query": trend}))
    run = cli(srv, "query", "run", str(path), "--json")
    assert run.code == 0, run.stderr
    expected = ph.query.run(trend)
    assert run.json()["results"][0]["data"] == expected.results[0].data
    hogql = tmp_path / "hogql.json"
    hogql.write_text(json.dumps({"kind": "HogQLQuery", "query": "SELECT count() AS n FROM events"}))
    assert cli(srv, "query", "run", str(hogql), "--json").json() == [
        {"n": ph.query.sql("SELECT count() FROM events").rows[0][0]}
    ]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"kind": "TrendsQuery", "series": []}))
    assert cli(srv, "query", "run", str(bad)).code == ExitCode.BAD_INPUT


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_events_export_writes_the_file_with_progress(
    srv: LocalPostHog, ph: PostHog, tmp_path: Path, suffix: str
) -> None:
    first = ph.query.sql("SELECT min(timestamp) FROM events").rows[0][0]
    expected = ph.query.sql("SELECT count() FROM events WHERE event = '$pageview'").rows[0][0]
    out = tmp_path / f"pageviews{suffix}"
    run = cli(
        srv,
        "events",
        "export",
        "--after",
        first,
        "--event",
        "$pageview",
        "--page-size",
        "100",
        "-o",
        str(out),
        "--progress",
    )
    assert run.code == 0, run.stderr
    assert f"Exported {expected:,} events" in run.stderr
    assert "fetched" in run.stderr  # the progress lines (stderr is not a terminal here)
    if suffix == ".parquet":
        pq = pytest.importorskip("pyarrow.parquet")
        assert pq.read_table(out).num_rows == expected
    elif suffix == ".csv":
        assert len(list(csv.DictReader(out.open(newline="")))) == expected
    else:
        assert len(out.read_text().splitlines()) == expected


def test_events_export_where_property_and_hogql(srv: LocalPostHog, ph: PostHog, tmp_path: Path) -> None:
    first = ph.query.sql("SELECT min(timestamp) FROM events").rows[0][0]
    browser = ph.query.sql("SELECT properties.$browser FROM events WHERE event = '$pageview' LIMIT 1").rows[0][0]
    expected = ph.query.sql(
        "SELECT count() FROM events WHERE properties.$browser = {b} AND event = '$pageview'", {"b": browser}
    ).rows[0][0]
    out = tmp_path / "chrome.jsonl"
    run = cli(
        srv,
        "events",
        "export",
        "--after",
        first,
        "--where",
        f"$browser={browser}",
        "--where",
        "event = '$pageview'",
        "-o",
        str(out),
    )
    assert run.code == 0, run.stderr
    assert len(out.read_text().splitlines()) == expected
    assert cli(srv, "events", "export", "--after", first).code == ExitCode.BAD_INPUT  # no -o
