from enum import StrEnum


class BreakdownType(StrEnum):
    COHORT = "cohort"
    EVENT = "event"
    GROUP = "group"
    HOGQL = "hogql"
    PERSON = "person"
    SESSION = "session"

    def __str__(self) -> str:
        return str(self.value)
