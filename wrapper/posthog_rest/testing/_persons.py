"""Person operations: list with filters, get, update properties, delete, split, timeline, activity.

Writes behave as PostHog's server code does: ``$set`` / ``$unset`` go through ingestion, so they show up
after ``state.person_write_delay`` seconds; the answers are 202 (no body) or 201 ``{"success": true}``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

from ._context import Ctx, Reply, handler, page_links, render_csv
from ._errors import ApiError
from ._filters import Matcher, parse_property_filters
from ._insights import activity_page
from ._people import PersonStore
from ._state import iso

__all__: list[str] = []


class _Matches:
    """The ids matching one filter, found as far as pages have asked (newest first), kept between requests.

    A filtered export asks for page after page of the same filter: each resumes the scan where the last
    one stopped, so a page costs O(page / selectivity), not O(offset). Any change to the persons drops it.
    """

    def __init__(self, candidates: Iterator[int], keep: Callable[[int], bool]) -> None:
        self._candidates = candidates
        self._keep = keep
        self.found: list[int] = []
        self.complete = False

    def upto(self, count: int) -> list[int]:
        """The first ``count`` matches (fewer at the end)."""
        while len(self.found) < count and not self.complete:
            for pid in self._candidates:
                if self._keep(pid):
                    self.found.append(pid)
                    if len(self.found) >= count:
                        break
            else:
                self.complete = True
        return self.found[:count]

    def all(self) -> list[int]:
        """Every match."""
        self.upto(sys.maxsize)
        return self.found


#: How many filters' matches a project keeps at once (concurrent exports with different filters).
_KEPT_FILTERS = 16


def _matches(ctx: Ctx) -> _Matches | None:
    """The matches of the request's filters (shared by the requests of one export); None when nothing filters."""
    store = ctx.proj.persons
    store.settle()  # a write that came due since the last page drops the kept matches
    params = ctx.params
    key = ("persons_list", *(params.get(name) for name in ("distinct_id", "properties", "email", "search")))
    if key[1:] == (None, None, None, None):
        return None
    found = store.derived.get(key)
    if isinstance(found, _Matches):
        return found
    if "distinct_id" in params:
        pid = store.by_distinct_id(params["distinct_id"])
        candidates: Iterator[int] = iter([pid] if pid is not None else [])
    else:
        candidates = store.iter_ids()
    matchers: list[Matcher] = []
    if "properties" in params:
        matchers.append(parse_property_filters(params["properties"], ctx.proj.id))
    if "email" in params:
        email = params["email"]
        matchers.append(lambda p: p.get("email") == email)
    search = params.get("search")

    def keep(pid: int) -> bool:
        props = store.properties(pid)
        if search and not (search.lower() in str(props.get("email", "")).lower() or search in store.distinct_ids(pid)):
            return False
        return all(m(props) for m in matchers)

    if len(store.derived) >= _KEPT_FILTERS:
        store.derived.pop(next(iter(store.derived)))
    found = store.derived[key] = _Matches(candidates, keep)
    return found


@handler("persons_list")
async def persons_list(ctx: Ctx) -> Reply:
    store = ctx.proj.persons
    limit, offset = ctx.limit_offset()
    matches = _matches(ctx)
    total: int | None = None
    if matches is None:
        page_ids = store.page_ids(offset, limit)
        if ctx.params.get("include_total"):
            total = store.live_count()
    else:
        if ctx.params.get("include_total"):
            total = len(matches.all())
        page_ids = matches.upto(offset + limit)[offset:]
    results = [store.get(pid) for pid in page_ids]
    if ctx.wants_csv:
        return render_csv(results)
    nxt, prev = page_links(ctx, limit, offset, len(results) == limit)
    body: dict[str, Any] = {"next": nxt, "previous": prev, "results": results}
    if total is not None:
        body["count"] = total
    return Reply(200, body)


def resolve_person(store: PersonStore, ref: str) -> int:
    """A person's id from its numeric id or UUID (404 when there is no such live person)."""
    pid = int(ref) if ref.isdigit() else store.by_uuid(ref)
    if pid is None or not store.exists(pid):
        raise ApiError.not_found()
    return pid


def _person_id(ctx: Ctx) -> int:
    return resolve_person(ctx.proj.persons, str(ctx.params["id"]))


def _store(ctx: Ctx) -> PersonStore:
    return ctx.proj.persons


@handler("persons_retrieve")
async def persons_retrieve(ctx: Ctx) -> Reply:
    person = _store(ctx).get(_person_id(ctx))
    return render_csv([person]) if ctx.wants_csv else Reply(200, person)


def _change(ctx: Ctx, pid: int, set_props: dict[str, Any], unset: tuple[str, ...] = ()) -> None:
    """Queue a ``$set`` / ``$unset``; the activity log records it at once, as PostHog's view does."""
    store = _store(ctx)
    before = store.properties(pid)
    new_props = {k: v for k, v in {**before, **set_props}.items() if k not in unset}
    store.queue_write(pid, set_props, unset, ctx.state.person_write_delay)
    changes = []
    for key in sorted(set(before) | set(new_props)):
        if before.get(key) != new_props.get(key):
            action = "created" if key not in before else ("deleted" if key not in new_props else "changed")
            changes.append(
                {
                    "type": "Person",
                    "action": action,
                    "field": key,
                    "before": before.get(key),
                    "after": new_props.get(key),
                }
            )
    if changes:
        ctx.state.record(ctx.proj, "Person", pid, "updated", {"name": store.get(pid)["name"], "changes": changes})


