from enum import StrEnum


class PropertyFilterType(StrEnum):
    COHORT = "cohort"
    DATA_WAREHOUSE = "data_warehouse"
    DATA_WAREHOUSE_PERSON_PROPERTY = "data_warehouse_person_property"
    ELEMENT = "element"
    ERROR_TRACKING_ISSUE = "error_tracking_issue"
    EVENT = "event"
    EVENT_METADATA = "event_metadata"
    FEATURE = "feature"
    FLAG = "flag"
    GROUP = "group"
    HOGQL = "hogql"
    INTERNAL_EVENT = "internal_event"
    LOG = "log"
    LOG_ENTRY = "log_entry"
    META = "meta"
    PERSON = "person"
    RECORDING = "recording"
    REVENUE_ANALYTICS = "revenue_analytics"
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
