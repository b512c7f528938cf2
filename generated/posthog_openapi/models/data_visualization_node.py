from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chart_display_type import ChartDisplayType
from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    enum_member,
)

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject
    from ..models.hog_ql_query import HogQLQuery


T = TypeVar("T", bound="DataVisualizationNode")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "kind",
        "source",
        "display",
        "chartSettings",
        "tableSettings",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(("kind",))
#: The constant ``kind`` a union tells this model apart by (from_dict's dispatch; posthog_rest's type check too).
_KIND = "DataVisualizationNode"


@_attrs_define
class DataVisualizationNode:
    """A SQL insight: runs its `source` HogQL query and charts or tabulates the rows. Display settings are free-form.

    Attributes:
        kind (Literal['DataVisualizationNode']): Always `DataVisualizationNode`. Default: 'DataVisualizationNode'.
        source (HogQLQuery): A HogQL (PostHog's ClickHouse SQL) query, e.g. `{"kind": "HogQLQuery", "query": "SELECT
            event, count() FROM events WHERE timestamp > {since} GROUP BY event", "values": {"since": "2026-11-01"}}`.
            Without LIMIT PostHog returns 100 rows and `hasMore`; LIMIT may go up to 50,000; OFFSET is refused for personal
            API keys (page by keyset on `timestamp`).
        display (ChartDisplayType | None | Unset):
        chart_settings (FreeFormObject | None | Unset):
        table_settings (FreeFormObject | None | Unset):
    """

    source: HogQLQuery
    kind: Literal["DataVisualizationNode"] = "DataVisualizationNode"
    display: ChartDisplayType | None | Unset = UNSET
    chart_settings: FreeFormObject | None | Unset = UNSET
    table_settings: FreeFormObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        kind = self.kind

        source = self.source.to_dict()

        display: None | str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, ChartDisplayType):
            display = self.display.value
        else:
            display = self.display

        chart_settings: dict[str, Any] | None | Unset
        if isinstance(self.chart_settings, Unset):
            chart_settings = UNSET
        elif isinstance(self.chart_settings, FreeFormObject):
            chart_settings = self.chart_settings.to_dict()
        else:
            chart_settings = self.chart_settings

        table_settings: dict[str, Any] | None | Unset
        if isinstance(self.table_settings, Unset):
            table_settings = UNSET
        elif isinstance(self.table_settings, FreeFormObject):
            table_settings = self.table_settings.to_dict()
        else:
            table_settings = self.table_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "source": source,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display
        if chart_settings is not UNSET:
            field_dict["chartSettings"] = chart_settings
        if table_settings is not UNSET:
            field_dict["tableSettings"] = table_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        data_visualization_node = _new(cls)
        _v = d["kind"]
        if _v != "DataVisualizationNode":
            raise ValueError(f"kind must match const 'DataVisualizationNode', got '{_v}'")
        data_visualization_node.kind = _v
        source = HogQLQuery.from_dict(d["source"])

        data_visualization_node.source = source
        if "display" in d:
            try:

                def _parse_display(data: object) -> ChartDisplayType | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        display_type_0 = enum_member(ChartDisplayType, data)

                        return display_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(ChartDisplayType | None | Unset, data)

                display = _parse_display(d["display"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "display")
                raise
            data_visualization_node.display = display
        else:
            data_visualization_node.display = UNSET
        if "chartSettings" in d:
            _v = d["chartSettings"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            data_visualization_node.chart_settings = _v
        else:
            data_visualization_node.chart_settings = UNSET
        if "tableSettings" in d:
            _v = d["tableSettings"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            data_visualization_node.table_settings = _v
        else:
            data_visualization_node.table_settings = UNSET
        if len(d) == 2 + ("display" in d) + ("chartSettings" in d) + (
            "tableSettings" in d
        ):  # usually there is nothing else
            data_visualization_node.additional_properties = {}
        else:
            data_visualization_node.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return data_visualization_node

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.free_form_object import FreeFormObject as _model1
    from ..models.hog_ql_query import HogQLQuery as _model2

    globals().update(
        {
            "FreeFormObject": _model1,
            "HogQLQuery": _model2,
        }
    )
    _LOADED = True