@handler("persons_partial_update")
async def persons_partial_update(ctx: Ctx) -> Reply:
    pid = _person_id(ctx)
    _change(ctx, pid, dict(ctx.body["properties"]))  # the body's shape is checked before dispatch
    return Reply(202, has_body=False)


@handler("persons_update_property_create")
async def persons_update_property_create(ctx: Ctx) -> Reply:
    pid = _person_id(ctx)
    _change(ctx, pid, {ctx.body["key"]: ctx.body["value"]})
    return Reply(202, has_body=False)


@handler("persons_delete_property_create")
async def persons_delete_property_create(ctx: Ctx) -> Reply:
    pid = _person_id(ctx)
    _change(ctx, pid, {}, (ctx.body["$unset"],))
    return Reply(201, {"success": True})


@handler("persons_split_create")
async def persons_split_create(ctx: Ctx) -> Reply:
    pid = _person_id(ctx)
    body = ctx.body if isinstance(ctx.body, dict) else {}
    main = body.get("main_distinct_id")
    store = _store(ctx)
    before = store.distinct_ids(pid)
    if isinstance(main, str) and main not in before:
        raise ApiError.validation(f"main_distinct_id {main!r} is not a distinct id of this person.", "main_distinct_id")
    new_ids = store.split(pid, main if isinstance(main, str) else None, ctx.state.now())
    after = store.distinct_ids(pid)
    change = {"type": "Person", "action": "split", "field": "distinct_ids", "before": before, "after": after}
    detail = {"name": store.get(pid)["name"], "changes": [change], "new_person_ids": new_ids}
    ctx.state.record(ctx.proj, "Person", pid, "split_person", detail)
    return Reply(201, {"success": True})


@handler("persons_destroy")
async def persons_destroy(ctx: Ctx) -> Reply:
    pid = _person_id(ctx)
    store = _store(ctx)
    name = store.get(pid)["name"]
    store.delete(pid)
    detail: dict[str, Any] = {"name": name, "changes": None}
    # PostHog tests these flags for presence in the query string: `?delete_events=false` deletes too.
    flags = ctx.request.query_params
    if "delete_events" in flags:
        detail["delete_events"] = True
        ctx.state.stats["event_deletions_queued"] += 1
    if "delete_recordings" in flags:
        detail["delete_recordings"] = True
        ctx.state.stats["recording_deletions_queued"] += 1
    ctx.state.record(ctx.proj, "Person", pid, "deleted", detail)
    return Reply(202, has_body=False)


@handler("persons_bulk_delete_create")
async def persons_bulk_delete_create(ctx: Ctx) -> Reply:
    store = _store(ctx)
    body = ctx.body if isinstance(ctx.body, dict) else {}
    if body.get("distinct_ids"):
        found = [store.by_distinct_id(d) for d in body["distinct_ids"]]
    elif body.get("ids"):
        found = [store.by_uuid(u) for u in body["ids"]]
    else:
        raise ApiError.validation("You need to specify either distinct_ids or ids")
    for pid in dict.fromkeys(p for p in found if p is not None):
        name = store.get(pid)["name"]
        store.delete(pid)
        detail: dict[str, Any] = {"name": name, "changes": None}
        if body.get("delete_events"):
            detail["delete_events"] = True
            ctx.state.stats["event_deletions_queued"] += 1
        ctx.state.record(ctx.proj, "Person", pid, "deleted", detail)
    return Reply(202, has_body=False)


@handler("persons_activity_retrieve")
async def persons_activity_retrieve(ctx: Ctx) -> Reply:
    ref = str(ctx.params["id"])
    pid = int(ref) if ref.isdigit() else _store(ctx).by_uuid(ref) or -1
    entries = [e for e in ctx.proj.activity if e.scope == "Person" and e.item_id == str(pid)]
    if not entries and not _store(ctx).exists(pid):
        raise ApiError.not_found()
    return Reply(200, activity_page(ctx.state, entries))


@handler("persons_all_activity_retrieve")
async def persons_all_activity_retrieve(ctx: Ctx) -> Reply:
    return Reply(200, activity_page(ctx.state, [e for e in ctx.proj.activity if e.scope == "Person"]))


@handler("persons_properties_timeline_retrieve")
async def persons_properties_timeline_retrieve(ctx: Ctx) -> Reply:
    pid = _person_id(ctx)
    store = _store(ctx)
    created = store.created_at(pid)
    props = store.properties(pid)
    first = {k: v for k, v in props.items() if k.startswith("$") or k in ("email", "name")}
    points = [{"timestamp": iso(created), "properties": first, "relevant_event_count": 1 + pid % 5}]
    points.append(
        {
            "timestamp": iso(created + timedelta(hours=1 + pid % 48)),
            "properties": props,
            "relevant_event_count": 3 + pid % 17,
        }
    )
    for e in sorted(
        (e for e in ctx.proj.activity if e.scope == "Person" and e.item_id == str(pid)), key=lambda e: e.created_at
    ):
        points.append({"timestamp": iso(e.created_at), "properties": props, "relevant_event_count": 1})
    return Reply(
        200,
        {
            "points": points,
            "crucial_property_keys": sorted(first),
            "effective_date_from": iso(created),
            "effective_date_to": iso(ctx.state.now()),
        },
    )
