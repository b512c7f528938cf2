from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_level import AccessLevel
from ..types import UNSET, Unset

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


@_attrs_define
class Insight:
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
        from ..models.data_visualization_node import DataVisualizationNode  # noqa: PLC0415
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415
        from ..models.insight_viz_node import InsightVizNode  # noqa: PLC0415
        from ..models.query_node import QueryNode  # noqa: PLC0415
        from ..models.query_status import QueryStatus  # noqa: PLC0415
        from ..models.user_basic import UserBasic  # noqa: PLC0415

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

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

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

        last_refresh: None | str | Unset
        if isinstance(self.last_refresh, Unset):
            last_refresh = UNSET
        elif isinstance(self.last_refresh, datetime.datetime):
            last_refresh = self.last_refresh.isoformat()
        else:
            last_refresh = self.last_refresh

        cache_target_age: None | str | Unset
        if isinstance(self.cache_target_age, Unset):
            cache_target_age = UNSET
        elif isinstance(self.cache_target_age, datetime.datetime):
            cache_target_age = self.cache_target_age.isoformat()
        else:
            cache_target_age = self.cache_target_age

        next_allowed_client_refresh: None | str | Unset
        if isinstance(self.next_allowed_client_refresh, Unset):
            next_allowed_client_refresh = UNSET
        elif isinstance(self.next_allowed_client_refresh, datetime.datetime):
            next_allowed_client_refresh = self.next_allowed_client_refresh.isoformat()
        else:
            next_allowed_client_refresh = self.next_allowed_client_refresh

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

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

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

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        favorited = self.favorited

        saved = self.saved

        last_modified_at: str | Unset = UNSET
        if not isinstance(self.last_modified_at, Unset):
            last_modified_at = self.last_modified_at.isoformat()

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

        last_viewed_at: None | str | Unset
        if isinstance(self.last_viewed_at, Unset):
            last_viewed_at = UNSET
        elif isinstance(self.last_viewed_at, datetime.datetime):
            last_viewed_at = self.last_viewed_at.isoformat()
        else:
            last_viewed_at = self.last_viewed_at

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_tile_basic import DashboardTileBasic  # noqa: PLC0415
        from ..models.data_visualization_node import DataVisualizationNode  # noqa: PLC0415
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415
        from ..models.insight_filters import InsightFilters  # noqa: PLC0415
        from ..models.insight_viz_node import InsightVizNode  # noqa: PLC0415
        from ..models.query_node import QueryNode  # noqa: PLC0415
        from ..models.query_status import QueryStatus  # noqa: PLC0415
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        short_id = d.pop("short_id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_derived_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        derived_name = _parse_derived_name(d.pop("derived_name", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: InsightFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = InsightFilters.from_dict(_filters)

        def _parse_query(data: object) -> DataVisualizationNode | InsightVizNode | None | QueryNode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_insight_query_type_0 = InsightVizNode.from_dict(data)

                return componentsschemas_insight_query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_insight_query_type_1 = DataVisualizationNode.from_dict(data)

                return componentsschemas_insight_query_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_insight_query_type_2 = QueryNode.from_dict(data)

                return componentsschemas_insight_query_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataVisualizationNode | InsightVizNode | None | QueryNode | Unset, data)

        query = _parse_query(d.pop("query", UNSET))

        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        deleted = d.pop("deleted", UNSET)

        dashboards = cast(list[int], d.pop("dashboards", UNSET))

        _dashboard_tiles = d.pop("dashboard_tiles", UNSET)
        dashboard_tiles: list[DashboardTileBasic] | Unset = UNSET
        if _dashboard_tiles is not UNSET:
            dashboard_tiles = []
            for dashboard_tiles_item_data in _dashboard_tiles:
                dashboard_tiles_item = DashboardTileBasic.from_dict(dashboard_tiles_item_data)

                dashboard_tiles.append(dashboard_tiles_item)

        def _parse_last_refresh(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_refresh_type_0 = datetime.datetime.fromisoformat(data)

                return last_refresh_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_refresh = _parse_last_refresh(d.pop("last_refresh", UNSET))

        def _parse_cache_target_age(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cache_target_age_type_0 = datetime.datetime.fromisoformat(data)

                return cache_target_age_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cache_target_age = _parse_cache_target_age(d.pop("cache_target_age", UNSET))

        def _parse_next_allowed_client_refresh(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_allowed_client_refresh_type_0 = datetime.datetime.fromisoformat(data)

                return next_allowed_client_refresh_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_allowed_client_refresh = _parse_next_allowed_client_refresh(d.pop("next_allowed_client_refresh", UNSET))

        result = d.pop("result", UNSET)

        def _parse_has_more(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_more = _parse_has_more(d.pop("hasMore", UNSET))

        def _parse_columns(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                columns_type_0 = cast(list[Any], data)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_created_by(data: object) -> None | Unset | UserBasic:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = UserBasic.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserBasic, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        tags = cast(list[str], d.pop("tags", UNSET))

        favorited = d.pop("favorited", UNSET)

        saved = d.pop("saved", UNSET)

        _last_modified_at = d.pop("last_modified_at", UNSET)
        last_modified_at: datetime.datetime | Unset
        if isinstance(_last_modified_at, Unset):
            last_modified_at = UNSET
        else:
            last_modified_at = datetime.datetime.fromisoformat(_last_modified_at)

        def _parse_last_modified_by(data: object) -> None | Unset | UserBasic:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_modified_by_type_0 = UserBasic.from_dict(data)

                return last_modified_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserBasic, data)

        last_modified_by = _parse_last_modified_by(d.pop("last_modified_by", UNSET))

        is_sample = d.pop("is_sample", UNSET)

        _effective_restriction_level = d.pop("effective_restriction_level", UNSET)
        effective_restriction_level: AccessLevel | Unset
        if isinstance(_effective_restriction_level, Unset):
            effective_restriction_level = UNSET
        else:
            effective_restriction_level = AccessLevel(_effective_restriction_level)

        _effective_privilege_level = d.pop("effective_privilege_level", UNSET)
        effective_privilege_level: AccessLevel | Unset
        if isinstance(_effective_privilege_level, Unset):
            effective_privilege_level = UNSET
        else:
            effective_privilege_level = AccessLevel(_effective_privilege_level)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_is_cached(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_cached = _parse_is_cached(d.pop("is_cached", UNSET))

        def _parse_query_status(data: object) -> None | QueryStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_status_type_0 = QueryStatus.from_dict(data)

                return query_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryStatus | Unset, data)

        query_status = _parse_query_status(d.pop("query_status", UNSET))

        def _parse_hogql(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hogql = _parse_hogql(d.pop("hogql", UNSET))

        def _parse_types(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                types_type_0 = cast(list[Any], data)

                return types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        types = _parse_types(d.pop("types", UNSET))

        def _parse_user_access_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_access_level = _parse_user_access_level(d.pop("user_access_level", UNSET))

        def _parse_last_viewed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_viewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_viewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_viewed_at = _parse_last_viewed_at(d.pop("last_viewed_at", UNSET))

        def _parse_resolved_date_range(data: object) -> FreeFormObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolved_date_range_type_0 = FreeFormObject.from_dict(data)

                return resolved_date_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreeFormObject | None | Unset, data)

        resolved_date_range = _parse_resolved_date_range(d.pop("resolved_date_range", UNSET))

        def _parse_search_match_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search_match_type = _parse_search_match_type(d.pop("search_match_type", UNSET))

        insight = cls(
            id=id,
            short_id=short_id,
            name=name,
            derived_name=derived_name,
            filters=filters,
            query=query,
            order=order,
            deleted=deleted,
            dashboards=dashboards,
            dashboard_tiles=dashboard_tiles,
            last_refresh=last_refresh,
            cache_target_age=cache_target_age,
            next_allowed_client_refresh=next_allowed_client_refresh,
            result=result,
            has_more=has_more,
            columns=columns,
            created_at=created_at,
            created_by=created_by,
            description=description,
            updated_at=updated_at,
            tags=tags,
            favorited=favorited,
            saved=saved,
            last_modified_at=last_modified_at,
            last_modified_by=last_modified_by,
            is_sample=is_sample,
            effective_restriction_level=effective_restriction_level,
            effective_privilege_level=effective_privilege_level,
            timezone=timezone,
            is_cached=is_cached,
            query_status=query_status,
            hogql=hogql,
            types=types,
            user_access_level=user_access_level,
            last_viewed_at=last_viewed_at,
            resolved_date_range=resolved_date_range,
            search_match_type=search_match_type,
        )

        insight.additional_properties = d
        return insight

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
