"""The stand-in's records: one dataclass per stored thing (insight, query, activity entry, project, user)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._people import PersonStore


def iso(moment: datetime | None) -> str | None:
    """An ISO 8601 timestamp with a ``Z``, as PostHog writes them."""
    return None if moment is None else moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass
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


@dataclass
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


@dataclass
class ActivityEntry:
    """One recorded change (``ActivityLogEntry``)."""

    id: str
    scope: str
    item_id: str
    activity: str
    created_at: datetime
    user_id: int
    detail: dict[str, Any]


@dataclass
class ProjectData:
    """One project (team) and its data."""

    id: int
    uuid: str
    name: str
    api_token: str
    created_at: datetime
    persons: PersonStore
    insights: dict[int, InsightRecord] = field(default_factory=dict)
    activity: list[ActivityEntry] = field(default_factory=list)
    queries: dict[str, QueryRecord] = field(default_factory=dict)
    views: int = 0


@dataclass
class UserData:
    """A member of the organization."""

    id: int
    uuid: str
    distinct_id: str
    first_name: str
    last_name: str
    email: str
