from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refresh_mode import RefreshMode
from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    bad_type,
    enum_member,
    unknown_kind,
)

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
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "query",
        "client_query_id",
        "refresh",
        "name",
        "filters_override",
        "variables_override",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "client_query_id",
        "name",
    )
)


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
        if not _LOADED:
            _load()
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
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        query_request = _new(cls)
        try:
            query = d["query"]
            _kind = query.get("kind") if isinstance(query, dict) else None
            _member = (
                HogQLQuery
                if _kind == "HogQLQuery"
                else EventsQuery
                if _kind == "EventsQuery"
                else ActorsQuery
                if _kind == "ActorsQuery"
                else TrendsQuery
                if _kind == "TrendsQuery"
                else FunnelsQuery
                if _kind == "FunnelsQuery"
                else RetentionQuery
                if _kind == "RetentionQuery"
                else PathsQuery
                if _kind == "PathsQuery"
                else StickinessQuery
                if _kind == "StickinessQuery"
                else LifecycleQuery
                if _kind == "LifecycleQuery"
                else HogQLMetadata
                if _kind == "HogQLMetadata"
                else InsightVizNode
                if _kind == "InsightVizNode"
                else DataVisualizationNode
                if _kind == "DataVisualizationNode"
                else None
            )
            if _member is not None:
                query = _member.from_dict(query)
            else:
                raise unknown_kind(
                    query,
                    (
                        "HogQLQuery",
                        "EventsQuery",
                        "ActorsQuery",
                        "TrendsQuery",
                        "FunnelsQuery",
                        "RetentionQuery",
                        "PathsQuery",
                        "StickinessQuery",
                        "LifecycleQuery",
                        "HogQLMetadata",
                        "InsightVizNode",
                        "DataVisualizationNode",
                    ),
                )

        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            add_path(exc, "query")
            raise
        query_request.query = query
        if "client_query_id" in d:
            _v = d["client_query_id"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("QueryRequest", "client_query_id", _v, "a string or null")
            query_request.client_query_id = _v
        else:
            query_request.client_query_id = UNSET
        if "refresh" in d:
            try:

                def _parse_refresh(data: object) -> None | RefreshMode | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        refresh_type_0 = enum_member(RefreshMode, data)

                        return refresh_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(None | RefreshMode | Unset, data)

                refresh = _parse_refresh(d["refresh"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "refresh")
                raise
            query_request.refresh = refresh
        else:
            query_request.refresh = UNSET
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("QueryRequest", "name", _v, "a string or null")
            query_request.name = _v
        else:
            query_request.name = UNSET
        if "filters_override" in d:
            _v = d["filters_override"]
            if _v is not None:
                try:
                    _v = DashboardFilter.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            query_request.filters_override = _v
        else:
            query_request.filters_override = UNSET
        if "variables_override" in d:
            _v = d["variables_override"]
            if _v is not None:
                try:
                    _v = HogQLVariables.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            query_request.variables_override = _v
        else:
            query_request.variables_override = UNSET
        if len(d) == 1 + ("client_query_id" in d) + ("refresh" in d) + ("name" in d) + ("filters_override" in d) + (
            "variables_override" in d
        ):  # usually there is nothing else
            query_request.additional_properties = {}
        else:
            query_request.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
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


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.actors_query import ActorsQuery as _model1
    from ..models.dashboard_filter import DashboardFilter as _model2
    from ..models.data_visualization_node import DataVisualizationNode as _model3
    from ..models.events_query import EventsQuery as _model4
    from ..models.funnels_query import FunnelsQuery as _model5
    from ..models.hog_ql_metadata import HogQLMetadata as _model6
    from ..models.hog_ql_query import HogQLQuery as _model7
    from ..models.hog_ql_variables import HogQLVariables as _model8
    from ..models.insight_viz_node import InsightVizNode as _model9
    from ..models.lifecycle_query import LifecycleQuery as _model10
    from ..models.paths_query import PathsQuery as _model11
    from ..models.retention_query import RetentionQuery as _model12
    from ..models.stickiness_query import StickinessQuery as _model13
    from ..models.trends_query import TrendsQuery as _model14

    globals().update(
        {
            "ActorsQuery": _model1,
            "DashboardFilter": _model2,
            "DataVisualizationNode": _model3,
            "EventsQuery": _model4,
            "FunnelsQuery": _model5,
            "HogQLMetadata": _model6,
            "HogQLQuery": _model7,
            "HogQLVariables": _model8,
            "InsightVizNode": _model9,
            "LifecycleQuery": _model10,
            "PathsQuery": _model11,
            "RetentionQuery": _model12,
            "StickinessQuery": _model13,
            "TrendsQuery": _model14,
        }
    )
    _LOADED = True
