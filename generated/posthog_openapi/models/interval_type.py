from enum import StrEnum


class IntervalType(StrEnum):
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    MONTH = "month"
    SECOND = "second"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)
