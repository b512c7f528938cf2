from enum import StrEnum


class EntityType(StrEnum):
    ACTIONS = "actions"
    EVENTS = "events"

    def __str__(self) -> str:
        return str(self.value)
