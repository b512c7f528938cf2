"""Person lookups beyond the list: a property's values (``persons/values/``) and a person's cohorts."""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta
from typing import Any

from ._cohorts import COHORTS, cohort_id
from ._context import Ctx, Reply, handler
from ._insight_lists import user_basic
from ._persons import resolve_person
from ._state import ProjectData, State, iso

__all__ = ["property_value_name"]


def property_value_name(value: Any) -> str:
    """A value as ``persons/values/`` names it (PostHog's ``convert_property_value``).

    >>> [property_value_name(v) for v in (True, 3, "pro", [1, 2], {"b": 1, "a": 2})]
    ['true', '3', 'pro', '[1, 2]', '{"a": 2, "b": 1}']
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    return str(value)


@handler("persons_values_retrieve")
async def persons_values_retrieve(ctx: Ctx) -> Reply:
    key = ctx.params.get("key")
    if not key or key.startswith("$virt"):
        return Reply(200, [])
    needle = str(ctx.params.get("value") or "").lower()
    store = ctx.proj.persons
    counts: Counter[str] = Counter()
    for pid in store.iter_ids():
        props = store.properties(pid)
        if key in props and props[key] is not None:
            name = property_value_name(props[key])
            if needle in name.lower():
                counts[name] += 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return Reply(200, [{"name": name, "count": count} for name, count in ranked])


def cohort_json(state: State, project: ProjectData, offset: int, name: str, count: int) -> dict[str, Any]:
    """A ``Cohort`` as PostHog's cohort serializer shows it (the fields this SDK reads)."""
    created = project.created_at + timedelta(days=offset)
    return {
        "id": cohort_id(project.id, offset),
        "name": name,
        "description": "",
        "deleted": False,
        "is_static": False,
        "is_calculating": False,
        "count": count,
        "created_at": iso(created),
        "created_by": user_basic(state, state.user.id),
        "last_calculation": iso(state.now().replace(minute=0, second=0, microsecond=0)),
        "errors_calculating": 0,
        "filters": None,
    }


@handler("persons_cohorts_retrieve")
async def persons_cohorts_retrieve(ctx: Ctx) -> Reply:
    store = ctx.proj.persons
    pid = resolve_person(store, str(ctx.params["person_id"]))
    props = store.properties(pid)
    results = []
    for offset, name, key, values in COHORTS:
        if props.get(key) in values:
            count = sum(1 for other in store.iter_ids() if store.properties(other).get(key) in values)
            results.append(cohort_json(ctx.state, ctx.proj, offset, name, count))
    return Reply(200, {"results": results})
