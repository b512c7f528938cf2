from enum import StrEnum


class FunnelVizType(StrEnum):
    STEPS = "steps"
    TIME_TO_CONVERT = "time_to_convert"
    TRENDS = "trends"

    def __str__(self) -> str:
        return str(self.value)
