from enum import StrEnum


class HogLanguage(StrEnum):
    HOG = "hog"
    HOGJSON = "hogJson"
    HOGQL = "hogQL"
    HOGQLEXPR = "hogQLExpr"
    HOGTEMPLATE = "hogTemplate"
    LIQUID = "liquid"

    def __str__(self) -> str:
        return str(self.value)
