from enum import StrEnum


class MathType(StrEnum):
    AVG = "avg"
    DAU = "dau"
    HOGQL = "hogql"
    MAX = "max"
    MEDIAN = "median"
    MIN = "min"
    MONTHLY_ACTIVE = "monthly_active"
    P90 = "p90"
    P95 = "p95"
    P99 = "p99"
    SUM = "sum"
    TOTAL = "total"
    UNIQUE_GROUP = "unique_group"
    UNIQUE_SESSION = "unique_session"
    WEEKLY_ACTIVE = "weekly_active"

    def __str__(self) -> str:
        return str(self.value)
