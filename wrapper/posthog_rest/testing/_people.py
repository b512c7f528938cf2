"""Seeded persons, stored column-wise so 100,000 of them fit in a few megabytes.

A person's properties are built on demand from small per-person columns; changes (patch,
update/delete property, split) live in overlays, so the seeded columns never change.
"""

from __future__ import annotations

import bisect
import hashlib
import random
import time
import uuid
from array import array
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

__all__ = ["PersonStore"]

OSES = ("Mac OS X", "Windows", "Linux", "iOS", "Android", "Chrome OS")
_OS_WEIGHTS = (30, 28, 8, 17, 15, 2)
BROWSERS = ("Chrome", "Safari", "Firefox", "Microsoft Edge", "Opera", "Samsung Internet")
_BROWSER_WEIGHTS = (55, 25, 8, 8, 2, 2)
COUNTRIES = ("US", "GB", "DE", "FR", "IN", "BR", "CA", "NL", "AU", "JP", "ES", "PL")
_COUNTRY_WEIGHTS = (35, 10, 9, 7, 8, 6, 5, 4, 4, 4, 4, 4)
PLANS = ("free", "starter", "pro", "enterprise")
_PLAN_WEIGHTS = (70, 15, 12, 3)
FIRST_NAMES = (
    "Ada", "Alan", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "John", "Radia",
    "Tim", "Katherine", "Guido", "Hedy", "Edsger", "Sophie", "Niklaus", "Shafi", "Donald", "Annie", "Yukihiro",
    "Mary", "Bjarne", "Karen", "Brian", "Evelyn", "James", "Jean", "Leslie",
)  # fmt: skip
LAST_NAMES = (
    "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie", "Allen", "Backus",
    "Perlman", "Berners-Lee", "Johnson", "van Rossum", "Lamarr", "Dijkstra", "Wilson", "Wirth", "Goldwasser",
    "Knuth", "Easley", "Matsumoto", "Keller", "Stroustrup", "Jones", "Kernighan", "Boyd", "Gosling", "Sammet",
    "Lamport",
)  # fmt: skip
DOMAINS = ("example.com", "acme.io", "hogmail.com", "initech.dev", "globex.org")
SPAN_DAYS = 365
_COLUMNS = frozenset(
    ("created", "os", "browser", "country", "plan", "first", "last", "domain", "anon", "ndistinct", "logins")
)


def _hex(*parts: object, size: int = 16) -> bytes:
    return hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=size).digest()


