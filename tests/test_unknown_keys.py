"""Keys a newer PostHog sends that this SDK's spec does not list survive a read, a change and a write back.

PostHog's query nodes (``EventsNode``, ``TrendsQuery``, ``DateRange``, ...) forbid extra keys
(``additionalProperties: false`` in the spec, ``extra="forbid"`` in posthog/schema), and PostHog adds fields to
them all the time. The generated models used to drop such keys when parsing, so reading an insight, changing its
date range and sending it back silently deleted whatever the newer PostHog had saved. Now ``from_dict`` keeps
them (as sent, in the order sent) and ``to_dict`` writes them back; the wrapper sends a query read from PostHog
as its ``to_dict()``. They are not fields: ``==``, ``repr`` and the constructor are unchanged.
"""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import attrs
import httpx
import pytest

from posthog_openapi.models import DateRange, EventsNode, Insight, InsightVizNode, TrendsQuery
from posthog_openapi.types import UNSET, to_known_dict, with_unknown
from posthog_rest import AsyncPostHog, InvalidRequestError, PostHog
from posthog_rest.testing import local_posthog
from scripted_server import Answer, ScriptedServer, Seen

INSIGHT = "/api/projects/1/insights/7/"
KEY = "phx_unknownkeystestkey0123456789"
NODE = {"kind": "EventsNode", "futureNode": {"a": [1, 2]}, "event": "$pageview", "name": "$pageview"}


@pytest.fixture(scope="module")
def trend_answer() -> dict[str, Any]:
    """A seeded trend insight as the stand-in sends it, with keys a newer PostHog adds at every level."""
    with local_posthog(persons=3, seed=11) as srv:
        base = f"{srv.url}/api/projects/{srv.project_id}/insights/"
        with httpx.Client(headers={"Authorization": f"Bearer {srv.api_key}"}) as client:
            listed = client.get(base, params={"limit": 100}).json()["results"]
            answers = [client.get(f"{base}{i['id']}/").json() for i in listed]
    answer = next(a for a in answers if (a.get("query") or {}).get("source", {}).get("kind") == "TrendsQuery")
    answer = copy.deepcopy({**answer, "id": 7})
    query = answer["query"]
    query["futureViz"] = {"pinned": True}  # InsightVizNode is open: kept in additional_properties
    query["source"] = {"futureQuery": 2, **query["source"], "dateRange": {"date_from": "-7d", "futureRange": "x"}}
    for node in query["source"]["series"]:
        node["futureNode"] = [1, {"b": None}]
    return answer


def test_from_dict_keeps_unknown_keys_and_to_dict_writes_them_back_in_sent_order() -> None:
    node = EventsNode.from_dict(dict(NODE))
    assert node.to_dict() == NODE
    assert list(node.to_dict()) == list(NODE)  # in the order sent
    assert json.dumps(node.to_dict()) == json.dumps(NODE)


def test_an_insight_keeps_them_at_every_level(trend_answer: dict[str, Any]) -> None:
    raw = copy.deepcopy(trend_answer)
    insight = Insight.from_dict(copy.deepcopy(raw))
    assert isinstance(insight.query, InsightVizNode)
    assert isinstance(insight.query.source, TrendsQuery)
    assert insight.to_dict()["query"] == raw["query"]
    # The query nodes (closed schemas) write every key in the order sent.
    assert json.dumps(insight.query.source.to_dict()) == json.dumps(raw["query"]["source"])


def test_a_field_the_user_sets_wins_and_the_unknown_keys_stay() -> None:
    node = EventsNode.from_dict(dict(NODE))
    node.event = "signup"
    node.name = UNSET  # unset since parsing: left out, as for any model
    node.custom_name = "Sign-ups"  # not sent: written after the keys that were
    assert node.to_dict() == {"kind": "EventsNode", "futureNode": {"a": [1, 2]}, "event": "signup"} | {
        "custom_name": "Sign-ups"
    }
    assert list(node.to_dict()) == ["kind", "futureNode", "event", "custom_name"]


def test_a_sent_key_never_overwrites_a_field_of_the_same_name() -> None:
    # A key one version did not know (kept as sent) may be a field of a later one (a pickle read by it).
    out = {"kind": "EventsNode", "name": "mine"}
    sent = {"name": "theirs", "kind": "EventsNode", "futureNode": 1}
    assert with_unknown(out, sent, frozenset({"kind"})) == {"name": "mine", "kind": "EventsNode", "futureNode": 1}


def test_constructor_built_and_fully_known_models_are_unchanged() -> None:
    built = EventsNode(event="$pageview", name="$pageview")
    assert built.to_dict() == {"kind": "EventsNode", "event": "$pageview", "name": "$pageview"}
    known = {k: v for k, v in NODE.items() if k != "futureNode"}
    parsed = EventsNode.from_dict(known)
    assert parsed.to_dict() == known
    assert getattr(parsed, "_sent", None) is None  # nothing kept when there is nothing unknown
    assert getattr(built, "_sent", None) is None


def test_they_are_not_fields_equality_and_repr_see_the_known_ones() -> None:
    # Deliberate: two nodes with the same fields are equal, whatever else the server sent; the keys are in
    # to_dict(), not in the model's fields, its repr or its constructor.
    parsed = EventsNode.from_dict(dict(NODE))
    built = EventsNode(event="$pageview", name="$pageview")
    assert parsed == built
    assert repr(parsed) == repr(built)
    assert "futureNode" not in {a.name for a in attrs.fields(EventsNode)}


def serve(answer: dict[str, Any], srv: ScriptedServer) -> None:
    body = json.dumps(answer).encode()
    srv.route("GET", INSIGHT, 200, body)
    srv.script("PATCH", INSIGHT, Answer(200, body))


