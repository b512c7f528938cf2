from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_tile_basic import DashboardTileBasic
    from ..models.data_visualization_node import DataVisualizationNode
    from ..models.insight_filters import InsightFilters
    from ..models.insight_viz_node import InsightVizNode
    from ..models.query_node import QueryNode
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="TrendingInsight")


@_attrs_define
class TrendingInsight:
    """An insight's metadata with how often it was viewed lately.

    Attributes:
        id (int):
        short_id (str): The id in the insight's web URL (`/insights/<short_id>`).
        view_count (int): Distinct viewers in the time window.
        name (None | str | Unset):
        derived_name (None | str | Unset):
        filters (InsightFilters | Unset): An insight's legacy filters (events, actions, date_from, date_to,
            display, interval, properties, breakdown, …) as one JSON object.
        query (DataVisualizationNode | InsightVizNode | None | QueryNode | Unset): The insight's query: an
            `InsightVizNode` (product analytics: trends,
            funnels, retention, paths, stickiness, lifecycle), a `DataVisualizationNode`
            (SQL with HogQL), another node kind (e.g. `DataTableNode`, `HogQuery`), or
            null for a legacy insight that only has `filters`.
        dashboards (list[int] | Unset):
        dashboard_tiles (list[DashboardTileBasic] | Unset):
        description (None | str | Unset):
        last_refresh (datetime.datetime | None | Unset):
        refreshing (bool | None | Unset):
        saved (bool | Unset):
        tags (list[str] | Unset):
        updated_at (datetime.datetime | None | Unset):
        created_by (None | Unset | UserBasic):
        created_at (datetime.datetime | None | Unset):
        last_modified_at (datetime.datetime | None | Unset):
        favorited (bool | Unset):
        user_access_level (None | str | Unset):
        last_viewed_at (datetime.datetime | None | Unset):
        search_match_type (None | str | Unset):
        viewers (list[UserBasic] | Unset): Up to 3 of the users who viewed it most recently.
        last_modified_by (None | Unset | UserBasic):
    """

    id: int
    short_id: str
    view_count: int
    name: None | str | Unset = UNSET
    derived_name: None | str | Unset = UNSET
    filters: InsightFilters | Unset = UNSET
    query: DataVisualizationNode | InsightVizNode | None | QueryNode | Unset = UNSET
    dashboards: list[int] | Unset = UNSET
    dashboard_tiles: list[DashboardTileBasic] | Unset = UNSET
    description: None | str | Unset = UNSET
    last_refresh: datetime.datetime | None | Unset = UNSET
    refreshing: bool | None | Unset = UNSET
    saved: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    created_by: None | Unset | UserBasic = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    last_modified_at: datetime.datetime | None | Unset = UNSET
    favorited: bool | Unset = UNSET
    user_access_level: None | str | Unset = UNSET
    last_viewed_at: datetime.datetime | None | Unset = UNSET
    search_match_type: None | str | Unset = UNSET
    viewers: list[UserBasic] | Unset = UNSET
    last_modified_by: None | Unset | UserBasic = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_visualization_node import DataVisualizationNode  # noqa: PLC0415
        from ..models.insight_viz_node import InsightVizNode  # noqa: PLC0415
        from ..models.query_node import QueryNode  # noqa: PLC0415
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        id = self.id

        short_id = self.short_id

        view_count = self.view_count

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

        dashboards: list[int] | Unset = UNSET
        if not isinstance(self.dashboards, Unset):
            dashboards = self.dashboards

        dashboard_tiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dashboard_tiles, Unset):
            dashboard_tiles = []
            for dashboard_tiles_item_data in self.dashboard_tiles:
                dashboard_tiles_item = dashboard_tiles_item_data.to_dict()
                dashboard_tiles.append(dashboard_tiles_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        last_refresh: None | str | Unset
        if isinstance(self.last_refresh, Unset):
            last_refresh = UNSET
        elif isinstance(self.last_refresh, datetime.datetime):
            last_refresh = self.last_refresh.isoformat()
        else:
            last_refresh = self.last_refresh

        refreshing: bool | None | Unset
        if isinstance(self.refreshing, Unset):
            refreshing = UNSET
        else:
            refreshing = self.refreshing

        saved = self.saved

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        last_modified_at: None | str | Unset
        if isinstance(self.last_modified_at, Unset):
            last_modified_at = UNSET
        elif isinstance(self.last_modified_at, datetime.datetime):
            last_modified_at = self.last_modified_at.isoformat()
        else:
            last_modified_at = self.last_modified_at

        favorited = self.favorited

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

        search_match_type: None | str | Unset
        if isinstance(self.search_match_type, Unset):
            search_match_type = UNSET
        else:
            search_match_type = self.search_match_type

        viewers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.viewers, Unset):
            viewers = []
            for viewers_item_data in self.viewers:
                viewers_item = viewers_item_data.to_dict()
                viewers.append(viewers_item)

        last_modified_by: dict[str, Any] | None | Unset
        if isinstance(self.last_modified_by, Unset):
            last_modified_by = UNSET
        elif isinstance(self.last_modified_by, UserBasic):
            last_modified_by = self.last_modified_by.to_dict()
        else:
            last_modified_by = self.last_modified_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "short_id": short_id,
                "view_count": view_count,
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
        if dashboards is not UNSET:
            field_dict["dashboards"] = dashboards
        if dashboard_tiles is not UNSET:
            field_dict["dashboard_tiles"] = dashboard_tiles
        if description is not UNSET:
            field_dict["description"] = description
        if last_refresh is not UNSET:
            field_dict["last_refresh"] = last_refresh
        if refreshing is not UNSET:
            field_dict["refreshing"] = refreshing
        if saved is not UNSET:
            field_dict["saved"] = saved
        if tags is not UNSET:
            field_dict["tags"] = tags
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_modified_at is not UNSET:
            field_dict["last_modified_at"] = last_modified_at
        if favorited is not UNSET:
            field_dict["favorited"] = favorited
        if user_access_level is not UNSET:
            field_dict["user_access_level"] = user_access_level
        if last_viewed_at is not UNSET:
            field_dict["last_viewed_at"] = last_viewed_at
        if search_match_type is not UNSET:
            field_dict["search_match_type"] = search_match_type
        if viewers is not UNSET:
            field_dict["viewers"] = viewers
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_tile_basic import DashboardTileBasic  # noqa: PLC0415
        from ..models.data_visualization_node import DataVisualizationNode  # noqa: PLC0415
        from ..models.insight_filters import InsightFilters  # noqa: PLC0415
        from ..models.insight_viz_node import InsightVizNode  # noqa: PLC0415
        from ..models.query_node import QueryNode  # noqa: PLC0415
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        short_id = d.pop("short_id")

        view_count = d.pop("view_count")

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

        dashboards = cast(list[int], d.pop("dashboards", UNSET))

        _dashboard_tiles = d.pop("dashboard_tiles", UNSET)
        dashboard_tiles: list[DashboardTileBasic] | Unset = UNSET
        if _dashboard_tiles is not UNSET:
            dashboard_tiles = []
            for dashboard_tiles_item_data in _dashboard_tiles:
                dashboard_tiles_item = DashboardTileBasic.from_dict(dashboard_tiles_item_data)

                dashboard_tiles.append(dashboard_tiles_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        def _parse_refreshing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        refreshing = _parse_refreshing(d.pop("refreshing", UNSET))

        saved = d.pop("saved", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

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

        def _parse_last_modified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modified_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_modified_at = _parse_last_modified_at(d.pop("last_modified_at", UNSET))

        favorited = d.pop("favorited", UNSET)

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

        def _parse_search_match_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search_match_type = _parse_search_match_type(d.pop("search_match_type", UNSET))

        _viewers = d.pop("viewers", UNSET)
        viewers: list[UserBasic] | Unset = UNSET
        if _viewers is not UNSET:
            viewers = []
            for viewers_item_data in _viewers:
                viewers_item = UserBasic.from_dict(viewers_item_data)

                viewers.append(viewers_item)

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

        trending_insight = cls(
            id=id,
            short_id=short_id,
            view_count=view_count,
            name=name,
            derived_name=derived_name,
            filters=filters,
            query=query,
            dashboards=dashboards,
            dashboard_tiles=dashboard_tiles,
            description=description,
            last_refresh=last_refresh,
            refreshing=refreshing,
            saved=saved,
            tags=tags,
            updated_at=updated_at,
            created_by=created_by,
            created_at=created_at,
            last_modified_at=last_modified_at,
            favorited=favorited,
            user_access_level=user_access_level,
            last_viewed_at=last_viewed_at,
            search_match_type=search_match_type,
            viewers=viewers,
            last_modified_by=last_modified_by,
        )

        trending_insight.additional_properties = d
        return trending_insight

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
