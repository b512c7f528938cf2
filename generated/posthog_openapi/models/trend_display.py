from enum import StrEnum


class TrendDisplay(StrEnum):
    ACTIONSBAR = "ActionsBar"
    ACTIONSBARVALUE = "ActionsBarValue"
    ACTIONSLINEGRAPH = "ActionsLineGraph"
    ACTIONSLINEGRAPHCUMULATIVE = "ActionsLineGraphCumulative"
    ACTIONSPIE = "ActionsPie"
    ACTIONSTABLE = "ActionsTable"
    BOLDNUMBER = "BoldNumber"
    WORLDMAP = "WorldMap"

    def __str__(self) -> str:
        return str(self.value)
