from enum import StrEnum


class EntityType(StrEnum):
    ACTIONS = "actions"
    DATA_WAREHOUSE = "data_warehouse"
    EVENTS = "events"
    NEW_ENTITY = "new_entity"

    def __str__(self) -> str:
        return str(self.value)