def sent_query(srv: ScriptedServer) -> dict[str, Any]:
    patches: list[Seen] = [r for r in srv.requests if r.method == "PATCH"]
    assert len(patches) == 1
    query: dict[str, Any] = json.loads(patches[0].body)["query"]
    return query


def assert_everything_was_sent(query: dict[str, Any], answer: dict[str, Any]) -> None:
    assert query["futureViz"] == {"pinned": True}
    assert query["source"]["futureQuery"] == 2
    assert query["source"]["dateRange"] == {"date_from": "-30d", "futureRange": "x"}
    assert [node["futureNode"] for node in query["source"]["series"]] == [[1, {"b": None}]] * len(
        answer["query"]["source"]["series"]
    )
    expected = copy.deepcopy(answer["query"])
    expected["source"]["dateRange"]["date_from"] = "-30d"
    assert query == expected  # nothing else changed or lost


@pytest.mark.parametrize("as_dict", [False, True], ids=["model", "to_dict"])
def test_read_change_update_sends_what_this_version_does_not_know(trend_answer: dict[str, Any], as_dict: bool) -> None:
    with ScriptedServer() as srv, PostHog(api_key=KEY, host=srv.url, project=1, max_retries=0) as ph:
        serve(trend_answer, srv)
        insight = ph.insights.get(7)
        insight.query.source.date_range.date_from = "-30d"
        updated = ph.insights.update(7, query=insight.query.to_dict() if as_dict else insight.query)
        assert_everything_was_sent(sent_query(srv), trend_answer)
        assert updated.query.to_dict() == trend_answer["query"]  # the server's answer, read back whole


async def test_the_async_client_sends_them_too(trend_answer: dict[str, Any]) -> None:
    with ScriptedServer() as srv:
        serve(trend_answer, srv)
        async with AsyncPostHog(api_key=KEY, host=srv.url, project=1, max_retries=0) as ph:
            insight = await ph.insights.get(7)
            source = insight.query.source
            source.date_range = DateRange.from_dict(
                {**trend_answer["query"]["source"]["dateRange"], "date_from": "-30d"}
            )
            await ph.insights.update(7, query=insight.query)
        assert_everything_was_sent(sent_query(srv), trend_answer)


def test_a_pickled_insight_from_the_sdk_keeps_them(trend_answer: dict[str, Any]) -> None:
    with ScriptedServer() as srv, PostHog(api_key=KEY, host=srv.url, project=1, max_retries=0) as ph:
        serve(trend_answer, srv)
        insight = ph.insights.get(7)
    for clone in (pickle.loads(pickle.dumps(insight)), copy.deepcopy(insight), copy.copy(insight.query)):
        query = clone.query if hasattr(clone, "query") else clone
        assert query.to_dict() == trend_answer["query"]


def test_typed_query_leaves_out_what_posthog_models_nodes_forbid(trend_answer: dict[str, Any]) -> None:
    # posthog_models nodes reject keys they do not list: the typed view is of what this version knows, as before.
    from posthog_models import QuerySchema

    known = copy.deepcopy(trend_answer["query"])
    del known["source"]["futureQuery"], known["source"]["dateRange"]["futureRange"]
    for node in known["source"]["series"]:
        del node["futureNode"]
    with ScriptedServer() as srv, PostHog(api_key=KEY, host=srv.url, project=1, max_retries=0) as ph:
        serve(trend_answer, srv)
        insight = ph.insights.get(7)
    typed = insight.typed_query()
    assert typed == QuerySchema.model_validate(known).root
    assert to_known_dict(insight.query) == known
    assert insight.query.to_dict() == trend_answer["query"]  # still whole


def test_query_run_takes_an_insights_query_read_from_posthog() -> None:
    # Re-running a saved insight's query: the node PostHog sent is a query as it stands, no dict round trip.
    with (
        local_posthog(persons=20, seed=11) as srv,
        PostHog(api_key=srv.api_key, host=srv.url, project=srv.project_id) as ph,
    ):
        insight = next(i for i in ph.insights.list() if isinstance(getattr(i.query, "source", None), TrendsQuery))
        source = ph.insights.get(insight.id).query.source
        assert ph.query.run(source).results == ph.query.run(source.to_dict()).results


def test_query_run_sends_the_keys_a_newer_posthog_added(trend_answer: dict[str, Any]) -> None:
    source = Insight.from_dict(copy.deepcopy(trend_answer)).query.source
    with ScriptedServer() as srv, PostHog(api_key=KEY, host=srv.url, project=1, max_retries=0) as ph:
        srv.script("POST", "/api/projects/1/query/TrendsQuery/", Answer(200, b'{"results": []}'))
        assert ph.query.run(source).results == []
        (post,) = [r for r in srv.requests if r.method == "POST"]
    sent = json.loads(post.body)["query"]
    assert sent == trend_answer["query"]["source"]  # futureQuery, futureRange and every node's futureNode
    assert sent["futureQuery"] == 2


def test_query_run_checks_the_known_fields_of_a_node_and_says_why_a_dict_is_refused(
    trend_answer: dict[str, Any],
) -> None:
    source = Insight.from_dict(copy.deepcopy(trend_answer)).query.source
    with PostHog(api_key=KEY, host="http://127.0.0.1:9", project=1, max_retries=0) as ph:
        with pytest.raises(InvalidRequestError, match="pass the node read from PostHog itself"):
            ph.query.run(source.to_dict())  # a dict is the caller's own JSON: an unknown key may be a typo
        source.series = "not a list"
        with pytest.raises(InvalidRequestError, match=r"Invalid query"):
            ph.query.run(source)
        with pytest.raises(InvalidRequestError, match="a query node read from PostHog, got int"):
            ph.query.run(7)
