"""Trend arguments as users write them: plain event names, and enum values checked with the valid ones listed.

Shared by every trend entry point (the legacy ``insights.trend`` body, and the Query API's ``TrendsQuery``
series) so that ``events=["$pageview"]`` means the same everywhere.

Example:
    >>> normalize_events(["$pageview", {"id": "signed_up", "math": "dau"}])
    [{'id': '$pageview', 'type': 'events'}, {'id': 'signed_up', 'math': 'dau', 'type': 'events'}]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._errors import InvalidRequestError

__all__ = ["check_choice", "events_nodes", "normalize_events", "trend_params"]


def normalize_events(events: Any, what: str = "events") -> list[dict[str, Any]]:
    """Each item as an entity dict: a plain name becomes ``{"id": name, "type": "events"}``; a dict keeps
    its keys (``event`` is accepted for ``id``) and gets ``type: events`` unless it names one.

    Raises :class:`InvalidRequestError` for anything else (a bare string instead of a list, a number…).

    Example:
        >>> normalize_events([{"event": "$pageview"}])
        [{'id': '$pageview', 'type': 'events'}]
    """
    if isinstance(events, str | bytes) or not isinstance(events, Iterable):
        raise InvalidRequestError(f"{what} must be a list of event names or dicts, e.g. {what}=['$pageview']")
    out = []
    for item in events:
        if isinstance(item, str) and item:
            out.append({"id": item, "type": "events"})
        elif isinstance(item, Mapping) and (item.get("id") is not None or item.get("event")):
            entity = {str(k): v for k, v in item.items() if k != "event"}
            entity.setdefault("id", item.get("event"))
            entity.setdefault("type", "events")
            out.append(entity)
        else:
            raise InvalidRequestError(
                f"{what}: {item!r} is not an event: pass a name ('$pageview') or a dict with an 'id'"
            )
    return out


def events_nodes(events: Any, what: str = "events") -> list[dict[str, Any]]:
    """The same events as Query API series: ``{"kind": "EventsNode", "event": name, …}`` (``math``,
    ``math_property``, ``custom_name`` and ``properties`` carried over), for a ``TrendsQuery``'s ``series``.

    Example:
        >>> events_nodes(["$pageview", {"id": "signed_up", "math": "dau"}])
        [{'kind': 'EventsNode', 'event': '$pageview'}, {'kind': 'EventsNode', 'event': 'signed_up', 'math': 'dau'}]
    """
    carried = ("name", "custom_name", "math", "math_property", "properties")
    nodes = []
    for entity in normalize_events(events, what):
        node: dict[str, Any] = {"kind": "EventsNode", "event": entity["id"]}
        node.update({key: entity[key] for key in carried if entity.get(key) is not None})
        nodes.append(node)
    return nodes


def check_choice(value: Any, choices: Iterable[str], name: str) -> None:
    """Refuse ``value`` unless it is one of ``choices`` (``None`` passes), listing the valid values.

    Example:
        >>> check_choice("Bars", ["ActionsBar", "ActionsLineGraph"], "display")
        Traceback (most recent call last):
        posthog_rest._errors.InvalidRequestError: display='Bars' is not valid: use one of ActionsBar, ActionsLineGraph
    """
    valid = [str(choice) for choice in choices]
    if value is not None and str(value) not in valid:
        raise InvalidRequestError(f"{name}={value!r} is not valid: use one of {', '.join(valid)}")


def trend_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """A legacy trend request's arguments: events/actions normalized, ``display``, ``interval``,
    ``breakdown_type`` and each series' ``math`` checked against the spec's values.

    Example:
        >>> trend_params({"events": ["$pageview"], "display": "ActionsPie"})["events"]
        [{'id': '$pageview', 'type': 'events'}]
    """
    from posthog_openapi.models.breakdown_type import BreakdownType
    from posthog_openapi.models.interval_type import IntervalType
    from posthog_openapi.models.math_type import MathType
    from posthog_openapi.models.trend_display import TrendDisplay

    out = dict(params)
    for key in ("events", "actions"):
        if out.get(key) is not None:
            out[key] = normalize_events(out[key], key)
            for entity in out[key]:
                check_choice(entity.get("math"), [m.value for m in MathType], "math")
    check_choice(out.get("display"), [d.value for d in TrendDisplay], "display")
    check_choice(out.get("interval"), [i.value for i in IntervalType], "interval")
    check_choice(out.get("breakdown_type"), [b.value for b in BreakdownType], "breakdown_type")
    return out
