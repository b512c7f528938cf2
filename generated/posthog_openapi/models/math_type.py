from enum import StrEnum


class MathType(StrEnum):
    AVG = "avg"
    AVG_COUNT_PER_ACTOR = "avg_count_per_actor"
    DAU = "dau"
    FIRST_MATCHING_EVENT_FOR_GROUP = "first_matching_event_for_group"
    FIRST_MATCHING_EVENT_FOR_USER = "first_matching_event_for_user"
    FIRST_TIME_FOR_GROUP = "first_time_for_group"
    FIRST_TIME_FOR_USER = "first_time_for_user"
    FIRST_TIME_FOR_USER_WITH_FILTERS = "first_time_for_user_with_filters"
    HOGQL = "hogql"
    MAX = "max"
    MAX_COUNT_PER_ACTOR = "max_count_per_actor"
    MEDIAN = "median"
    MEDIAN_COUNT_PER_ACTOR = "median_count_per_actor"
    MIN = "min"
    MIN_COUNT_PER_ACTOR = "min_count_per_actor"
    MONTHLY_ACTIVE = "monthly_active"
    P75 = "p75"
    P75_COUNT_PER_ACTOR = "p75_count_per_actor"
    P90 = "p90"
    P90_COUNT_PER_ACTOR = "p90_count_per_actor"
    P95 = "p95"
    P95_COUNT_PER_ACTOR = "p95_count_per_actor"
    P99 = "p99"
    P99_COUNT_PER_ACTOR = "p99_count_per_actor"
    SUM = "sum"
    TOTAL = "total"
    UNIQUE_GROUP = "unique_group"
    UNIQUE_SESSION = "unique_session"
    WEEKLY_ACTIVE = "weekly_active"

    def __str__(self) -> str:
        return str(self.value)