class PersonStore:
    """The persons of one project: ``count`` seeded ones (ids ``id_base…``) plus those made by splits.

    The seeded columns are drawn on first use (a ``--demo whoami`` never needs them); they depend on
    nothing but the constructor's arguments, so when they are drawn does not change them.

    >>> from datetime import UTC, datetime
    >>> store = PersonStore(seed=7, count=3, id_base=1000, anchor=datetime(2026, 1, 1, tzinfo=UTC))
    >>> [p["id"] for p in store.iter_persons()]   # newest first
    [1002, 1001, 1000]
    """

    def __init__(self, seed: int, count: int, id_base: int, anchor: datetime) -> None:
        self.seed = seed
        self.count = count
        self.id_base = id_base
        self.anchor = anchor
        self.start = anchor - timedelta(days=SPAN_DAYS)
        n = count
        # Overlays: everything that changed since seeding.
        self.props_override: dict[int, dict[str, Any]] = {}
        self.ids_override: dict[int, list[str]] = {}
        self.deleted: set[int] = set()
        self.extra: dict[int, dict[str, Any]] = {}  # persons created by splits, by id (insertion = age order)
        self.next_id = id_base + n
        self._distinct_index: dict[str, int] | None = None
        self._uuid_index: dict[str, int] | None = None
        # $set / $unset writes waiting for "ingestion": (due on the monotonic clock, person, set, unset).
        self._pending: list[tuple[float, int, dict[str, Any], tuple[str, ...]]] = []
        #: Anything derived from the persons (e.g. the matches of a filter), dropped on every change.
        self.derived: dict[Any, Any] = {}
        self._deleted_seeded: list[int] = []  # sorted: positions in the seeded range skip these

    # Seeded columns, one entry per seeded person (drawn by _draw_columns on first use).
    created: array[float]  # seconds after `start`, increasing with the index: newest = highest id
    os: array[int]
    browser: array[int]
    country: array[int]
    plan: array[int]
    first: array[int]
    last: array[int]
    domain: array[int]
    anon: array[int]  # 1: no email known
    ndistinct: array[int]
    logins: array[int]

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not set yet: the seeded columns before their first use.
        if name not in _COLUMNS:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self._draw_columns()
        return self.__dict__[name]

    def _draw_columns(self) -> None:
        rng = random.Random(f"persons:{self.seed}:{self.id_base}")
        n = self.count
        step = SPAN_DAYS * 86400 / max(n, 1)
        columns = {
            "created": array("d", (i * step + rng.random() * step for i in range(n))),
            "os": array("B", rng.choices(range(len(OSES)), _OS_WEIGHTS, k=n)),
            "browser": array("B", rng.choices(range(len(BROWSERS)), _BROWSER_WEIGHTS, k=n)),
            "country": array("B", rng.choices(range(len(COUNTRIES)), _COUNTRY_WEIGHTS, k=n)),
            "plan": array("B", rng.choices(range(len(PLANS)), _PLAN_WEIGHTS, k=n)),
            "first": array("B", (rng.randrange(len(FIRST_NAMES)) for _ in range(n))),
            "last": array("B", (rng.randrange(len(LAST_NAMES)) for _ in range(n))),
            "domain": array("B", (rng.randrange(len(DOMAINS)) for _ in range(n))),
            "anon": array("B", (1 if rng.random() < 0.12 else 0 for _ in range(n))),
            "ndistinct": array("B", rng.choices((1, 2, 3), (60, 30, 10), k=n)),
            "logins": array("H", (int(rng.expovariate(1 / 20)) % 65535 for _ in range(n))),
        }
        # Set all at once, after drawing: another thread drawing at the same time sets the same values.
        self.__dict__.update(columns)

    # --- seeded columns -> values -------------------------------------------------------------
    def created_at(self, pid: int) -> datetime:
        """When the person was first seen."""
        if pid in self.extra:
            created: datetime = self.extra[pid]["created_at"]
            return created
        return self.start + timedelta(seconds=self.created[pid - self.id_base])

    def _seeded_props(self, i: int) -> dict[str, Any]:
        first, last = FIRST_NAMES[self.first[i]], LAST_NAMES[self.last[i]]
        created = self.start + timedelta(seconds=self.created[i])
        props: dict[str, Any] = {
            "$initial_os": OSES[self.os[i]],
            "$browser": BROWSERS[self.browser[i]],
            "$geoip_country_code": COUNTRIES[self.country[i]],
            "plan": PLANS[self.plan[i]],
            "logins": self.logins[i],
            "signed_up_at": created.date().isoformat(),
        }
        if not self.anon[i]:
            local = f"{first}.{last}".lower().replace(" ", "").replace("-", "")
            props["email"] = f"{local}{self.id_base + i}@{DOMAINS[self.domain[i]]}"
            props["name"] = f"{first} {last}"
        return props

    def _seeded_ids(self, i: int) -> list[str]:
        pid = self.id_base + i
        ids = []
        for k in range(self.ndistinct[i]):
            raw = _hex(self.seed, pid, k)
            ids.append(str(uuid.UUID(bytes=raw, version=4)) if k else f"user_{raw.hex()[:12]}")
        return ids

    # --- the public view ------------------------------------------------------------------------
    def exists(self, pid: int) -> bool:
        """Whether the person exists (and is not deleted)."""
        if pid in self.deleted:
            return False
        return pid in self.extra or self.id_base <= pid < self.id_base + self.count

    def properties(self, pid: int) -> dict[str, Any]:
        """The person's current properties (a fresh dict the caller may keep)."""
        if self._pending:
            self.settle()
        if pid in self.props_override:
            return dict(self.props_override[pid])
        if pid in self.extra:
            return dict(self.extra[pid]["properties"])
        return self._seeded_props(pid - self.id_base)

    def distinct_ids(self, pid: int) -> list[str]:
        """The person's distinct ids, oldest first."""
        if pid in self.ids_override:
            return list(self.ids_override[pid])
        if pid in self.extra:
            return list(self.extra[pid]["distinct_ids"])
        return self._seeded_ids(pid - self.id_base)

    def uuid(self, pid: int) -> str:
        """The person's uuid (stable for a seed)."""
        return str(uuid.UUID(bytes=_hex(self.seed, "uuid", pid), version=4))

    def get(self, pid: int) -> dict[str, Any]:
        """The person as the API shows it."""
        props = self.properties(pid)
        ids = self.distinct_ids(pid)
        created = self.created_at(pid)
        name = props.get("email") or props.get("name") or (ids[0] if ids else str(pid))
        return {
            "id": pid,
            "uuid": self.uuid(pid),
            "name": str(name),
            "distinct_ids": ids,
            "properties": props,
            "created_at": created.isoformat().replace("+00:00", "Z"),
            "last_seen_at": self.last_seen_at(pid, created).isoformat().replace("+00:00", "Z"),
        }

    def last_seen_at(self, pid: int, created: datetime) -> datetime:
        """When the person was last seen: up to 29 days after they were created, never after the seed's today."""
        gap = timedelta(days=(pid * 7919) % 30)
        room = max(self.anchor - created, timedelta(0))
        if gap > room:  # a recent person: seen between sign-up and today, spread by id
            gap = room * ((pid * 7919) % 997 / 997)
        return created + gap

    def iter_ids(self) -> Iterator[int]:
        """Every live person id, newest first."""
        for pid in reversed(list(self.extra)):
            if pid not in self.deleted:
                yield pid
        deleted = self.deleted
        for pid in range(self.id_base + self.count - 1, self.id_base - 1, -1):
            if pid not in deleted:
                yield pid

    def page_ids(self, offset: int, limit: int) -> list[int]:
        """``list(iter_ids())[offset:offset + limit]`` without walking the first ``offset`` ids.

        >>> from datetime import UTC, datetime
        >>> store = PersonStore(seed=7, count=10, id_base=100, anchor=datetime(2026, 1, 1, tzinfo=UTC))
        >>> store.delete(107)
        >>> store.page_ids(1, 3) == list(store.iter_ids())[1:4] == [108, 106, 105]
        True
        """
        newer = [pid for pid in reversed(list(self.extra)) if pid not in self.deleted]
        page = newer[offset : offset + limit]
        start = max(0, offset - len(newer))  # position among the live seeded ids, newest first
        pid = self._seeded_at(start)
        deleted = self.deleted
        while len(page) < limit and pid >= self.id_base:
            if pid not in deleted:
                page.append(pid)
            pid -= 1
        return page

    def _seeded_at(self, position: int) -> int:
        """The seeded id at ``position`` among the live seeded ids, newest first (``id_base - 1`` past the end)."""
        top = self.id_base + self.count - 1
        gone = self._deleted_seeded
        low, high = self.id_base, top  # the largest pid with more than `position` live ids in [pid, top]
        if top - self.id_base + 1 - len(gone) <= position:
            return self.id_base - 1
        while low < high:
            mid = (low + high + 1) // 2
            live = top - mid + 1 - (len(gone) - bisect.bisect_left(gone, mid))
            if live > position:
                low = mid
            else:
                high = mid - 1
        return low

    def iter_persons(self) -> Iterator[dict[str, Any]]:
        """Every live person, newest first."""
        for pid in self.iter_ids():
            yield self.get(pid)

    def live_count(self) -> int:
        """How many persons exist."""
        return self.count + len(self.extra) - len(self.deleted)

    def by_distinct_id(self, distinct_id: str) -> int | None:
        """The id of the person with this distinct id, if any."""
        for pid in list(self.ids_override) + list(self.extra):
            if distinct_id in self.distinct_ids(pid) and pid not in self.deleted:
                return pid
        if self._distinct_index is None:
            self._distinct_index = {}
            for i in range(self.count):
                for did in self._seeded_ids(i):
                    self._distinct_index[did] = self.id_base + i
        found = self._distinct_index.get(distinct_id)
        if found is None or found in self.deleted or found in self.ids_override:
            return None
        return found

    def by_uuid(self, value: str) -> int | None:
        """The id of the live person with this uuid, if any."""
        if self._uuid_index is None:
            self._uuid_index = {self.uuid(self.id_base + i): self.id_base + i for i in range(self.count)}
        for pid in self.extra:
            self._uuid_index.setdefault(self.uuid(pid), pid)
        found = self._uuid_index.get(value.lower())
        return found if found is not None and self.exists(found) else None

    # --- changes ------------------------------------------------------------------------------
    def queue_write(self, pid: int, set_props: dict[str, Any], unset: tuple[str, ...], delay: float) -> None:
        """Apply a ``$set`` / ``$unset`` after ``delay`` seconds, as PostHog's ingestion does."""
        self._pending.append((time.monotonic() + max(0.0, delay), pid, dict(set_props), unset))
        if delay <= 0:
            self.settle()

    def settle(self) -> None:
        """Apply the queued writes that are due, oldest first."""
        now = time.monotonic()
        while self._pending and self._pending[0][0] <= now:
            _, pid, set_props, unset = self._pending.pop(0)
            if not self.exists(pid):
                continue
            self._pending, pending = [], self._pending  # properties() below must not re-enter settle()
            props = {**self.properties(pid), **set_props}
            self._pending = pending
            for key in unset:
                props.pop(key, None)
            self.set_properties(pid, props)

    def set_properties(self, pid: int, props: dict[str, Any]) -> None:
        """Replace the person's properties."""
        self.derived.clear()
        if pid in self.extra:
            self.extra[pid]["properties"] = dict(props)
        else:
            self.props_override[pid] = dict(props)

    def delete(self, pid: int) -> None:
        """Delete the person."""
        self.derived.clear()
        if pid not in self.deleted and self.id_base <= pid < self.id_base + self.count:
            bisect.insort(self._deleted_seeded, pid)
        self.deleted.add(pid)

    def split(self, pid: int, main_distinct_id: str | None, now: datetime) -> list[int]:
        """Give every distinct id but ``main_distinct_id`` a person of its own; returns the new ids."""
        self.derived.clear()
        ids = self.distinct_ids(pid)
        keep = main_distinct_id if main_distinct_id in ids else ids[0]
        created = []
        for did in ids:
            if did == keep:
                continue
            new_id = self.next_id
            self.next_id += 1
            self.extra[new_id] = {"created_at": now, "properties": {}, "distinct_ids": [did]}
            created.append(new_id)
        if pid in self.extra:
            self.extra[pid]["distinct_ids"] = [keep]
        else:
            self.ids_override[pid] = [keep]
        return created

    def created_between(self, start: datetime, end: datetime) -> int:
        """How many seeded persons were created in ``[start, end)`` (index arithmetic, no scan)."""
        return max(0, self._index_at(end) - self._index_at(start))

    def _index_at(self, when: datetime) -> int:
        if self.count == 0:
            return 0
        offset = (when - self.start).total_seconds()
        step = SPAN_DAYS * 86400 / self.count
        return min(self.count, max(0, int(offset // step)))
