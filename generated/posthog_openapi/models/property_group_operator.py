from enum import StrEnum


class PropertyGroupOperator(StrEnum):
    AND = "AND"
    OR = "OR"

    def __str__(self) -> str:
        return str(self.value)
