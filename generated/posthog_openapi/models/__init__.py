"""Contains all the data models used in inputs/outputs.

Loaded lazily: ``from posthog_openapi.models import Person`` imports only ``person.py`` (and what it
needs), not every model; this keeps ``import posthog_openapi.models.<module>`` and a first call cheap.
(Custom template: config/openapi-python-client-templates/models_init.py.jinja.)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_level import AccessLevel
    from .actions_node import ActionsNode
    from .activity_change import ActivityChange
    from .activity_detail import ActivityDetail
    from .activity_log_entry import ActivityLogEntry
    from .activity_log_page import ActivityLogPage
    from .activity_log_user import ActivityLogUser
    from .actors_query import ActorsQuery
    from .actors_query_response import ActorsQueryResponse
    from .breakdown import Breakdown
    from .breakdown_filter import BreakdownFilter
    from .breakdown_type import BreakdownType
    from .chart_display_type import ChartDisplayType
    from .cohort import Cohort
    from .compare_filter import CompareFilter
    from .compare_label import CompareLabel
    from .dashboard_filter import DashboardFilter
    from .dashboard_tile_basic import DashboardTileBasic
    from .data_visualization_node import DataVisualizationNode
    from .data_warehouse_node import DataWarehouseNode
    from .date_range import DateRange
    from .entity_type import EntityType
    from .error import Error
    from .error_type import ErrorType
    from .events_node import EventsNode
    from .events_query import EventsQuery
    from .events_query_response import EventsQueryResponse
    from .free_form_object import FreeFormObject
    from .funnel_conversion_window_time_unit import FunnelConversionWindowTimeUnit
    from .funnel_exclusion import FunnelExclusion
    from .funnel_order_type import FunnelOrderType
    from .funnel_viz_type import FunnelVizType
    from .funnels_filter import FunnelsFilter
    from .funnels_query import FunnelsQuery
    from .funnels_query_response import FunnelsQueryResponse
    from .hog_language import HogLanguage
    from .hog_ql_filters import HogQLFilters
    from .hog_ql_metadata import HogQLMetadata
    from .hog_ql_metadata_response import HogQLMetadataResponse
    from .hog_ql_notice import HogQLNotice
    from .hog_ql_query import HogQLQuery
    from .hog_ql_query_modifiers import HogQLQueryModifiers
    from .hog_ql_query_response import HogQLQueryResponse
    from .hog_ql_values import HogQLValues
    from .hog_ql_variable import HogQLVariable
    from .hog_ql_variables import HogQLVariables
    from .insight import Insight
    from .insight_basic import InsightBasic
    from .insight_filters import InsightFilters
    from .insight_request import InsightRequest
    from .insight_type import InsightType
    from .insight_viewed_request import InsightViewedRequest
    from .insight_viz_node import InsightVizNode
    from .interval_type import IntervalType
    from .lifecycle_filter import LifecycleFilter
    from .lifecycle_query import LifecycleQuery
    from .math_type import MathType
    from .organization import Organization
    from .organization_basic import OrganizationBasic
    from .paginated_insight_list import PaginatedInsightList
    from .paginated_person_list import PaginatedPersonList
    from .paginated_project_list import PaginatedProjectList
    from .paginated_trending_insight_list import PaginatedTrendingInsightList
    from .path_link import PathLink
    from .paths_filter import PathsFilter
    from .paths_query import PathsQuery
    from .paths_result import PathsResult
    from .person import Person
    from .person_action_result import PersonActionResult
    from .person_bulk_delete_request import PersonBulkDeleteRequest
    from .person_cohort_list import PersonCohortList
    from .person_properties import PersonProperties
    from .person_property_delete_request import PersonPropertyDeleteRequest
    from .person_property_update_request import PersonPropertyUpdateRequest
    from .person_property_value import PersonPropertyValue
    from .person_split_request import PersonSplitRequest
    from .person_update_request import PersonUpdateRequest
    from .project import Project
    from .properties_timeline import PropertiesTimeline
    from .properties_timeline_point import PropertiesTimelinePoint
    from .property_filter import PropertyFilter
    from .property_filter_type import PropertyFilterType
    from .property_group import PropertyGroup
    from .property_group_operator import PropertyGroupOperator
    from .property_operator import PropertyOperator
    from .query_cancel_response import QueryCancelResponse
    from .query_node import QueryNode
    from .query_progress import QueryProgress
    from .query_request import QueryRequest
    from .query_response import QueryResponse
    from .query_status import QueryStatus
    from .query_status_response import QueryStatusResponse
    from .query_tags import QueryTags
    from .query_timing import QueryTiming
    from .refresh_mode import RefreshMode
    from .resolved_date_range import ResolvedDateRange
    from .response_format import ResponseFormat
    from .retention_cohort import RetentionCohort
    from .retention_entity import RetentionEntity
    from .retention_filter import RetentionFilter
    from .retention_period import RetentionPeriod
    from .retention_query import RetentionQuery
    from .retention_query_response import RetentionQueryResponse
    from .retention_result import RetentionResult
    from .retention_type import RetentionType
    from .retention_value import RetentionValue
    from .revenue_currency_property_config import RevenueCurrencyPropertyConfig
    from .series_node_kind import SeriesNodeKind
    from .sharing_configuration import SharingConfiguration
    from .stickiness_filter import StickinessFilter
    from .stickiness_query import StickinessQuery
    from .team_basic import TeamBasic
    from .timing_result import TimingResult
    from .trend_display import TrendDisplay
    from .trend_entity import TrendEntity
    from .trend_filter import TrendFilter
    from .trend_request import TrendRequest
    from .trend_result import TrendResult
    from .trend_series import TrendSeries
    from .trending_insight import TrendingInsight
    from .trends_filter import TrendsFilter
    from .trends_query import TrendsQuery
    from .trends_query_response import TrendsQueryResponse
    from .trends_series_action import TrendsSeriesAction
    from .trends_series_result import TrendsSeriesResult
    from .user import User
    from .user_basic import UserBasic
    from .viewed_response import ViewedResponse

_MODULES: dict[str, str] = {
    "AccessLevel": ".access_level",
    "ActionsNode": ".actions_node",
    "ActivityChange": ".activity_change",
    "ActivityDetail": ".activity_detail",
    "ActivityLogEntry": ".activity_log_entry",
    "ActivityLogPage": ".activity_log_page",
    "ActivityLogUser": ".activity_log_user",
    "ActorsQuery": ".actors_query",
    "ActorsQueryResponse": ".actors_query_response",
    "Breakdown": ".breakdown",
    "BreakdownFilter": ".breakdown_filter",
    "BreakdownType": ".breakdown_type",
    "ChartDisplayType": ".chart_display_type",
    "Cohort": ".cohort",
    "CompareFilter": ".compare_filter",
    "CompareLabel": ".compare_label",
    "DashboardFilter": ".dashboard_filter",
    "DashboardTileBasic": ".dashboard_tile_basic",
    "DataVisualizationNode": ".data_visualization_node",
    "DataWarehouseNode": ".data_warehouse_node",
    "DateRange": ".date_range",
    "EntityType": ".entity_type",
    "Error": ".error",
    "ErrorType": ".error_type",
    "EventsNode": ".events_node",
    "EventsQuery": ".events_query",
    "EventsQueryResponse": ".events_query_response",
    "FreeFormObject": ".free_form_object",
    "FunnelConversionWindowTimeUnit": ".funnel_conversion_window_time_unit",
    "FunnelExclusion": ".funnel_exclusion",
    "FunnelOrderType": ".funnel_order_type",
    "FunnelVizType": ".funnel_viz_type",
    "FunnelsFilter": ".funnels_filter",
    "FunnelsQuery": ".funnels_query",
    "FunnelsQueryResponse": ".funnels_query_response",
    "HogLanguage": ".hog_language",
    "HogQLFilters": ".hog_ql_filters",
    "HogQLMetadata": ".hog_ql_metadata",
    "HogQLMetadataResponse": ".hog_ql_metadata_response",
    "HogQLNotice": ".hog_ql_notice",
    "HogQLQuery": ".hog_ql_query",
    "HogQLQueryModifiers": ".hog_ql_query_modifiers",
    "HogQLQueryResponse": ".hog_ql_query_response",
    "HogQLValues": ".hog_ql_values",
    "HogQLVariable": ".hog_ql_variable",
    "HogQLVariables": ".hog_ql_variables",
    "Insight": ".insight",
    "InsightBasic": ".insight_basic",
    "InsightFilters": ".insight_filters",
    "InsightRequest": ".insight_request",
    "InsightType": ".insight_type",
    "InsightViewedRequest": ".insight_viewed_request",
    "InsightVizNode": ".insight_viz_node",
    "IntervalType": ".interval_type",
    "LifecycleFilter": ".lifecycle_filter",
    "LifecycleQuery": ".lifecycle_query",
    "MathType": ".math_type",
    "Organization": ".organization",
    "OrganizationBasic": ".organization_basic",
    "PaginatedInsightList": ".paginated_insight_list",
    "PaginatedPersonList": ".paginated_person_list",
    "PaginatedProjectList": ".paginated_project_list",
    "PaginatedTrendingInsightList": ".paginated_trending_insight_list",
    "PathLink": ".path_link",
    "PathsFilter": ".paths_filter",
    "PathsQuery": ".paths_query",
    "PathsResult": ".paths_result",
    "Person": ".person",
    "PersonActionResult": ".person_action_result",
    "PersonBulkDeleteRequest": ".person_bulk_delete_request",
    "PersonCohortList": ".person_cohort_list",
    "PersonProperties": ".person_properties",
    "PersonPropertyDeleteRequest": ".person_property_delete_request",
    "PersonPropertyUpdateRequest": ".person_property_update_request",
    "PersonPropertyValue": ".person_property_value",
    "PersonSplitRequest": ".person_split_request",
    "PersonUpdateRequest": ".person_update_request",
    "Project": ".project",
    "PropertiesTimeline": ".properties_timeline",
    "PropertiesTimelinePoint": ".properties_timeline_point",
    "PropertyFilter": ".property_filter",
    "PropertyFilterType": ".property_filter_type",
    "PropertyGroup": ".property_group",
    "PropertyGroupOperator": ".property_group_operator",
    "PropertyOperator": ".property_operator",
    "QueryCancelResponse": ".query_cancel_response",
    "QueryNode": ".query_node",
    "QueryProgress": ".query_progress",
    "QueryRequest": ".query_request",
    "QueryResponse": ".query_response",
    "QueryStatus": ".query_status",
    "QueryStatusResponse": ".query_status_response",
    "QueryTags": ".query_tags",
    "QueryTiming": ".query_timing",
    "RefreshMode": ".refresh_mode",
    "ResolvedDateRange": ".resolved_date_range",
    "ResponseFormat": ".response_format",
    "RetentionCohort": ".retention_cohort",
    "RetentionEntity": ".retention_entity",
    "RetentionFilter": ".retention_filter",
    "RetentionPeriod": ".retention_period",
    "RetentionQuery": ".retention_query",
    "RetentionQueryResponse": ".retention_query_response",
    "RetentionResult": ".retention_result",
    "RetentionType": ".retention_type",
    "RetentionValue": ".retention_value",
    "RevenueCurrencyPropertyConfig": ".revenue_currency_property_config",
    "SeriesNodeKind": ".series_node_kind",
    "SharingConfiguration": ".sharing_configuration",
    "StickinessFilter": ".stickiness_filter",
    "StickinessQuery": ".stickiness_query",
    "TeamBasic": ".team_basic",
    "TimingResult": ".timing_result",
    "TrendDisplay": ".trend_display",
    "TrendEntity": ".trend_entity",
    "TrendFilter": ".trend_filter",
    "TrendRequest": ".trend_request",
    "TrendResult": ".trend_result",
    "TrendSeries": ".trend_series",
    "TrendingInsight": ".trending_insight",
    "TrendsFilter": ".trends_filter",
    "TrendsQuery": ".trends_query",
    "TrendsQueryResponse": ".trends_query_response",
    "TrendsSeriesAction": ".trends_series_action",
    "TrendsSeriesResult": ".trends_series_result",
    "User": ".user",
    "UserBasic": ".user_basic",
    "ViewedResponse": ".viewed_response",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccessLevel",
    "ActionsNode",
    "ActivityChange",
    "ActivityDetail",
    "ActivityLogEntry",
    "ActivityLogPage",
    "ActivityLogUser",
    "ActorsQuery",
    "ActorsQueryResponse",
    "Breakdown",
    "BreakdownFilter",
    "BreakdownType",
    "ChartDisplayType",
    "Cohort",
    "CompareFilter",
    "CompareLabel",
    "DashboardFilter",
    "DashboardTileBasic",
    "DataVisualizationNode",
    "DataWarehouseNode",
    "DateRange",
    "EntityType",
    "Error",
    "ErrorType",
    "EventsNode",
    "EventsQuery",
    "EventsQueryResponse",
    "FreeFormObject",
    "FunnelConversionWindowTimeUnit",
    "FunnelExclusion",
    "FunnelOrderType",
    "FunnelsFilter",
    "FunnelsQuery",
    "FunnelsQueryResponse",
    "FunnelVizType",
    "HogLanguage",
    "HogQLFilters",
    "HogQLMetadata",
    "HogQLMetadataResponse",
    "HogQLNotice",
    "HogQLQuery",
    "HogQLQueryModifiers",
    "HogQLQueryResponse",
    "HogQLValues",
    "HogQLVariable",
    "HogQLVariables",
    "Insight",
    "InsightBasic",
    "InsightFilters",
    "InsightRequest",
    "InsightType",
    "InsightViewedRequest",
    "InsightVizNode",
    "IntervalType",
    "LifecycleFilter",
    "LifecycleQuery",
    "MathType",
    "Organization",
    "OrganizationBasic",
    "PaginatedInsightList",
    "PaginatedPersonList",
    "PaginatedProjectList",
    "PaginatedTrendingInsightList",
    "PathLink",
    "PathsFilter",
    "PathsQuery",
    "PathsResult",
    "Person",
    "PersonActionResult",
    "PersonBulkDeleteRequest",
    "PersonCohortList",
    "PersonProperties",
    "PersonPropertyDeleteRequest",
    "PersonPropertyUpdateRequest",
    "PersonPropertyValue",
    "PersonSplitRequest",
    "PersonUpdateRequest",
    "Project",
    "PropertiesTimeline",
    "PropertiesTimelinePoint",
    "PropertyFilter",
    "PropertyFilterType",
    "PropertyGroup",
    "PropertyGroupOperator",
    "PropertyOperator",
    "QueryCancelResponse",
    "QueryNode",
    "QueryProgress",
    "QueryRequest",
    "QueryResponse",
    "QueryStatus",
    "QueryStatusResponse",
    "QueryTags",
    "QueryTiming",
    "RefreshMode",
    "ResolvedDateRange",
    "ResponseFormat",
    "RetentionCohort",
    "RetentionEntity",
    "RetentionFilter",
    "RetentionPeriod",
    "RetentionQuery",
    "RetentionQueryResponse",
    "RetentionResult",
    "RetentionType",
    "RetentionValue",
    "RevenueCurrencyPropertyConfig",
    "SeriesNodeKind",
    "SharingConfiguration",
    "StickinessFilter",
    "StickinessQuery",
    "TeamBasic",
    "TimingResult",
    "TrendDisplay",
    "TrendEntity",
    "TrendFilter",
    "TrendingInsight",
    "TrendRequest",
    "TrendResult",
    "TrendSeries",
    "TrendsFilter",
    "TrendsQuery",
    "TrendsQueryResponse",
    "TrendsSeriesAction",
    "TrendsSeriesResult",
    "User",
    "UserBasic",
    "ViewedResponse",
)
