"""The stand-in's records: one dataclass per stored thing (insight, query, activity entry, project, user)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .._record import field, record

if TYPE_CHECKING:
    from ._people import PersonStore


def iso(moment: datetime | None) -> str | None:
    """An ISO 8601 timestamp with a ``Z``, as PostHog writes them."""
    return None if moment is None else moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@record
class InsightRecord:
    """One saved insight and its cache."""

    id: int
    short_id: str
    project_id: int
    name: str | None
    filters: dict[str, Any]
    query: dict[str, Any] | None
    created_at: datetime
    created_by: int
    description: str | None = None
    derived_name: str | None = None
    order: int | None = None
    deleted: bool = False
    dashboards: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    favorited: bool = False
    saved: bool = True
    updated_at: datetime | None = None
    last_modified_by: int | None = None
    cached_result: Any = None
    last_refresh: datetime | None = None
    pending_query: str | None = None  # id of a running background calculation
    last_viewed_at: datetime | None = None
    sharing_enabled: bool = False
    sharing_token: str | None = None
    sharing_created_at: datetime | None = None


@record
class QueryRecord:
    """A background calculation started by an async refresh mode."""

    id: str
    project_id: int
    insight_id: int | None
    start: datetime
    duration: float
    fail_message: str | None = None
    cancelled: bool = False
    finished: bool = False
    results: Any = None

    @property
    def end(self) -> datetime:
        """When it completes."""
        return self.start + timedelta(seconds=self.duration)


@record
class ActivityEntry:
    """One recorded change (``ActivityLogEntry``)."""

    id: str
    scope: str
    item_id: str
    activity: str
    created_at: datetime
    user_id: int
    detail: dict[str, Any]


def _seeded() -> None:
    """The default seeding hook: nothing left to seed."""


class ProjectData:
    """One project (team) and its data.

    Its persons, insights and activity are seeded on first use: reading any of them first runs ``seed``
    (the owning state's, which seeds every project at once, exactly as if it had at construction).
    """

    def __init__(
        self,
        id: int,
        uuid: str,
        name: str,
        api_token: str,
        created_at: datetime,
        persons: PersonStore,
        seed: Callable[[], None] = _seeded,
    ) -> None:
        self.id = id
        self.uuid = uuid
        self.name = name
        self.api_token = api_token
        self.created_at = created_at
        self.queries: dict[str, QueryRecord] = {}
        self.views = 0
        self.seed = seed
        self._persons = persons
        self._insights: dict[int, InsightRecord] = {}
        self._activity: list[ActivityEntry] = []

    def __repr__(self) -> str:
        return f"ProjectData(id={self.id}, name={self.name!r})"

    @property
    def persons(self) -> PersonStore:
        """The project's persons."""
        self.seed()
        return self._persons

    @property
    def insights(self) -> dict[int, InsightRecord]:
        """The project's saved insights, by id."""
        self.seed()
        return self._insights

    @property
    def activity(self) -> list[ActivityEntry]:
        """The project's activity log, oldest first."""
        self.seed()
        return self._activity


@record
class UserData:
    """A member of the organization."""

    id: int
    uuid: str
    distinct_id: str
    first_name: str
    last_name: str
    email: str
