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
    from .activity_change import ActivityChange
    from .activity_detail import ActivityDetail
    from .activity_log_entry import ActivityLogEntry
    from .activity_log_page import ActivityLogPage
    from .activity_log_user import ActivityLogUser
    from .breakdown_type import BreakdownType
    from .cohort import Cohort
    from .dashboard_tile_basic import DashboardTileBasic
    from .data_visualization_node import DataVisualizationNode
    from .entity_type import EntityType
    from .error import Error
    from .error_type import ErrorType
    from .free_form_object import FreeFormObject
    from .insight import Insight
    from .insight_basic import InsightBasic
    from .insight_filters import InsightFilters
    from .insight_query_source import InsightQuerySource
    from .insight_request import InsightRequest
    from .insight_type import InsightType
    from .insight_viewed_request import InsightViewedRequest
    from .insight_viz_node import InsightVizNode
    from .math_type import MathType
    from .organization import Organization
    from .organization_basic import OrganizationBasic
    from .paginated_insight_list import PaginatedInsightList
    from .paginated_person_list import PaginatedPersonList
    from .paginated_project_list import PaginatedProjectList
    from .paginated_trending_insight_list import PaginatedTrendingInsightList
    from .path_link import PathLink
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
    from .query_status import QueryStatus
    from .query_status_response import QueryStatusResponse
    from .refresh_mode import RefreshMode
    from .response_format import ResponseFormat
    from .retention_cohort import RetentionCohort
    from .retention_result import RetentionResult
    from .retention_value import RetentionValue
    from .sharing_configuration import SharingConfiguration
    from .team_basic import TeamBasic
    from .timing_result import TimingResult
    from .trend_display import TrendDisplay
    from .trend_entity import TrendEntity
    from .trend_filter import TrendFilter
    from .trend_request import TrendRequest
    from .trend_result import TrendResult
    from .trend_series import TrendSeries
    from .trending_insight import TrendingInsight
    from .user import User
    from .user_basic import UserBasic
    from .viewed_response import ViewedResponse

_MODULES: dict[str, str] = {
    "AccessLevel": ".access_level",
    "ActivityChange": ".activity_change",
    "ActivityDetail": ".activity_detail",
    "ActivityLogEntry": ".activity_log_entry",
    "ActivityLogPage": ".activity_log_page",
    "ActivityLogUser": ".activity_log_user",
    "BreakdownType": ".breakdown_type",
    "Cohort": ".cohort",
    "DashboardTileBasic": ".dashboard_tile_basic",
    "DataVisualizationNode": ".data_visualization_node",
    "EntityType": ".entity_type",
    "Error": ".error",
    "ErrorType": ".error_type",
    "FreeFormObject": ".free_form_object",
    "Insight": ".insight",
    "InsightBasic": ".insight_basic",
    "InsightFilters": ".insight_filters",
    "InsightQuerySource": ".insight_query_source",
    "InsightRequest": ".insight_request",
    "InsightType": ".insight_type",
    "InsightViewedRequest": ".insight_viewed_request",
    "InsightVizNode": ".insight_viz_node",
    "MathType": ".math_type",
    "Organization": ".organization",
    "OrganizationBasic": ".organization_basic",
    "PaginatedInsightList": ".paginated_insight_list",
    "PaginatedPersonList": ".paginated_person_list",
    "PaginatedProjectList": ".paginated_project_list",
    "PaginatedTrendingInsightList": ".paginated_trending_insight_list",
    "PathLink": ".path_link",
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
    "QueryStatus": ".query_status",
    "QueryStatusResponse": ".query_status_response",
    "RefreshMode": ".refresh_mode",
    "ResponseFormat": ".response_format",
    "RetentionCohort": ".retention_cohort",
    "RetentionResult": ".retention_result",
    "RetentionValue": ".retention_value",
    "SharingConfiguration": ".sharing_configuration",
    "TeamBasic": ".team_basic",
    "TimingResult": ".timing_result",
    "TrendDisplay": ".trend_display",
    "TrendEntity": ".trend_entity",
    "TrendFilter": ".trend_filter",
    "TrendRequest": ".trend_request",
    "TrendResult": ".trend_result",
    "TrendSeries": ".trend_series",
    "TrendingInsight": ".trending_insight",
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
    "ActivityChange",
    "ActivityDetail",
    "ActivityLogEntry",
    "ActivityLogPage",
    "ActivityLogUser",
    "BreakdownType",
    "Cohort",
    "DashboardTileBasic",
    "DataVisualizationNode",
    "EntityType",
    "Error",
    "ErrorType",
    "FreeFormObject",
    "Insight",
    "InsightBasic",
    "InsightFilters",
    "InsightQuerySource",
    "InsightRequest",
    "InsightType",
    "InsightViewedRequest",
    "InsightVizNode",
    "MathType",
    "Organization",
    "OrganizationBasic",
    "PaginatedInsightList",
    "PaginatedPersonList",
    "PaginatedProjectList",
    "PaginatedTrendingInsightList",
    "PathLink",
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
    "QueryStatus",
    "QueryStatusResponse",
    "RefreshMode",
    "ResponseFormat",
    "RetentionCohort",
    "RetentionResult",
    "RetentionValue",
    "SharingConfiguration",
    "TeamBasic",
    "TimingResult",
    "TrendDisplay",
    "TrendEntity",
    "TrendFilter",
    "TrendingInsight",
    "TrendRequest",
    "TrendResult",
    "TrendSeries",
    "User",
    "UserBasic",
    "ViewedResponse",
)
