from enum import StrEnum


class ChartDisplayType(StrEnum):
    ACTIONSAREAGRAPH = "ActionsAreaGraph"
    ACTIONSBAR = "ActionsBar"
    ACTIONSBARVALUE = "ActionsBarValue"
    ACTIONSLINEGRAPH = "ActionsLineGraph"
    ACTIONSLINEGRAPHCUMULATIVE = "ActionsLineGraphCumulative"
    ACTIONSPIE = "ActionsPie"
    ACTIONSSTACKEDBAR = "ActionsStackedBar"
    ACTIONSTABLE = "ActionsTable"
    ACTIONSUNSTACKEDBAR = "ActionsUnstackedBar"
    AUTO = "Auto"
    BOLDNUMBER = "BoldNumber"
    BOXPLOT = "BoxPlot"
    CALENDARHEATMAP = "CalendarHeatmap"
    TWODIMENSIONALHEATMAP = "TwoDimensionalHeatmap"
    WORLDMAP = "WorldMap"

    def __str__(self) -> str:
        return str(self.value)
