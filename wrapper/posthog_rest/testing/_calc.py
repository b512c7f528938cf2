"""Insight calculations from the seeded data: trends, funnels, retention, paths, timing.

Results come from a small deterministic event model: an event's daily count grows with the number of
persons that exist that day, scaled by a per-event rate, a weekday factor and seeded noise. So they
depend on the request (events, dates, interval, breakdown, filters) and on the persons, and the same
seed always gives the same numbers.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from ._calc_spec import CalcSpec, parse_date, spec_from_insight, spec_from_request
from ._errors import ApiError
from ._filters import parse_property_filters
from ._people import BROWSERS, COUNTRIES, OSES, PLANS, PersonStore

__all__ = ["CalcSpec", "calculate", "parse_date", "spec_from_insight", "spec_from_request"]

_BREAKDOWN_VALUES = {"$browser": BROWSERS, "$initial_os": OSES, "$geoip_country_code": COUNTRIES, "plan": PLANS}
_EVENT_RATES = {"$pageview": 0.9, "$autocapture": 1.6, "$identify": 0.05, "$pageleave": 0.7, "$screen": 0.4}
#: Events the seeded project has besides the rated ones (a rate from the seed); any other name counts zero,
#: as PostHog answers for an event nobody sent.
_OTHER_EVENTS = frozenset(
    {
        "logged_in",
        "purchase",
        "refund",
        "checkout_started",
        "subscription_started",
        "project_created",
        "first_event_ingested",
        "$feature_flag_called",
        "$exception",
    }
)
_SIGNUP_EVENTS = frozenset({"signed_up", "user signed up"})
_MAX_BUCKETS = 5000


def _unit(*parts: object) -> float:
    """A deterministic number in [0, 1) from the parts."""
    digest = hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


# --- the event model ---------------------------------------------------------------------------
def _persons_before(store: PersonStore, moment: datetime) -> int:
    return store.created_between(store.start, moment) + sum(1 for pid in store.extra if store.created_at(pid) < moment)


def _filter_share(store: PersonStore, properties: Any, seed: int) -> float:
    """The share of persons a ``properties`` filter keeps (measured on a sample of persons)."""
    if not properties:
        return 1.0
    filters = properties.get("values") if isinstance(properties, dict) else properties
    if not isinstance(filters, list):
        return 1.0
    person_filters = [f for f in filters if isinstance(f, dict) and f.get("type", "person") == "person"]
    other = len(filters) - len(person_filters)
    share = 1.0
    if person_filters:
        import json

        matcher = parse_property_filters(json.dumps(person_filters))
        sample = [store.properties(pid) for pid in _sample_ids(store)]
        share = sum(1 for p in sample if matcher(p)) / len(sample) if sample else 0.0
    for i in range(other):
        share *= 0.3 + 0.5 * _unit(seed, "filter", i, str(filters))
    return share


def _daily(store: PersonStore, seed: int, event: Any, day: date, math: Any) -> float:
    moment = datetime.combine(day + timedelta(days=1), time.min, UTC)
    persons = _persons_before(store, moment)
    name = str(event)
    if name in _SIGNUP_EVENTS:
        return float(store.created_between(moment - timedelta(days=1), moment))
    if name not in _EVENT_RATES and name not in _OTHER_EVENTS and not isinstance(event, int):
        return 0.0
    rate = _EVENT_RATES.get(name, 0.02 + 0.4 * _unit(seed, "rate", name))
    weekday = 0.65 if day.weekday() >= 5 else 1.0
    noise = 0.85 + 0.3 * _unit(seed, "noise", name, day.isoformat())
    active = persons * 0.12 * weekday * noise
    if math in ("dau", "unique_session", "weekly_active", "monthly_active"):
        factor = {"dau": 1.0, "unique_session": 1.4, "weekly_active": 3.2, "monthly_active": 7.5}[str(math)]
        return active * factor
    return active * rate * 8


def _buckets(start: datetime, end: datetime, interval: str) -> list[tuple[datetime, datetime]]:
    if end < start:
        raise ApiError.validation("date_to is before date_from.", "date_to")
    out: list[tuple[datetime, datetime]] = []
    if interval == "hour":
        cur = start.replace(minute=0, second=0, microsecond=0)
        step: timedelta | None = timedelta(hours=1)
    elif interval == "week":
        cur = datetime.combine(start.date() - timedelta(days=(start.weekday() + 1) % 7), time.min, UTC)
        step = timedelta(days=7)
    elif interval == "month":
        cur = datetime.combine(start.date().replace(day=1), time.min, UTC)
        step = None
    else:
        cur = datetime.combine(start.date(), time.min, UTC)
        step = timedelta(days=1)
    while cur <= end:
        nxt = (cur.replace(day=28) + timedelta(days=4)).replace(day=1) if step is None else cur + step
        out.append((cur, nxt))
        cur = nxt
        if len(out) > _MAX_BUCKETS:
            raise ApiError.validation("The date range has too many intervals.", "date_from")
    return out


def _label(moment: datetime, interval: str) -> str:
    # posthog/utils.py format_label_date: hours drop the year, months show only month and year.
    return moment.strftime({"hour": "%-d-%b %H:%M", "month": "%b %Y"}.get(interval, "%-d-%b-%Y"))


def _day(moment: datetime, interval: str) -> str:
    # PostHog's trends query runner: "%Y-%m-%d", plus " %H:%M:%S" for hour (and minute) intervals.
    return moment.strftime("%Y-%m-%d %H:%M:%S" if interval == "hour" else "%Y-%m-%d")


def _breakdown_parts(store: PersonStore, seed: int, breakdown: Any) -> list[tuple[Any, float]]:
    """Each breakdown value with its share: measured on the persons for a person property, else seeded."""
    if not isinstance(breakdown, str) or not breakdown:
        return [(None, 1.0)]
    values = _BREAKDOWN_VALUES.get(breakdown)
    if values is not None:
        sample = [store.properties(pid).get(breakdown) for pid in _sample_ids(store)]
        counts = [sum(1 for v in sample if v == value) for value in values]
        total = sum(counts)
        if total:
            return [(v, c / total) for v, c in zip(values, counts, strict=True) if c]
    names = values or ("value a", "value b", "value c")
    weights = [0.2 + _unit(seed, "bd", breakdown, v) for v in names]
    return [(v, w / sum(weights)) for v, w in zip(names, weights, strict=True)]


def _sample_ids(store: PersonStore) -> list[int]:
    return list(store.iter_ids())[:: max(1, store.live_count() // 500)]


def _bucket_value(
    store: PersonStore, seed: int, entity: dict[str, Any], lo: datetime, hi: datetime, now: datetime
) -> float:
    if lo > now:
        return 0.0
    if hi - lo < timedelta(days=1):
        diurnal = 0.4 + 1.2 * _unit(seed, "hour", lo.hour)
        return _daily(store, seed, entity.get("id"), lo.date(), entity.get("math")) / 24 * diurnal
    total = 0.0
    day = lo.date()
    while day < hi.date() and datetime.combine(day, time.min, UTC) <= now:
        total += _daily(store, seed, entity.get("id"), day, entity.get("math"))
        day += timedelta(days=1)
    return total


def _range(spec: CalcSpec, now: datetime, default_from: str = "-7d") -> tuple[datetime, datetime]:
    start = parse_date(spec.date_from if spec.date_from is not None else default_from, now, "date_from")
    end = now if spec.date_to is None else parse_date(spec.date_to, now, "date_to", end=True)
    return start, end


def _trends(store: PersonStore, seed: int, spec: CalcSpec, now: datetime) -> list[dict[str, Any]]:
    if spec.interval not in ("hour", "day", "week", "month"):
        raise ApiError.validation(f"Invalid interval: {spec.interval!r}", "interval")
    start, end = _range(spec, now)
    if not spec.compare:
        return _period(store, seed, spec, now, start, end)
    # The previous period has the same length and ends where this one starts (PostHog: compare=True).
    previous = _period(store, seed, spec, now, start - (end - start), start - timedelta(microseconds=1))
    current = _period(store, seed, spec, now, start, end)
    for label, series in (("current", current), ("previous", previous)):
        for item in series:
            item.update(compare=True, compare_label=label)
    return current + previous


def _period(
    store: PersonStore, seed: int, spec: CalcSpec, now: datetime, start: datetime, end: datetime
) -> list[dict[str, Any]]:
    buckets = _buckets(start, end, spec.interval)
    share = _filter_share(store, spec.properties, seed)
    parts = _breakdown_parts(store, seed, spec.breakdown)
    cumulative = spec.display == "ActionsLineGraphCumulative"
    result: list[dict[str, Any]] = []
    for order, entity in enumerate(spec.series):
        base = [_bucket_value(store, seed, entity, lo, hi, now) * share for lo, hi in buckets]
        for value, weight in parts:
            data: list[float] = [float(round(v * weight)) for v in base]
            if cumulative:
                running = 0.0
                data = [running := running + d for d in data]
            name = str(entity.get("custom_name") or entity.get("name") or entity["id"])
            series: dict[str, Any] = {
                "data": data,
                "days": [_day(lo, spec.interval) for lo, _ in buckets],
                "labels": [_label(lo, spec.interval) for lo, _ in buckets],
                "label": name if value is None else f"{name} - {value}",
                "count": (data[-1] if data else 0.0) if cumulative else float(sum(data)),
                "breakdown_value": value,
                "action": {
                    "id": entity["id"],
                    "type": "events",
                    "order": order,
                    "name": name,
                    "math": entity.get("math") or "total",
                },
                "filter": {"date_from": start.isoformat(), "date_to": end.isoformat()},
            }
            if spec.display in ("BoldNumber", "ActionsPie", "ActionsTable", "ActionsBarValue", "WorldMap"):
                series["aggregated_value"] = float(sum(data))
            result.append(series)
    return result


def _funnel(store: PersonStore, seed: int, spec: CalcSpec, now: datetime) -> list[dict[str, Any]]:
    start, end = _range(spec, now, "-14d")
    if end < start:
        raise ApiError.validation("date_to is before date_from.", "date_to")
    days = max(1, (min(end, now) - start).days + 1)
    count = round(
        _persons_before(store, min(end, now)) * min(0.9, 0.05 * days**0.5) * _filter_share(store, spec.properties, seed)
    )
    steps = []
    for order, entity in enumerate(spec.series or [{"id": "$pageview"}]):
        if order:
            count = round(count * (0.25 + 0.6 * _unit(seed, "funnel", order, entity["id"])))
        steps.append(
            {
                "action_id": entity["id"],
                "name": str(entity["id"]),
                "custom_name": entity.get("custom_name"),
                "order": order,
                "count": count,
                "type": "events",
                "average_conversion_time": None if order == 0 else round(30 + 3000 * _unit(seed, "act", order), 1),
                "median_conversion_time": None if order == 0 else round(20 + 1500 * _unit(seed, "mct", order), 1),
            }
        )
    return steps


def _retention(store: PersonStore, seed: int, spec: CalcSpec, now: datetime) -> list[dict[str, Any]]:
    n = spec.total_intervals
    end = now if spec.date_to is None else parse_date(spec.date_to, now, "date_to", end=True)
    first = datetime.combine(end.date() - timedelta(days=n - 1), time.min, UTC)
    cohorts = []
    for i in range(n):
        day = first + timedelta(days=i)
        size = store.created_between(day, day + timedelta(days=1))
        values = []
        for k in range(n - i):
            if k == 0:
                values.append({"count": size})
            else:
                keep = 0.45 / k**0.5 * (0.8 + 0.4 * _unit(seed, "ret", i, k))
                values.append({"count": round(size * keep)})
        cohorts.append({"label": f"Day {i}", "date": day.isoformat().replace("+00:00", "Z"), "values": values})
    return cohorts


_PAGES = ("/", "/pricing", "/docs", "/signup", "/blog", "/login", "/dashboard")


def _paths(store: PersonStore, seed: int, spec: CalcSpec, now: datetime) -> list[dict[str, Any]]:
    start, end = _range(spec, now)
    if end < start:
        raise ApiError.validation("date_to is before date_from.", "date_to")
    total = _persons_before(store, min(end, now)) * 0.3
    links = []
    for step in range(1, 4):
        for a in _PAGES:
            for b in _PAGES:
                weight = _unit(seed, "path", step, a, b)
                if a == b or weight < 0.7:
                    continue
                value = round(total * (weight - 0.7) / step)
                if value:
                    links.append(
                        {
                            "source": f"{step}_{a}",
                            "target": f"{step + 1}_{b}",
                            "value": value,
                            "average_conversion_time": round(1000 + 60000 * _unit(seed, "pt", step, a, b), 1),
                        }
                    )
    return sorted(links, key=lambda link: -int(link["value"]))


def _lifecycle(store: PersonStore, seed: int, spec: CalcSpec, now: datetime) -> list[dict[str, Any]]:
    single = CalcSpec(**{**spec.__dict__, "breakdown": None, "series": spec.series[:1], "compare": False})
    series = _trends(store, seed, single, now)
    out = []
    for status, sign, share in (
        ("new", 1, 0.1),
        ("returning", 1, 0.6),
        ("resurrecting", 1, 0.15),
        ("dormant", -1, 0.2),
    ):
        for s in series:
            data = [float(sign * round(v * share)) for v in s["data"]]
            out.append(
                {**s, "data": data, "label": f"{s['label']} - {status}", "status": status, "count": float(sum(data))}
            )
    return out


def _stickiness(store: PersonStore, seed: int, spec: CalcSpec, now: datetime) -> list[dict[str, Any]]:
    start, end = _range(spec, now)
    days = max(1, min(60, (min(end, now) - start).days + 1))
    out = []
    for entity in spec.series:
        base = _persons_before(store, min(end, now)) * 0.2 * _filter_share(store, spec.properties, seed)
        data = [float(round(base * 0.55**k)) for k in range(days)]
        out.append(
            {
                "data": data,
                "days": list(range(1, days + 1)),
                "labels": [f"{k} day{'s' if k > 1 else ''}" for k in range(1, days + 1)],
                "label": str(entity["id"]),
                "count": float(sum(data)),
            }
        )
    return out


def timing(store: PersonStore, seed: int, spec: CalcSpec, now: datetime) -> list[dict[str, Any]]:
    """Timing: the average seconds between the series' events, per day."""
    series = _trends(store, seed, CalcSpec(**{**spec.__dict__, "breakdown": None, "compare": False}), now)
    return [
        {
            **s,
            "data": [round(5 + 300 * _unit(seed, "timing", s["label"], d), 1) for d in s["days"]],
            "label": f"{s['label']} (seconds)",
        }
        for s in series
    ]


_CALCULATORS = {
    "trends": _trends,
    "funnels": _funnel,
    "retention": _retention,
    "paths": _paths,
    "lifecycle": _lifecycle,
    "stickiness": _stickiness,
    "timing": timing,
}


def calculate(store: PersonStore, seed: int, spec: CalcSpec, now: datetime) -> list[dict[str, Any]]:
    """Run a calculation; bad input answers a 400 ``ApiError``, never a crash."""
    try:
        return _CALCULATORS[spec.kind](store, seed, spec, now)
    except ApiError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, ZeroDivisionError) as exc:
        raise ApiError.validation(f"Could not calculate the insight: {exc}", None) from None
