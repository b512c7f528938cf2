from enum import StrEnum


class SeriesNodeKind(StrEnum):
    ACTIONSNODE = "ActionsNode"
    EVENTSNODE = "EventsNode"

    def __str__(self) -> str:
        return str(self.value)
