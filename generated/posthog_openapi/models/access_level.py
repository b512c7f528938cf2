from enum import IntEnum


class AccessLevel(IntEnum):
    VALUE_21 = 21
    VALUE_37 = 37

    def __str__(self) -> str:
        return str(self.value)
