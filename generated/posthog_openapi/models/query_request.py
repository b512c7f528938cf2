from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refresh_mode import RefreshMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actors_query import ActorsQuery
    from ..models.dashboard_filter import DashboardFilter
    from ..models.data_visualization_node import DataVisualizationNode
    from ..models.events_query import EventsQuery
    from ..models.funnels_query import FunnelsQuery
    from ..models.hog_ql_metadata import HogQLMetadata
    from ..models.hog_ql_query import HogQLQuery
    from ..models.hog_ql_variables import HogQLVariables
    from ..models.insight_viz_node import InsightVizNode
    from ..models.lifecycle_query import LifecycleQuery
    from ..models.paths_query import PathsQuery
    from ..models.retention_query import RetentionQuery
    from ..models.stickiness_query import StickinessQuery
    from ..models.trends_query import TrendsQuery


T = TypeVar("T", bound="QueryRequest")


@_attrs_define
class QueryRequest:
    """The body of `POST query/`: the query and how to run it.

    Attributes:
        query (ActorsQuery | DataVisualizationNode | EventsQuery | FunnelsQuery | HogQLMetadata | HogQLQuery |
            InsightVizNode | LifecycleQuery | PathsQuery | RetentionQuery | StickinessQuery | TrendsQuery): Any query the
            Query API runs, told apart by `kind`.
        client_query_id (None | str | Unset): Your id for the query: it becomes the query id to poll (`GET
            query/{query_id}/`) or cancel. A new id is made when absent.
        refresh (None | RefreshMode | Unset): How to use the cache and whether to run in the background (`blocking` when
            absent). On this endpoint `force_cache` still calculates when the cache is stale. Async modes answer 202 with
            `query_status` until done.
        name (None | str | Unset): A name for the query (up to 128 characters), shown in PostHog's query log; PostHog
            asks API users to set it.
        filters_override (DashboardFilter | None | Unset): Dashboard-style filters applied on top of the query.
        variables_override (HogQLVariables | None | Unset): SQL variable values applied on top of the query's.
    """

    query: (
        ActorsQuery
        | DataVisualizationNode
        | EventsQuery
        | FunnelsQuery
        | HogQLMetadata
        | HogQLQuery
        | InsightVizNode
        | LifecycleQuery
        | PathsQuery
        | RetentionQuery
        | StickinessQuery
        | TrendsQuery
    )
    client_query_id: None | str | Unset = UNSET
    refresh: None | RefreshMode | Unset = UNSET
    name: None | str | Unset = UNSET
    filters_override: DashboardFilter | None | Unset = UNSET
    variables_override: HogQLVariables | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actors_query import ActorsQuery  # noqa: PLC0415
        from ..models.dashboard_filter import DashboardFilter  # noqa: PLC0415
        from ..models.events_query import EventsQuery  # noqa: PLC0415
        from ..models.funnels_query import FunnelsQuery  # noqa: PLC0415
        from ..models.hog_ql_metadata import HogQLMetadata  # noqa: PLC0415
        from ..models.hog_ql_query import HogQLQuery  # noqa: PLC0415
        from ..models.hog_ql_variables import HogQLVariables  # noqa: PLC0415
        from ..models.insight_viz_node import InsightVizNode  # noqa: PLC0415
        from ..models.lifecycle_query import LifecycleQuery  # noqa: PLC0415
        from ..models.paths_query import PathsQuery  # noqa: PLC0415
        from ..models.retention_query import RetentionQuery  # noqa: PLC0415
        from ..models.stickiness_query import StickinessQuery  # noqa: PLC0415
        from ..models.trends_query import TrendsQuery  # noqa: PLC0415

        query: dict[str, Any]
        if isinstance(self.query, HogQLQuery):
            query = self.query.to_dict()
        elif isinstance(self.query, EventsQuery):
            query = self.query.to_dict()
        elif isinstance(self.query, ActorsQuery):
            query = self.query.to_dict()
        elif isinstance(self.query, TrendsQuery):
            query = self.query.to_dict()
        elif isinstance(self.query, FunnelsQuery):
            query = self.query.to_dict()
        elif isinstance(self.query, RetentionQuery):
            query = self.query.to_dict()
        elif isinstance(self.query, PathsQuery):
            query = self.query.to_dict()
        elif isinstance(self.query, StickinessQuery):
            query = self.query.to_dict()
        elif isinstance(self.query, LifecycleQuery):
            query = self.query.to_dict()
        elif isinstance(self.query, HogQLMetadata):
            query = self.query.to_dict()
        elif isinstance(self.query, InsightVizNode):
            query = self.query.to_dict()
        else:
            query = self.query.to_dict()

        client_query_id: None | str | Unset
        if isinstance(self.client_query_id, Unset):
            client_query_id = UNSET
        else:
            client_query_id = self.client_query_id

        refresh: None | str | Unset
        if isinstance(self.refresh, Unset):
            refresh = UNSET
        elif isinstance(self.refresh, RefreshMode):
            refresh = self.refresh.value
        else:
            refresh = self.refresh

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        filters_override: dict[str, Any] | None | Unset
        if isinstance(self.filters_override, Unset):
            filters_override = UNSET
        elif isinstance(self.filters_override, DashboardFilter):
            filters_override = self.filters_override.to_dict()
        else:
            filters_override = self.filters_override

        variables_override: dict[str, Any] | None | Unset
        if isinstance(self.variables_override, Unset):
            variables_override = UNSET
        elif isinstance(self.variables_override, HogQLVariables):
            variables_override = self.variables_override.to_dict()
        else:
            variables_override = self.variables_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if client_query_id is not UNSET:
            field_dict["client_query_id"] = client_query_id
        if refresh is not UNSET:
            field_dict["refresh"] = refresh
        if name is not UNSET:
            field_dict["name"] = name
        if filters_override is not UNSET:
            field_dict["filters_override"] = filters_override
        if variables_override is not UNSET:
            field_dict["variables_override"] = variables_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actors_query import ActorsQuery  # noqa: PLC0415
        from ..models.dashboard_filter import DashboardFilter  # noqa: PLC0415
        from ..models.data_visualization_node import DataVisualizationNode  # noqa: PLC0415
        from ..models.events_query import EventsQuery  # noqa: PLC0415
        from ..models.funnels_query import FunnelsQuery  # noqa: PLC0415
        from ..models.hog_ql_metadata import HogQLMetadata  # noqa: PLC0415
        from ..models.hog_ql_query import HogQLQuery  # noqa: PLC0415
        from ..models.hog_ql_variables import HogQLVariables  # noqa: PLC0415
        from ..models.insight_viz_node import InsightVizNode  # noqa: PLC0415
        from ..models.lifecycle_query import LifecycleQuery  # noqa: PLC0415
        from ..models.paths_query import PathsQuery  # noqa: PLC0415
        from ..models.retention_query import RetentionQuery  # noqa: PLC0415
        from ..models.stickiness_query import StickinessQuery  # noqa: PLC0415
        from ..models.trends_query import TrendsQuery  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_query(
            data: object,
        ) -> (
            ActorsQuery
            | DataVisualizationNode
            | EventsQuery
            | FunnelsQuery
            | HogQLMetadata
            | HogQLQuery
            | InsightVizNode
            | LifecycleQuery
            | PathsQuery
            | RetentionQuery
            | StickinessQuery
            | TrendsQuery
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_schema_type_0 = HogQLQuery.from_dict(data)

                return componentsschemas_query_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_schema_type_1 = EventsQuery.from_dict(data)

                return componentsschemas_query_schema_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_schema_type_2 = ActorsQuery.from_dict(data)

                return componentsschemas_query_schema_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_schema_type_3 = TrendsQuery.from_dict(data)

                return componentsschemas_query_schema_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_schema_type_4 = FunnelsQuery.from_dict(data)

                return componentsschemas_query_schema_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_schema_type_5 = RetentionQuery.from_dict(data)

                return componentsschemas_query_schema_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_schema_type_6 = PathsQuery.from_dict(data)

                return componentsschemas_query_schema_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_schema_type_7 = StickinessQuery.from_dict(data)

                return componentsschemas_query_schema_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_schema_type_8 = LifecycleQuery.from_dict(data)

                return componentsschemas_query_schema_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_schema_type_9 = HogQLMetadata.from_dict(data)

                return componentsschemas_query_schema_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_schema_type_10 = InsightVizNode.from_dict(data)

                return componentsschemas_query_schema_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_query_schema_type_11 = DataVisualizationNode.from_dict(data)

            return componentsschemas_query_schema_type_11

        query = _parse_query(d.pop("query"))

        def _parse_client_query_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_query_id = _parse_client_query_id(d.pop("client_query_id", UNSET))

        def _parse_refresh(data: object) -> None | RefreshMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refresh_type_0 = RefreshMode(data)

                return refresh_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefreshMode | Unset, data)

        refresh = _parse_refresh(d.pop("refresh", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_filters_override(data: object) -> DashboardFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_override_type_0 = DashboardFilter.from_dict(data)

                return filters_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardFilter | None | Unset, data)

        filters_override = _parse_filters_override(d.pop("filters_override", UNSET))

        def _parse_variables_override(data: object) -> HogQLVariables | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_override_type_0 = HogQLVariables.from_dict(data)

                return variables_override_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HogQLVariables | None | Unset, data)

        variables_override = _parse_variables_override(d.pop("variables_override", UNSET))

        query_request = cls(
            query=query,
            client_query_id=client_query_id,
            refresh=refresh,
            name=name,
            filters_override=filters_override,
            variables_override=variables_override,
        )

        query_request.additional_properties = d
        return query_request

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
