"""PostHog's date ranges (``-7d``, ``-24h``, ``mStart``, ``2026-11-01``, …) and interval buckets."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from dateutil.relativedelta import relativedelta

from ._rewrite import HogQLError

__all__ = ["INTERVALS", "bucket_starts", "day_key", "label", "parse_date", "resolve_range"]

INTERVALS = ("hour", "day", "week", "month")
_RELATIVE = re.compile(r"^-(\d+)([hdwmqy])(Start|End)?$")


def _floor(moment: datetime, interval: str) -> datetime:
    if interval == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if interval == "week":  # PostHog's default week starts on Sunday
        return day - timedelta(days=(day.weekday() + 1) % 7)
    if interval == "month":
        return day.replace(day=1)
    return day


def parse_date(raw: str, now: datetime) -> datetime:
    """One end of a date range: relative (``-7d``, ``-1m``, ``mStart``, ``yStart``, ``all``) or absolute."""
    text = raw.strip()
    if text in ("mStart", "yStart", "dStart"):
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return {"mStart": day.replace(day=1), "yStart": day.replace(month=1, day=1), "dStart": day}[text]
    if text == "all":
        return datetime(2000, 1, 1, tzinfo=UTC)
    m = _RELATIVE.match(text)
    if m:
        n, unit = int(m.group(1)), m.group(2)
        delta = {
            "h": relativedelta(hours=n),
            "d": relativedelta(days=n),
            "w": relativedelta(weeks=n),
            "m": relativedelta(months=n),
            "q": relativedelta(months=3 * n),
            "y": relativedelta(years=n),
        }[unit]
        moment = now - delta
        if m.group(3) == "Start":
            moment = moment.replace(hour=0, minute=0, second=0, microsecond=0)
        return moment
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise HogQLError(f"Invalid date: {raw!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def resolve_range(
    date_from: str | None, date_to: str | None, now: datetime, default: str = "-7d"
) -> tuple[datetime, datetime]:
    """The absolute bounds of a range (PostHog's default: the last 7 days up to now)."""
    start = parse_date(date_from or default, now)
    if date_from and re.fullmatch(r"-\d+[dwmqy]", date_from.strip()):
        start = start.replace(hour=0, minute=0, second=0, microsecond=0)  # relative days count whole days
    end = parse_date(date_to, now) if date_to else now
    if date_to and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date_to.strip()):
        end = end + timedelta(days=1) - timedelta(microseconds=1)
    return start, end


def bucket_starts(start: datetime, end: datetime, interval: str) -> list[datetime]:
    """Every interval start from the one holding ``start`` to the one holding ``end``."""
    step = {
        "hour": relativedelta(hours=1),
        "day": relativedelta(days=1),
        "week": relativedelta(weeks=1),
        "month": relativedelta(months=1),
    }[interval]
    out, at = [], _floor(start, interval)
    while at <= end:
        out.append(at)
        at = at + step
    return out


def label(moment: datetime, interval: str) -> str:
    """PostHog's label of a bucket: ``1-Nov-2026`` (``1-Nov-2026 14:00`` hourly)."""
    return f"{moment.day}-{moment.strftime('%b-%Y')}" + (moment.strftime(" %H:%M") if interval == "hour" else "")


def day_key(moment: datetime, interval: str) -> str:
    """PostHog's ``days`` entry of a bucket: ``2026-11-01`` (``2026-11-01 14:00:00`` hourly)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S" if interval == "hour" else "%Y-%m-%d")
