from enum import StrEnum


class PropertyOperator(StrEnum):
    EXACT = "exact"
    GT = "gt"
    GTE = "gte"
    ICONTAINS = "icontains"
    IN = "in"
    IS_DATE_AFTER = "is_date_after"
    IS_DATE_BEFORE = "is_date_before"
    IS_DATE_EXACT = "is_date_exact"
    IS_NOT = "is_not"
    IS_NOT_SET = "is_not_set"
    IS_SET = "is_set"
    LT = "lt"
    LTE = "lte"
    NOT_ICONTAINS = "not_icontains"
    NOT_IN = "not_in"
    NOT_REGEX = "not_regex"
    REGEX = "regex"

    def __str__(self) -> str:
        return str(self.value)
