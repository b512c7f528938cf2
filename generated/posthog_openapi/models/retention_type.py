from enum import StrEnum


class RetentionType(StrEnum):
    RETENTION_FIRST_EVER_OCCURRENCE = "retention_first_ever_occurrence"
    RETENTION_FIRST_TIME = "retention_first_time"
    RETENTION_RECURRING = "retention_recurring"

    def __str__(self) -> str:
        return str(self.value)
