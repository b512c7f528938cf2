from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_level import AccessLevel
from ..types import (
    UNSET,
    UNVERIFIED,
    LazyModel,
    UnknownKind,
    Unset,
    add_path,
    bad_item,
    bad_text,
    bad_type,
    enum_member,
    failing_item,
    in_sent_order,
    no_attribute,
    parse_datetime,
    sent_unchanged,
)

if TYPE_CHECKING:
    from ..models.dashboard_tile_basic import DashboardTileBasic
    from ..models.data_visualization_node import DataVisualizationNode
    from ..models.free_form_object import FreeFormObject
    from ..models.insight_filters import InsightFilters
    from ..models.insight_viz_node import InsightVizNode
    from ..models.query_node import QueryNode
    from ..models.query_status import QueryStatus
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="Insight")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "short_id",
        "name",
        "derived_name",
        "filters",
        "query",
        "order",
        "deleted",
        "dashboards",
        "dashboard_tiles",
        "last_refresh",
        "cache_target_age",
        "next_allowed_client_refresh",
        "result",
        "hasMore",
        "columns",
        "created_at",
        "created_by",
        "description",
        "updated_at",
        "tags",
        "favorited",
        "saved",
        "last_modified_at",
        "last_modified_by",
        "is_sample",
        "effective_restriction_level",
        "effective_privilege_level",
        "timezone",
        "is_cached",
        "query_status",
        "hogql",
        "types",
        "user_access_level",
        "last_viewed_at",
        "resolved_date_range",
        "search_match_type",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "short_id",
        "name",
        "derived_name",
        "filters",
        "order",
        "deleted",
        "dashboards",
        "dashboard_tiles",
        "last_refresh",
        "cache_target_age",
        "next_allowed_client_refresh",
        "result",
        "has_more",
        "columns",
        "created_at",
        "description",
        "updated_at",
        "tags",
        "favorited",
        "saved",
        "last_modified_at",
        "is_sample",
        "effective_restriction_level",
        "effective_privilege_level",
        "timezone",
        "is_cached",
        "hogql",
        "types",
        "user_access_level",
        "last_viewed_at",
        "search_match_type",
    )
)


def _convert_filters(d: dict[str, Any]) -> InsightFilters | Unset:
    if not _LOADED:
        _load()
    _filters = d.get("filters", UNSET)
    filters: InsightFilters | Unset
    if isinstance(_filters, Unset):
        filters = UNSET
    else:
        filters = InsightFilters.from_dict(_filters)

    return filters


