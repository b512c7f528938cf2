"""``posthog_rest.export``: trend series, person rows, streaming CSV / JSON-lines export, DataFrames."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from posthog_rest import PostHog, where
from posthog_rest.export import (
    PERSON_CORE_COLUMNS,
    export_persons,
    insight_to_dataframe,
    person_columns,
    person_row,
    persons_to_dataframe,
    trend_series,
    write_person_pages,
)
from posthog_rest.testing import local_posthog

HAS_PANDAS = importlib.util.find_spec("pandas") is not None
needs_pandas = pytest.mark.skipif(
    not HAS_PANDAS, reason="the 'pandas' extra is not in the dev environment (uv.lock dev group has no pandas)"
)


@pytest.fixture(scope="module")
def ph() -> Iterator[PostHog]:
    with (
        # legacy mode: ph.insights.trend() calls insights/trend/ until it moves to POST query/
        local_posthog(seed=7, persons=350, legacy_insight_endpoints=True) as server,
        PostHog(api_key=server.api_key, host=server.url, project=server.project_id) as client,
    ):
        yield client


def saved(ph: PostHog, name: str) -> Any:
    return next(i for i in ph.insights.list() if i.name == name)


SERIES = {"label": "a", "days": ["2024-01-01", "2024-01-02"], "data": [1, 2], "count": 3}


# ---------------------------------------------------------------------------------------- trends


def test_trend_series_from_a_saved_insight(ph: PostHog) -> None:
    insight = ph.insights.get(saved(ph, "Daily pageviews").id, refresh="blocking")
    series = trend_series(insight)
    assert series[0].label == "$pageview"
    assert len(series[0].days) == len(series[0].data) > 0
    assert series[0].total == insight.result[0]["count"]


def test_trend_series_from_a_trend_result(ph: PostHog) -> None:
    result = ph.insights.trend(events=[{"id": "$pageview"}, {"id": "signed_up"}], date_from="-7d")
    assert [s.label for s in trend_series(result)] == ["$pageview", "signed_up"]


def test_trend_series_of_plain_json_and_totals() -> None:
    assert trend_series({"result": [SERIES]})[0].total == 3
    assert trend_series([{**SERIES, "count": None, "aggregated_value": 9}])[0].total == 9
    assert trend_series([{**SERIES, "count": None}])[0].total == 3.0


def test_trend_series_rejects_non_trends(ph: PostHog) -> None:
    with pytest.raises(ValueError, match="Not a trend"):
        trend_series(saved(ph, "Signup funnel"))
    with pytest.raises(ValueError, match="refresh='blocking'"):
        trend_series({"result": None})


@needs_pandas
def test_insight_to_dataframe(ph: PostHog) -> None:
    result = ph.insights.trend(events=[{"id": "$pageview"}, {"id": "signed_up"}], date_from="-14d")
    frame = insight_to_dataframe(result)
    assert list(frame.columns) == ["$pageview", "signed_up"]
    assert frame.index.name == "date"
    assert len(frame) == len(result.result[0].days)
    assert frame["$pageview"].sum() == sum(result.result[0].data)


@needs_pandas
def test_insight_to_dataframe_unique_labels_and_union_of_days() -> None:
    other = {"label": "a", "days": ["2024-01-02", "2024-01-03"], "data": [5, 6], "breakdown_value": "Chrome"}
    frame = insight_to_dataframe({"result": [SERIES, other]})
    assert list(frame.columns) == ["a", "a - Chrome"]
    assert len(frame) == 3
    assert frame["a"].isna().sum() == 1


def test_dataframes_without_pandas_name_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas -> ImportError, installed or not
    with pytest.raises(ImportError, match=r"pip install 'posthog-rest\[pandas\]'"):
        insight_to_dataframe({"result": [SERIES]})
    with pytest.raises(ImportError, match=r"posthog-rest\[pandas\]"):
        persons_to_dataframe([])


# --------------------------------------------------------------------------------------- persons


def test_person_row_is_flat_with_prefixed_properties(ph: PostHog) -> None:
    person = next(iter(ph.persons.list(limit=1)))
    row = person_row(person)
    assert list(row)[: len(PERSON_CORE_COLUMNS)] == list(PERSON_CORE_COLUMNS)
    assert row["properties.email"] == person.properties["email"]
    assert row["distinct_ids"] == person.distinct_ids


def test_person_columns() -> None:
    assert person_columns([], ["email", "properties.plan", "id"])[-2:] == ["properties.email", "properties.plan"]
    people = [{"properties": {"b": 1}}, {"properties": {"a": 2}}]
    assert person_columns(people)[-2:] == ["properties.a", "properties.b"]


def test_export_persons_csv_streams_every_match(ph: PostHog, tmp_path: Path) -> None:
    out = tmp_path / "linux.csv"
    result = export_persons(ph, out, properties=[where("$initial_os") == "Linux"])
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    expected = [p.id for p in ph.persons.list(properties=[where("$initial_os") == "Linux"])]
    assert result.rows == len(rows) == len(expected)
    assert [int(r["id"]) for r in rows] == expected
    assert {r["properties.$initial_os"] for r in rows} == {"Linux"}
    assert result.columns[: len(PERSON_CORE_COLUMNS)] == list(PERSON_CORE_COLUMNS)


def test_export_persons_jsonl_to_a_file_object_with_limit(ph: PostHog) -> None:
    buffer = io.StringIO()
    pages: list[int] = []
    result = export_persons(ph, buffer, format="jsonl", limit=150, page_size=100, on_page=pages.append)
    lines = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert result.rows == len(lines) == 150
    assert pages == [100, 150]
    assert "properties" in lines[0]


def test_export_persons_fixed_columns(ph: PostHog) -> None:
    buffer = io.StringIO()
    export_persons(ph, buffer, columns=["email", "plan"], limit=5)
    header = next(csv.reader(io.StringIO(buffer.getvalue())))
    assert header == [*PERSON_CORE_COLUMNS, "properties.email", "properties.plan"]


def test_export_persons_rejects_unknown_formats(ph: PostHog) -> None:
    with pytest.raises(ValueError, match="csv"):
        export_persons(ph, io.StringIO(), format="xlsx")  # type: ignore[arg-type]


def test_csv_columns_come_from_the_first_page_and_later_keys_are_reported() -> None:
    pages = [[{"id": 1, "properties": {"a": 1}}], [{"id": 2, "properties": {"a": 2, "late": "x"}}]]
    buffer = io.StringIO()
    result = write_person_pages(pages, buffer, "csv")
    assert result.skipped_keys == {"late"}
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert [r["properties.a"] for r in rows] == ["1", "2"]
    jsonl = io.StringIO()
    assert write_person_pages(pages, jsonl, "jsonl").skipped_keys == set()
    assert json.loads(jsonl.getvalue().splitlines()[1])["properties"]["late"] == "x"


def test_empty_export_still_writes_a_header() -> None:
    buffer = io.StringIO()
    assert write_person_pages([], buffer, "csv").rows == 0
    assert buffer.getvalue().startswith("id,uuid,name")


@needs_pandas
def test_persons_to_dataframe(ph: PostHog) -> None:
    frame = persons_to_dataframe(ph.persons.list(properties=[where("plan") == "pro"], limit=20))
    assert len(frame) == 20
    assert list(frame.columns)[: len(PERSON_CORE_COLUMNS)] == list(PERSON_CORE_COLUMNS)
    assert set(frame["properties.plan"]) == {"pro"}
    assert str(frame["created_at"].dtype).startswith("datetime64")


def test_as_sent_writes_what_posthog_sent_and_the_default_writes_the_objects(ph: PostHog) -> None:
    page = next(iter(ph.persons.list(limit=3).pages())).results
    sent = [person.to_dict() for person in page]  # nothing changed yet: the server's JSON
    page[0].name = "changed in code"
    plain, fast = io.StringIO(), io.StringIO()
    write_person_pages([page], plain, "jsonl")
    write_person_pages([page], fast, "jsonl", as_sent=True)
    assert [json.loads(line)["name"] for line in plain.getvalue().splitlines()][0] == "changed in code"
    assert fast.getvalue() == "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in sent)
    assert plain.getvalue().splitlines()[1:] == fast.getvalue().splitlines()[1:]  # unchanged: the same bytes
    cells = io.StringIO()
    write_person_pages([[*page, {"id": 9, "properties": {"plan": "pro"}}]], cells, "csv", as_sent=True)
    rows = list(csv.DictReader(io.StringIO(cells.getvalue())))
    assert rows[0]["name"] == sent[0]["name"]
    assert rows[-1]["id"] == "9"  # a plain dict (no parsed source) is written as it is
