from enum import StrEnum


class TrendSeriesCompareLabel(StrEnum):
    CURRENT = "current"
    PREVIOUS = "previous"

    def __str__(self) -> str:
        return str(self.value)
