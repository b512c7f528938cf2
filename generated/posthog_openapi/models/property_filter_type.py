from enum import StrEnum


class PropertyFilterType(StrEnum):
    COHORT = "cohort"
    DATA_WAREHOUSE = "data_warehouse"
    ELEMENT = "element"
    EVENT = "event"
    FEATURE = "feature"
    GROUP = "group"
    HOGQL = "hogql"
    PERSON = "person"
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
