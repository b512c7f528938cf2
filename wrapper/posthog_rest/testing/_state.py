"""The stand-in's in-memory state: an organization, two projects, users, keys, insights, persons.

Everything is derived from ``seed``: the same seed gives the same ids, keys, insights and persons.
Persons and insights are seeded on first use (most of a ``--demo whoami``'s start-up otherwise), with the
values an eager seeding would give: the same random draws in the same order, at the construction time.
"""

from __future__ import annotations

import hashlib
import random
import string
import threading
import uuid
from collections import Counter, deque
from datetime import UTC, datetime, time, timedelta
from typing import Any

from ._people import PersonStore
from ._records import ActivityEntry, InsightRecord, ProjectData, QueryRecord, UserData, iso

__all__ = ["ActivityEntry", "InsightRecord", "ProjectData", "QueryRecord", "State", "iso"]


def _uuid(*parts: object) -> str:
    digest = hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=16).digest()
    return str(uuid.UUID(bytes=digest, version=4))


class State:
    """All of the stand-in's data and settings. Safe to inspect from tests (``server.state``).

    >>> s = State(seed=7, persons=10)
    >>> s.current_project.persons.live_count(), len(s.current_project.insights) >= 20
    (10, True)
    """

    def __init__(
        self, seed: int = 7, persons: int = 2000, anchor: datetime | None = None, events: int = 20_000
    ) -> None:
        self.seed = seed
        self.persons_count = persons
        self.lock = threading.RLock()
        self.seeded_at = self.now()  # the insights' cached results are as of now, however late they are made
        self._seeding: bool | None = False  # None: seeded; True: being seeded (by the thread holding the lock)
        rng = random.Random(f"state:{seed}")
        midnight = datetime.combine(datetime.now(UTC).date(), time.min, UTC)
        self.anchor = anchor or midnight
        self.org_id = _uuid(seed, "org")
        self.org_name = "Hogflix"
        self.org_slug = "hogflix"
        self.user = UserData(
            rng.randrange(1, 5000),
            _uuid(seed, "user"),
            f"d_{rng.getrandbits(48):012x}",
            "Max",
            "Hedgehog",
            "max@hogflix.com",
        )
        self.colleague = UserData(
            self.user.id + 1,
            _uuid(seed, "colleague"),
            f"d_{rng.getrandbits(48):012x}",
            "Ada",
            "Lovelace",
            "ada@hogflix.com",
        )
        self.users = {u.id: u for u in (self.user, self.colleague)}
        first_id = rng.randrange(10_000, 90_000)
        self.projects: dict[int, ProjectData] = {}
        for n, (pid, name, count) in enumerate(
            ((first_id, "Hogflix web", persons), (first_id + 7, "Hogflix mobile", 25))
        ):
            self.projects[pid] = ProjectData(
                id=pid,
                uuid=_uuid(seed, "project", pid),
                name=name,
                api_token="phc_" + hashlib.sha256(f"{seed}:{pid}".encode()).hexdigest()[:43],
                created_at=self.anchor - timedelta(days=400 - n * 30),
                persons=PersonStore(seed, count, id_base=1000 + n * 10_000_000, anchor=self.anchor),
                seed=self.seed_data,
            )
        self.current_project_id = first_id
        self.other_project_id = first_id + 7
        self.api_key = "phx_" + hashlib.sha256(f"key:{seed}".encode()).hexdigest()[:43]
        self.keys: dict[str, list[str]] = {self.api_key: ["*"]}
        self._key_counter = 0
        self._next_insight_id = rng.randrange(100_000, 900_000)
        self._rng = rng
        # Settings (see LocalPostHog for the knobs).
        self.calculation_time = 0.2
        self.very_fresh_seconds = 180.0
        self.stale_after_seconds = 6 * 3600.0
        self.fail_next: dict[int, str] = {}
        # The Query API: events seeded on the first query; PostHog's limits for personal-API-key queries.
        self.events = events
        self.query_timeout = 10.0  # seconds a query may run
        self.query_concurrency = 3  # queries running at once per project; one more answers 429
        self.query_delay = 0.0  # extra seconds every query takes (to test concurrency and polling)
        self.queries_running: dict[int, int] = {}
        self.query_cache: dict[str, tuple[dict[str, Any], datetime]] = {}
        self.query_tables: dict[int, Any] = {}  # project id -> _hogql.ProjectTables (made on the first query)
        self.legacy_insight_endpoints = False  # True: an older self-hosted PostHog (see _cloud.py)
        self.person_write_delay = 0.3  # seconds until a $set / $unset shows (PostHog applies them via ingestion)
        self.received: deque[Any] = deque(maxlen=200)  # the last requests (_context.Received), newest last
        self.views: list[tuple[int, int, datetime]] = []
        self.violations: list[str] = []
        self.stats: Counter[str] = Counter()
        self.writes = 0

    def seed_data(self) -> None:
        """Seed the insights (and their cached results, from the persons) now, if not yet done.

        Reading a project's persons, insights or activity, or making an id, does this first.

        Example:
            >>> state = State(seed=7, persons=10); state.seed_data()
            >>> len(state.current_project.insights) >= 20
            True
        """
        if self._seeding is None:
            return
        with self.lock:  # reentrant: seeding itself reads the projects it fills
            if self._seeding is not False:
                return
            self._seeding = True
            from ._seed_insights import seed_insights  # and the calculations it imports

            try:
                seed_insights(self, self.seeded_at)
            finally:
                self._seeding = None

    def reset(self) -> None:
        """Back to the seeded data: persons, insights, keys, counters and settings as new (same seed,
        persons, events and day). The list of off-spec answers is kept, so a running contract check still
        sees it; the Query API's tables are dropped (the next query seeds them again, ~1 s).

        Example:
            >>> state = State(seed=7, persons=10)
            >>> state.current_project.persons.deleted.add(1000); state.reset()
            >>> state.current_project.persons.exists(1000)
            True
        """
        fresh = State(self.seed, self.persons_count, self.anchor, self.events)
        with self.lock:
            lock, violations, tables = self.lock, self.violations, list(self.query_tables.values())
            self.__dict__.update(fresh.__dict__)
            self.lock, self.violations = lock, violations
            for project in self.projects.values():  # seeded (when first read) into this state, not `fresh`
                project.seed = self.seed_data
        # The Query API's tables snapshot the persons when first queried: the next query makes fresh ones.
        for old in tables:
            old.drop()

    # --- lookups -------------------------------------------------------------------------------
    @property
    def current_project(self) -> ProjectData:
        """The user's current project (``@current``).

        Example:
            >>> State(seed=7, persons=10).current_project.name
            'Hogflix web'
        """
        return self.projects[self.current_project_id]

    def now(self) -> datetime:
        """The current time (UTC).

        Example:
            >>> State(persons=10).now().tzinfo
            datetime.timezone.utc
        """
        return datetime.now(UTC)

    def new_insight_id(self) -> int:
        """A fresh insight id.

        Example:
            >>> server.state.new_insight_id() > max(server.state.current_project.insights)
            True
        """
        self.seed_data()  # the seeded insights draw their ids first
        self._next_insight_id += 1 + self._rng.randrange(3)
        return self._next_insight_id

    def new_short_id(self) -> str:
        """A fresh 8-character short id.

        Example:
            >>> len(server.state.new_short_id())
            8
        """
        self.seed_data()
        alphabet = string.ascii_letters + string.digits
        taken = {i.short_id for p in self.projects.values() for i in p.insights.values()}
        while True:
            short = "".join(self._rng.choice(alphabet) for _ in range(8))
            if short not in taken:
                return short

    def mint_key(self, scopes: list[str]) -> str:
        """A new personal API key with exactly these scopes.

        Example:
            >>> key = server.state.mint_key(["insight:read"])
            >>> server.state.keys[key]
            ['insight:read']
        """
        self._key_counter += 1
        key = "phx_" + hashlib.sha256(f"key:{self.seed}:{self._key_counter}".encode()).hexdigest()[:43]
        self.keys[key] = list(scopes)
        return key

    def record(self, project: ProjectData, scope: str, item_id: int, activity: str, detail: dict[str, Any]) -> None:
        """Record an activity-log entry (newest entries are read first).

        Example:
            >>> project = server.state.current_project
            >>> server.state.record(project, "Insight", 42, "updated", {})
            >>> project.activity[-1].activity
            'updated'
        """
        now = self.now()
        project.activity.append(
            ActivityEntry(
                _uuid(self.seed, "activity", len(project.activity), now.timestamp()),
                scope,
                str(item_id),
                activity,
                now,
                self.user.id,
                detail,
            )
        )
        self.writes += 1
