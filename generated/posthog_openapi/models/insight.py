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
    from ..models.insight_filters import InsightFilters
    from ..models.query_node import QueryNode
    from ..models.query_status import QueryStatus
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="Insight")


@_attrs_define
class Insight:
    """A saved insight, with its (possibly cached) result.

    Attributes:
        id (int):
        short_id (str): The id in the insight's web URL (`/insights/<short_id>`).
        name (None | str):
        derived_name (None | str):
        filters (InsightFilters): An insight's legacy filters (events, actions, date_from, date_to,
            display, interval, properties, breakdown, …) as one JSON object.
        query (None | QueryNode): The insight's query node, or null for a legacy insight.
        order (int | None):
        deleted (bool):
        dashboards (list[int]): DEPRECATED. Will be removed in a future release. Use
            dashboard_tiles instead. A dashboard ID for each of the dashboards
            that this insight is displayed on.
        dashboard_tiles (list[DashboardTileBasic]):
        last_refresh (datetime.datetime | None): When the cached result was calculated; null on a cache miss.
        cache_target_age (datetime.datetime | None):
        next_allowed_client_refresh (datetime.datetime | None):
        result (Any): The insight's result (any JSON), null on a cache miss. For a
            trend: a list of series with `data`, `days`, `labels`, `label`,
            `count` and `aggregated_value`.
        created_at (datetime.datetime | None):
        created_by (None | UserBasic):
        description (None | str):
        updated_at (datetime.datetime):
        tags (list[str]):
        favorited (bool):
        saved (bool):
        last_modified_at (datetime.datetime):
        last_modified_by (None | UserBasic):
        is_sample (bool):
        effective_restriction_level (AccessLevel): An access level.
            * `21` - can view
            * `37` - can edit
        effective_privilege_level (AccessLevel): An access level.
            * `21` - can view
            * `37` - can edit
        timezone (None | str): The timezone this result is calculated in.
        is_cached (bool | None):
        query_status (None | QueryStatus): The background calculation, when one was started; null otherwise.
        hogql (None | str):
        types (list[Any] | None):
        has_more (bool | None | Unset):
        columns (list[Any] | None | Unset):
    """

    id: int
    short_id: str
    name: None | str
    derived_name: None | str
    filters: InsightFilters
    query: None | QueryNode
    order: int | None
    deleted: bool
    dashboards: list[int]
    dashboard_tiles: list[DashboardTileBasic]
    last_refresh: datetime.datetime | None
    cache_target_age: datetime.datetime | None
    next_allowed_client_refresh: datetime.datetime | None
    result: Any
    created_at: datetime.datetime | None
    created_by: None | UserBasic
    description: None | str
    updated_at: datetime.datetime
    tags: list[str]
    favorited: bool
    saved: bool
    last_modified_at: datetime.datetime
    last_modified_by: None | UserBasic
    is_sample: bool
    effective_restriction_level: AccessLevel
    effective_privilege_level: AccessLevel
    timezone: None | str
    is_cached: bool | None
    query_status: None | QueryStatus
    hogql: None | str
    types: list[Any] | None
    has_more: bool | None | Unset = UNSET
    columns: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.query_node import QueryNode  # noqa: PLC0415
        from ..models.query_status import QueryStatus  # noqa: PLC0415
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        id = self.id

        short_id = self.short_id

        name: None | str
        name = self.name

        derived_name: None | str
        derived_name = self.derived_name

        filters = self.filters.to_dict()

        query: dict[str, Any] | None
        if isinstance(self.query, QueryNode):
            query = self.query.to_dict()
        else:
            query = self.query

        order: int | None
        order = self.order

        deleted = self.deleted

        dashboards = self.dashboards

        dashboard_tiles = []
        for dashboard_tiles_item_data in self.dashboard_tiles:
            dashboard_tiles_item = dashboard_tiles_item_data.to_dict()
            dashboard_tiles.append(dashboard_tiles_item)

        last_refresh: None | str
        if isinstance(self.last_refresh, datetime.datetime):
            last_refresh = self.last_refresh.isoformat()
        else:
            last_refresh = self.last_refresh

        cache_target_age: None | str
        if isinstance(self.cache_target_age, datetime.datetime):
            cache_target_age = self.cache_target_age.isoformat()
        else:
            cache_target_age = self.cache_target_age

        next_allowed_client_refresh: None | str
        if isinstance(self.next_allowed_client_refresh, datetime.datetime):
            next_allowed_client_refresh = self.next_allowed_client_refresh.isoformat()
        else:
            next_allowed_client_refresh = self.next_allowed_client_refresh

        result = self.result

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by: dict[str, Any] | None
        if isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        description: None | str
        description = self.description

        updated_at = self.updated_at.isoformat()

        tags = self.tags

        favorited = self.favorited

        saved = self.saved

        last_modified_at = self.last_modified_at.isoformat()

        last_modified_by: dict[str, Any] | None
        if isinstance(self.last_modified_by, UserBasic):
            last_modified_by = self.last_modified_by.to_dict()
        else:
            last_modified_by = self.last_modified_by

        is_sample = self.is_sample

        effective_restriction_level = self.effective_restriction_level.value

        effective_privilege_level = self.effective_privilege_level.value

        timezone: None | str
        timezone = self.timezone

        is_cached: bool | None
        is_cached = self.is_cached

        query_status: dict[str, Any] | None
        if isinstance(self.query_status, QueryStatus):
            query_status = self.query_status.to_dict()
        else:
            query_status = self.query_status

        hogql: None | str
        hogql = self.hogql

        types: list[Any] | None
        if isinstance(self.types, list):
            types = self.types

        else:
            types = self.types

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "short_id": short_id,
                "name": name,
                "derived_name": derived_name,
                "filters": filters,
                "query": query,
                "order": order,
                "deleted": deleted,
                "dashboards": dashboards,
                "dashboard_tiles": dashboard_tiles,
                "last_refresh": last_refresh,
                "cache_target_age": cache_target_age,
                "next_allowed_client_refresh": next_allowed_client_refresh,
                "result": result,
                "created_at": created_at,
                "created_by": created_by,
                "description": description,
                "updated_at": updated_at,
                "tags": tags,
                "favorited": favorited,
                "saved": saved,
                "last_modified_at": last_modified_at,
                "last_modified_by": last_modified_by,
                "is_sample": is_sample,
                "effective_restriction_level": effective_restriction_level,
                "effective_privilege_level": effective_privilege_level,
                "timezone": timezone,
                "is_cached": is_cached,
                "query_status": query_status,
                "hogql": hogql,
                "types": types,
            }
        )
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_tile_basic import DashboardTileBasic  # noqa: PLC0415
        from ..models.insight_filters import InsightFilters  # noqa: PLC0415
        from ..models.query_node import QueryNode  # noqa: PLC0415
        from ..models.query_status import QueryStatus  # noqa: PLC0415
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        short_id = d.pop("short_id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_derived_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        derived_name = _parse_derived_name(d.pop("derived_name"))

        filters = InsightFilters.from_dict(d.pop("filters"))

        def _parse_query(data: object) -> None | QueryNode:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_type_0 = QueryNode.from_dict(data)

                return query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryNode, data)

        query = _parse_query(d.pop("query"))

        def _parse_order(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        order = _parse_order(d.pop("order"))

        deleted = d.pop("deleted")

        dashboards = cast(list[int], d.pop("dashboards"))

        dashboard_tiles = []
        _dashboard_tiles = d.pop("dashboard_tiles")
        for dashboard_tiles_item_data in _dashboard_tiles:
            dashboard_tiles_item = DashboardTileBasic.from_dict(dashboard_tiles_item_data)

            dashboard_tiles.append(dashboard_tiles_item)

        def _parse_last_refresh(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_refresh_type_0 = datetime.datetime.fromisoformat(data)

                return last_refresh_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_refresh = _parse_last_refresh(d.pop("last_refresh"))

        def _parse_cache_target_age(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cache_target_age_type_0 = datetime.datetime.fromisoformat(data)

                return cache_target_age_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cache_target_age = _parse_cache_target_age(d.pop("cache_target_age"))

        def _parse_next_allowed_client_refresh(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_allowed_client_refresh_type_0 = datetime.datetime.fromisoformat(data)

                return next_allowed_client_refresh_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_allowed_client_refresh = _parse_next_allowed_client_refresh(d.pop("next_allowed_client_refresh"))

        result = d.pop("result")

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_created_by(data: object) -> None | UserBasic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = UserBasic.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserBasic, data)

        created_by = _parse_created_by(d.pop("created_by"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        tags = cast(list[str], d.pop("tags"))

        favorited = d.pop("favorited")

        saved = d.pop("saved")

        last_modified_at = datetime.datetime.fromisoformat(d.pop("last_modified_at"))

        def _parse_last_modified_by(data: object) -> None | UserBasic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_modified_by_type_0 = UserBasic.from_dict(data)

                return last_modified_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserBasic, data)

        last_modified_by = _parse_last_modified_by(d.pop("last_modified_by"))

        is_sample = d.pop("is_sample")

        effective_restriction_level = AccessLevel(d.pop("effective_restriction_level"))

        effective_privilege_level = AccessLevel(d.pop("effective_privilege_level"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        def _parse_is_cached(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_cached = _parse_is_cached(d.pop("is_cached"))

        def _parse_query_status(data: object) -> None | QueryStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_status_type_0 = QueryStatus.from_dict(data)

                return query_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryStatus, data)

        query_status = _parse_query_status(d.pop("query_status"))

        def _parse_hogql(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hogql = _parse_hogql(d.pop("hogql"))

        def _parse_types(data: object) -> list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                types_type_0 = cast(list[Any], data)

                return types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None, data)

        types = _parse_types(d.pop("types"))

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
            has_more=has_more,
            columns=columns,
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