def _convert_last_refresh(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("last_refresh", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_cache_target_age(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("cache_target_age", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_next_allowed_client_refresh(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("next_allowed_client_refresh", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_created_at(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("created_at", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_updated_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("updated_at", UNSET)
    return value if value is UNSET else parse_datetime(value)


def _convert_last_modified_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("last_modified_at", UNSET)
    return value if value is UNSET else parse_datetime(value)


def _convert_last_viewed_at(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("last_viewed_at", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "filters": _convert_filters,
    "last_refresh": _convert_last_refresh,
    "cache_target_age": _convert_cache_target_age,
    "next_allowed_client_refresh": _convert_next_allowed_client_refresh,
    "created_at": _convert_created_at,
    "updated_at": _convert_updated_at,
    "last_modified_at": _convert_last_modified_at,
    "last_viewed_at": _convert_last_viewed_at,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class Insight(LazyModel):
    """A saved insight, with its (possibly cached) result. Only `id` and `short_id`
    are always there: PostHog leaves fields out (`basic=true` lists, older
    servers) and sends null for others (`created_by` of a deleted user). Legacy
    filter-only insights come back with `query: null` and their `filters`;
    query-based ones with `filters: {}`.

        Attributes:
            id (int):
            short_id (str): The id in the insight's web URL (`/insights/<short_id>`).
            name (None | str | Unset):
            derived_name (None | str | Unset):
            filters (InsightFilters | Unset): An insight's legacy filters (events, actions, date_from, date_to,
                display, interval, properties, breakdown, …) as one JSON object.
            query (DataVisualizationNode | InsightVizNode | None | QueryNode | Unset): The insight's query: an
                `InsightVizNode` (product analytics: trends,
                funnels, retention, paths, stickiness, lifecycle), a `DataVisualizationNode`
                (SQL with HogQL), another node kind (e.g. `DataTableNode`, `HogQuery`), or
                null for a legacy insight that only has `filters`.
            order (int | None | Unset):
            deleted (bool | Unset):
            dashboards (list[int] | Unset): DEPRECATED. Will be removed in a future release. Use
                dashboard_tiles instead. A dashboard ID for each of the dashboards
                that this insight is displayed on.
            dashboard_tiles (list[DashboardTileBasic] | Unset):
            last_refresh (datetime.datetime | None | Unset): When the cached result was calculated; null on a cache miss.
            cache_target_age (datetime.datetime | None | Unset):
            next_allowed_client_refresh (datetime.datetime | None | Unset):
            result (Any | Unset): The insight's result (any JSON), null on a cache miss. For a
                trend: a list of series with `data`, `days`, `labels`, `label`,
                `count` and `aggregated_value`.
            has_more (bool | None | Unset):
            columns (list[Any] | None | Unset):
            created_at (datetime.datetime | None | Unset):
            created_by (None | Unset | UserBasic):
            description (None | str | Unset):
            updated_at (datetime.datetime | Unset):
            tags (list[str] | Unset):
            favorited (bool | Unset):
            saved (bool | Unset):
            last_modified_at (datetime.datetime | Unset):
            last_modified_by (None | Unset | UserBasic):
            is_sample (bool | Unset):
            effective_restriction_level (AccessLevel | Unset): An access level.
                * `21` - can view
                * `37` - can edit
            effective_privilege_level (AccessLevel | Unset): An access level.
                * `21` - can view
                * `37` - can edit
            timezone (None | str | Unset): The timezone this result is calculated in.
            is_cached (bool | None | Unset):
            query_status (None | QueryStatus | Unset): The background calculation, when one was started; null otherwise.
            hogql (None | str | Unset):
            types (list[Any] | None | Unset):
            user_access_level (None | str | Unset): The current user's access level to this insight (e.g. `editor`,
                `viewer`).
            last_viewed_at (datetime.datetime | None | Unset): When anyone in the project last viewed the insight.
            resolved_date_range (FreeFormObject | None | Unset): The date range the result covers (`date_from`, `date_to`),
                when known.
            search_match_type (None | str | Unset): With `search`, whether this insight matched `exact`ly or is `similar`.
    """

    id: int
    short_id: str
    name: None | str | Unset = UNSET
    derived_name: None | str | Unset = UNSET
    filters: InsightFilters | Unset = UNSET
    query: DataVisualizationNode | InsightVizNode | None | QueryNode | Unset = UNSET
    order: int | None | Unset = UNSET
    deleted: bool | Unset = UNSET
    dashboards: list[int] | Unset = UNSET
    dashboard_tiles: list[DashboardTileBasic] | Unset = UNSET
    last_refresh: datetime.datetime | None | Unset = UNSET
    cache_target_age: datetime.datetime | None | Unset = UNSET
    next_allowed_client_refresh: datetime.datetime | None | Unset = UNSET
    result: Any | Unset = UNSET
    has_more: bool | None | Unset = UNSET
    columns: list[Any] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by: None | Unset | UserBasic = UNSET
    description: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    tags: list[str] | Unset = UNSET
    favorited: bool | Unset = UNSET
    saved: bool | Unset = UNSET
    last_modified_at: datetime.datetime | Unset = UNSET
    last_modified_by: None | Unset | UserBasic = UNSET
    is_sample: bool | Unset = UNSET
    effective_restriction_level: AccessLevel | Unset = UNSET
    effective_privilege_level: AccessLevel | Unset = UNSET
    timezone: None | str | Unset = UNSET
    is_cached: bool | None | Unset = UNSET
    query_status: None | QueryStatus | Unset = UNSET
    hogql: None | str | Unset = UNSET
    types: list[Any] | None | Unset = UNSET
    user_access_level: None | str | Unset = UNSET
    last_viewed_at: datetime.datetime | None | Unset = UNSET
    resolved_date_range: FreeFormObject | None | Unset = UNSET
    search_match_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        id = self.id

        short_id = self.short_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        derived_name: None | str | Unset
        if isinstance(self.derived_name, Unset):
            derived_name = UNSET
        else:
            derived_name = self.derived_name

        try:
            _filters = _slot_filters(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            filters = self._src.get("filters", UNSET)
            if not isinstance(filters, Unset):
                filters = dict(filters)
        else:
            filters: dict[str, Any] | Unset = UNSET
            if not isinstance(_filters, Unset):
                filters = _filters.to_dict()

        query: dict[str, Any] | None | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        elif isinstance(self.query, InsightVizNode):
            query = self.query.to_dict()
        elif isinstance(self.query, DataVisualizationNode):
            query = self.query.to_dict()
        elif isinstance(self.query, QueryNode):
            query = self.query.to_dict()
        else:
            query = self.query

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        deleted = self.deleted

        dashboards: list[int] | Unset = UNSET
        if not isinstance(self.dashboards, Unset):
            dashboards = self.dashboards

        dashboard_tiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dashboard_tiles, Unset):
            dashboard_tiles = []
            for dashboard_tiles_item_data in self.dashboard_tiles:
                dashboard_tiles_item = dashboard_tiles_item_data.to_dict()
                dashboard_tiles.append(dashboard_tiles_item)

        try:
            _last_refresh = _slot_last_refresh(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            last_refresh = self._src.get("last_refresh", UNSET)
        else:
            if sent_unchanged(self, "last_refresh", _last_refresh, _convert_last_refresh):
                last_refresh = self._src["last_refresh"]
            else:
                last_refresh: None | str | Unset
                if isinstance(_last_refresh, Unset):
                    last_refresh = UNSET
                elif isinstance(_last_refresh, datetime.datetime):
                    last_refresh = _last_refresh.isoformat()
                else:
                    last_refresh = _last_refresh

        try:
            _cache_target_age = _slot_cache_target_age(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            cache_target_age = self._src.get("cache_target_age", UNSET)
        else:
            if sent_unchanged(self, "cache_target_age", _cache_target_age, _convert_cache_target_age):
                cache_target_age = self._src["cache_target_age"]
            else:
                cache_target_age: None | str | Unset
                if isinstance(_cache_target_age, Unset):
                    cache_target_age = UNSET
                elif isinstance(_cache_target_age, datetime.datetime):
                    cache_target_age = _cache_target_age.isoformat()
                else:
                    cache_target_age = _cache_target_age

        try:
            _next_allowed_client_refresh = _slot_next_allowed_client_refresh(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            next_allowed_client_refresh = self._src.get("next_allowed_client_refresh", UNSET)
        else:
            if sent_unchanged(
                self, "next_allowed_client_refresh", _next_allowed_client_refresh, _convert_next_allowed_client_refresh
            ):
                next_allowed_client_refresh = self._src["next_allowed_client_refresh"]
            else:
                next_allowed_client_refresh: None | str | Unset
                if isinstance(_next_allowed_client_refresh, Unset):
                    next_allowed_client_refresh = UNSET
                elif isinstance(_next_allowed_client_refresh, datetime.datetime):
                    next_allowed_client_refresh = _next_allowed_client_refresh.isoformat()
                else:
                    next_allowed_client_refresh = _next_allowed_client_refresh

        result = self.result

        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        columns: list[Any] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, list):
            columns = self.columns

        else:
            columns = self.columns

        try:
            _created_at = _slot_created_at(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            created_at = self._src.get("created_at", UNSET)
        else:
            if sent_unchanged(self, "created_at", _created_at, _convert_created_at):
                created_at = self._src["created_at"]
            else:
                created_at: None | str | Unset
                if isinstance(_created_at, Unset):
                    created_at = UNSET
                elif isinstance(_created_at, datetime.datetime):
                    created_at = _created_at.isoformat()
                else:
                    created_at = _created_at

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            _updated_at = _slot_updated_at(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            updated_at = self._src.get("updated_at", UNSET)
        else:
            if sent_unchanged(self, "updated_at", _updated_at, _convert_updated_at):
                updated_at = self._src["updated_at"]
            else:
                updated_at: str | Unset = UNSET
                if not isinstance(_updated_at, Unset):
                    updated_at = _updated_at.isoformat()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        favorited = self.favorited

        saved = self.saved

        try:
            _last_modified_at = _slot_last_modified_at(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            last_modified_at = self._src.get("last_modified_at", UNSET)
        else:
            if sent_unchanged(self, "last_modified_at", _last_modified_at, _convert_last_modified_at):
                last_modified_at = self._src["last_modified_at"]
            else:
                last_modified_at: str | Unset = UNSET
                if not isinstance(_last_modified_at, Unset):
                    last_modified_at = _last_modified_at.isoformat()

        last_modified_by: dict[str, Any] | None | Unset
        if isinstance(self.last_modified_by, Unset):
            last_modified_by = UNSET
        elif isinstance(self.last_modified_by, UserBasic):
            last_modified_by = self.last_modified_by.to_dict()
        else:
            last_modified_by = self.last_modified_by

        is_sample = self.is_sample

        effective_restriction_level: int | Unset = UNSET
        if not isinstance(self.effective_restriction_level, Unset):
            effective_restriction_level = self.effective_restriction_level.value

        effective_privilege_level: int | Unset = UNSET
        if not isinstance(self.effective_privilege_level, Unset):
            effective_privilege_level = self.effective_privilege_level.value

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        is_cached: bool | None | Unset
        if isinstance(self.is_cached, Unset):
            is_cached = UNSET
        else:
            is_cached = self.is_cached

        query_status: dict[str, Any] | None | Unset
        if isinstance(self.query_status, Unset):
            query_status = UNSET
        elif isinstance(self.query_status, QueryStatus):
            query_status = self.query_status.to_dict()
        else:
            query_status = self.query_status

        hogql: None | str | Unset
        if isinstance(self.hogql, Unset):
            hogql = UNSET
        else:
            hogql = self.hogql

        types: list[Any] | None | Unset
        if isinstance(self.types, Unset):
            types = UNSET
        elif isinstance(self.types, list):
            types = self.types

        else:
            types = self.types

        user_access_level: None | str | Unset
        if isinstance(self.user_access_level, Unset):
            user_access_level = UNSET
        else:
            user_access_level = self.user_access_level

        try:
            _last_viewed_at = _slot_last_viewed_at(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            last_viewed_at = self._src.get("last_viewed_at", UNSET)
        else:
            if sent_unchanged(self, "last_viewed_at", _last_viewed_at, _convert_last_viewed_at):
                last_viewed_at = self._src["last_viewed_at"]
            else:
                last_viewed_at: None | str | Unset
                if isinstance(_last_viewed_at, Unset):
                    last_viewed_at = UNSET
                elif isinstance(_last_viewed_at, datetime.datetime):
                    last_viewed_at = _last_viewed_at.isoformat()
                else:
                    last_viewed_at = _last_viewed_at

        resolved_date_range: dict[str, Any] | None | Unset
        if isinstance(self.resolved_date_range, Unset):
            resolved_date_range = UNSET
        elif isinstance(self.resolved_date_range, FreeFormObject):
            resolved_date_range = self.resolved_date_range.to_dict()
        else:
            resolved_date_range = self.resolved_date_range

        search_match_type: None | str | Unset
        if isinstance(self.search_match_type, Unset):
            search_match_type = UNSET
        else:
            search_match_type = self.search_match_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "short_id": short_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if derived_name is not UNSET:
            field_dict["derived_name"] = derived_name
        if filters is not UNSET:
            field_dict["filters"] = filters
        if query is not UNSET:
            field_dict["query"] = query
        if order is not UNSET:
            field_dict["order"] = order
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if dashboards is not UNSET:
            field_dict["dashboards"] = dashboards
        if dashboard_tiles is not UNSET:
            field_dict["dashboard_tiles"] = dashboard_tiles
        if last_refresh is not UNSET:
            field_dict["last_refresh"] = last_refresh
        if cache_target_age is not UNSET:
            field_dict["cache_target_age"] = cache_target_age
        if next_allowed_client_refresh is not UNSET:
            field_dict["next_allowed_client_refresh"] = next_allowed_client_refresh
        if result is not UNSET:
            field_dict["result"] = result
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if columns is not UNSET:
            field_dict["columns"] = columns
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if tags is not UNSET:
            field_dict["tags"] = tags
        if favorited is not UNSET:
            field_dict["favorited"] = favorited
        if saved is not UNSET:
            field_dict["saved"] = saved
        if last_modified_at is not UNSET:
            field_dict["last_modified_at"] = last_modified_at
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if is_sample is not UNSET:
            field_dict["is_sample"] = is_sample
        if effective_restriction_level is not UNSET:
            field_dict["effective_restriction_level"] = effective_restriction_level
        if effective_privilege_level is not UNSET:
            field_dict["effective_privilege_level"] = effective_privilege_level
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if is_cached is not UNSET:
            field_dict["is_cached"] = is_cached
        if query_status is not UNSET:
            field_dict["query_status"] = query_status
        if hogql is not UNSET:
            field_dict["hogql"] = hogql
        if types is not UNSET:
            field_dict["types"] = types
        if user_access_level is not UNSET:
            field_dict["user_access_level"] = user_access_level
        if last_viewed_at is not UNSET:
            field_dict["last_viewed_at"] = last_viewed_at
        if resolved_date_range is not UNSET:
            field_dict["resolved_date_range"] = resolved_date_range
        if search_match_type is not UNSET:
            field_dict["search_match_type"] = search_match_type

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        insight = _new(cls)
        insight._src = d
        _v = d["id"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
            raise bad_type("Insight", "id", _v, "an integer")
        insight.id = _v
        _v = d["short_id"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("Insight", "short_id", _v, "a string")
        insight.short_id = _v
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("Insight", "name", _v, "a string or null")
            insight.name = _v
        else:
            insight.name = UNSET
        if "derived_name" in d:
            _v = d["derived_name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("Insight", "derived_name", _v, "a string or null")
            insight.derived_name = _v
        else:
            insight.derived_name = UNSET
        _v = d.get("filters", UNSET)
        if not (_v is UNSET or type(_v) is dict or isinstance(_v, Mapping)):
            raise bad_type("Insight", "filters", _v, "an object")
        if "query" in d:
            try:
                query = d["query"]
                _kind = query.get("kind") if isinstance(query, dict) else None
                _member = (
                    InsightVizNode
                    if _kind == "InsightVizNode"
                    else DataVisualizationNode
                    if _kind == "DataVisualizationNode"
                    else None
                )
                if _member is not None:
                    try:
                        query = _member.from_dict(query)
                    except (
                        UnknownKind
                    ):  # a kind inside it that this version does not know: the generic member below keeps it
                        _member = None
                if _member is None:

                    def _parse_query(data: object) -> DataVisualizationNode | InsightVizNode | None | QueryNode | Unset:
                        if data is None:
                            return data
                        if isinstance(data, Unset):
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_insight_query_type_2 = QueryNode.from_dict(data)

                            return componentsschemas_insight_query_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                        UNVERIFIED.count += 1
                        return cast(DataVisualizationNode | InsightVizNode | None | QueryNode | Unset, data)

                    query = _parse_query(query)

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "query")
                raise
            insight.query = query
        else:
            insight.query = UNSET
        if "order" in d:
            _v = d["order"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("Insight", "order", _v, "an integer or null")
            insight.order = _v
        else:
            insight.order = UNSET
        if "deleted" in d:
            _v = d["deleted"]
            if not (_v is True or _v is False):
                raise bad_type("Insight", "deleted", _v, "a boolean")
            insight.deleted = _v
        else:
            insight.deleted = UNSET
        _v = d.get("dashboards", UNSET)
        if type(_v) is list or isinstance(_v, list):
            for _i in _v:
                if not (type(_i) is int or (isinstance(_i, int) and type(_i) is not bool)):
                    raise bad_item("Insight", "dashboards", _v, _i, "an integer")
        elif not (_v is UNSET):
            raise bad_type("Insight", "dashboards", _v, "an array")
        insight.dashboards = _v
        _v = d.get("dashboard_tiles", UNSET)
        if isinstance(_v, list):
            _parse = DashboardTileBasic.from_dict  # bound once, not per item
            try:
                insight.dashboard_tiles = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "dashboard_tiles", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            insight.dashboard_tiles = _v
        else:
            raise bad_type("Insight", "dashboard_tiles", _v, "an array")
        _v = d.get("last_refresh")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Insight", "last_refresh", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Insight", "last_refresh", _v, "a string or null") from None
        _v = d.get("cache_target_age")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Insight", "cache_target_age", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Insight", "cache_target_age", _v, "a string or null") from None
        _v = d.get("next_allowed_client_refresh")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Insight", "next_allowed_client_refresh", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Insight", "next_allowed_client_refresh", _v, "a string or null") from None
        insight.result = d.get("result", UNSET)
        if "hasMore" in d:
            _v = d["hasMore"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("Insight", "hasMore", _v, "a boolean or null")
            insight.has_more = _v
        else:
            insight.has_more = UNSET
        _v = d.get("columns", UNSET)
        if type(_v) is list or isinstance(_v, list):
            pass
        elif not (_v is None or _v is UNSET):
            raise bad_type("Insight", "columns", _v, "null or an array")
        insight.columns = _v
        _v = d.get("created_at")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Insight", "created_at", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Insight", "created_at", _v, "a string or null") from None
        if "created_by" in d:
            _v = d["created_by"]
            if _v is not None:
                try:
                    _v = UserBasic.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            insight.created_by = _v
        else:
            insight.created_by = UNSET
        if "description" in d:
            _v = d["description"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("Insight", "description", _v, "a string or null")
            insight.description = _v
        else:
            insight.description = UNSET
        _v = d.get("updated_at", UNSET)
        if _v is not UNSET:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Insight", "updated_at", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Insight", "updated_at", _v, "a string") from None
        _v = d.get("tags", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "Insight", "tags", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        elif not (_v is UNSET):
            raise bad_type("Insight", "tags", _v, "an array")
        insight.tags = _v
        if "favorited" in d:
            _v = d["favorited"]
            if not (_v is True or _v is False):
                raise bad_type("Insight", "favorited", _v, "a boolean")
            insight.favorited = _v
        else:
            insight.favorited = UNSET
        if "saved" in d:
            _v = d["saved"]
            if not (_v is True or _v is False):
                raise bad_type("Insight", "saved", _v, "a boolean")
            insight.saved = _v
        else:
            insight.saved = UNSET
        _v = d.get("last_modified_at", UNSET)
        if _v is not UNSET:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Insight", "last_modified_at", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Insight", "last_modified_at", _v, "a string") from None
        if "last_modified_by" in d:
            _v = d["last_modified_by"]
            if _v is not None:
                try:
                    _v = UserBasic.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            insight.last_modified_by = _v
        else:
            insight.last_modified_by = UNSET
        if "is_sample" in d:
            _v = d["is_sample"]
            if not (_v is True or _v is False):
                raise bad_type("Insight", "is_sample", _v, "a boolean")
            insight.is_sample = _v
        else:
            insight.is_sample = UNSET
        _effective_restriction_level = d.get("effective_restriction_level", UNSET)
        effective_restriction_level: AccessLevel | Unset
        if isinstance(_effective_restriction_level, Unset):
            effective_restriction_level = UNSET
        else:
            effective_restriction_level = enum_member(AccessLevel, _effective_restriction_level)

        insight.effective_restriction_level = effective_restriction_level
        _effective_privilege_level = d.get("effective_privilege_level", UNSET)
        effective_privilege_level: AccessLevel | Unset
        if isinstance(_effective_privilege_level, Unset):
            effective_privilege_level = UNSET
        else:
            effective_privilege_level = enum_member(AccessLevel, _effective_privilege_level)

        insight.effective_privilege_level = effective_privilege_level
        if "timezone" in d:
            _v = d["timezone"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("Insight", "timezone", _v, "a string or null")
            insight.timezone = _v
        else:
            insight.timezone = UNSET
        if "is_cached" in d:
            _v = d["is_cached"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("Insight", "is_cached", _v, "a boolean or null")
            insight.is_cached = _v
        else:
            insight.is_cached = UNSET
        if "query_status" in d:
            _v = d["query_status"]
            if _v is not None:
                try:
                    _v = QueryStatus.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            insight.query_status = _v
        else:
            insight.query_status = UNSET
        if "hogql" in d:
            _v = d["hogql"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("Insight", "hogql", _v, "a string or null")
            insight.hogql = _v
        else:
            insight.hogql = UNSET
        _v = d.get("types", UNSET)
        if type(_v) is list or isinstance(_v, list):
            pass
        elif not (_v is None or _v is UNSET):
            raise bad_type("Insight", "types", _v, "null or an array")
        insight.types = _v
        if "user_access_level" in d:
            _v = d["user_access_level"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("Insight", "user_access_level", _v, "a string or null")
            insight.user_access_level = _v
        else:
            insight.user_access_level = UNSET
        _v = d.get("last_viewed_at")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Insight", "last_viewed_at", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Insight", "last_viewed_at", _v, "a string or null") from None
        if "resolved_date_range" in d:
            _v = d["resolved_date_range"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            insight.resolved_date_range = _v
        else:
            insight.resolved_date_range = UNSET
        if "search_match_type" in d:
            _v = d["search_match_type"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("Insight", "search_match_type", _v, "a string or null")
            insight.search_match_type = _v
        else:
            insight.search_match_type = UNSET
        # additional_properties: found in the source on first read
        return insight

    if not TYPE_CHECKING:  # type checkers see only the declared fields

        def __getattr__(self, name: str) -> Any:
            convert = _LAZY.get(name)
            if convert is None:
                raise no_attribute(self, name)
            value = convert(self._src)
            setattr(self, name, value)
            return value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The slots' own getters: they raise AttributeError for a field not converted yet (to_dict then sends the JSON as is).
_slot_filters = Insight.__dict__["filters"].__get__
_slot_last_refresh = Insight.__dict__["last_refresh"].__get__
_slot_cache_target_age = Insight.__dict__["cache_target_age"].__get__
_slot_next_allowed_client_refresh = Insight.__dict__["next_allowed_client_refresh"].__get__
_slot_created_at = Insight.__dict__["created_at"].__get__
_slot_updated_at = Insight.__dict__["updated_at"].__get__
_slot_last_modified_at = Insight.__dict__["last_modified_at"].__get__
_slot_last_viewed_at = Insight.__dict__["last_viewed_at"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.dashboard_tile_basic import DashboardTileBasic as _model1
    from ..models.data_visualization_node import DataVisualizationNode as _model2
    from ..models.free_form_object import FreeFormObject as _model3
    from ..models.insight_filters import InsightFilters as _model4
    from ..models.insight_viz_node import InsightVizNode as _model5
    from ..models.query_node import QueryNode as _model6
    from ..models.query_status import QueryStatus as _model7
    from ..models.user_basic import UserBasic as _model8

    globals().update(
        {
            "DashboardTileBasic": _model1,
            "DataVisualizationNode": _model2,
            "FreeFormObject": _model3,
            "InsightFilters": _model4,
            "InsightVizNode": _model5,
            "QueryNode": _model6,
            "QueryStatus": _model7,
            "UserBasic": _model8,
        }
    )
    _LOADED = True
