from enum import StrEnum


class RetentionPeriod(StrEnum):
    DAY = "Day"
    HOUR = "Hour"
    MONTH = "Month"
    WEEK = "Week"

    def __str__(self) -> str:
        return str(self.value)
