from enum import StrEnum


class FunnelOrderType(StrEnum):
    ORDERED = "ordered"
    STRICT = "strict"
    UNORDERED = "unordered"

    def __str__(self) -> str:
        return str(self.value)
