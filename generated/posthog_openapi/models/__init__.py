"""Contains all the data models used in inputs/outputs"""

from .access_level import AccessLevel
from .activity_change import ActivityChange
from .activity_detail import ActivityDetail
from .activity_log_entry import ActivityLogEntry
from .activity_log_page import ActivityLogPage
from .activity_log_user import ActivityLogUser
from .breakdown_type import BreakdownType
from .dashboard_tile_basic import DashboardTileBasic
from .entity_type import EntityType
from .error import Error
from .error_type import ErrorType
from .free_form_object import FreeFormObject
from .insight import Insight
from .insight_filters import InsightFilters
from .insight_request import InsightRequest
from .math_type import MathType
from .organization import Organization
from .organization_basic import OrganizationBasic
from .paginated_insight_list import PaginatedInsightList
from .paginated_person_list import PaginatedPersonList
from .paginated_project_list import PaginatedProjectList
from .path_link import PathLink
from .paths_result import PathsResult
from .person import Person
from .person_action_result import PersonActionResult
from .person_properties import PersonProperties
from .person_request import PersonRequest
from .person_split_request import PersonSplitRequest
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
from .user import User
from .user_basic import UserBasic
from .viewed_response import ViewedResponse

__all__ = (
    "AccessLevel",
    "ActivityChange",
    "ActivityDetail",
    "ActivityLogEntry",
    "ActivityLogPage",
    "ActivityLogUser",
    "BreakdownType",
    "DashboardTileBasic",
    "EntityType",
    "Error",
    "ErrorType",
    "FreeFormObject",
    "Insight",
    "InsightFilters",
    "InsightRequest",
    "MathType",
    "Organization",
    "OrganizationBasic",
    "PaginatedInsightList",
    "PaginatedPersonList",
    "PaginatedProjectList",
    "PathLink",
    "PathsResult",
    "Person",
    "PersonActionResult",
    "PersonProperties",
    "PersonRequest",
    "PersonSplitRequest",
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
    "TrendRequest",
    "TrendResult",
    "TrendSeries",
    "User",
    "UserBasic",
    "ViewedResponse",
)
