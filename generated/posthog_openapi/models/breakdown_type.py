from enum import StrEnum


class BreakdownType(StrEnum):
    COHORT = "cohort"
    DATA_WAREHOUSE = "data_warehouse"
    DATA_WAREHOUSE_PERSON_PROPERTY = "data_warehouse_person_property"
    EVENT = "event"
    EVENT_METADATA = "event_metadata"
    GROUP = "group"
    HOGQL = "hogql"
    PERSON = "person"
    REVENUE_ANALYTICS = "revenue_analytics"
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
