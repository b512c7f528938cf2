from enum import StrEnum


class InsightType(StrEnum):
    FUNNELS = "FUNNELS"
    JSON = "JSON"
    LIFECYCLE = "LIFECYCLE"
    PATHS = "PATHS"
    RETENTION = "RETENTION"
    SQL = "SQL"
    STICKINESS = "STICKINESS"
    TRENDS = "TRENDS"

    def __str__(self) -> str:
        return str(self.value)
