from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chart_display_type import ChartDisplayType
from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    bad_item,
    bad_type,
    enum_member,
)

T = TypeVar("T", bound="TrendsFilter")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "display",
        "formula",
        "formulas",
        "smoothingIntervals",
        "showLegend",
        "aggregationAxisFormat",
        "decimalPlaces",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "formula",
        "formulas",
        "smoothing_intervals",
        "show_legend",
        "aggregation_axis_format",
        "decimal_places",
    )
)


@_attrs_define
class TrendsFilter:
    """Display options of a trend (free-form: PostHog adds display options often).

    Attributes:
        display (ChartDisplayType | None | Unset):
        formula (None | str | Unset): Combine series into one, e.g. `A / B`.
        formulas (list[str] | None | Unset): Several formulas.
        smoothing_intervals (int | None | Unset):
        show_legend (bool | None | Unset):
        aggregation_axis_format (None | str | Unset):
        decimal_places (float | None | Unset):
    """

    display: ChartDisplayType | None | Unset = UNSET
    formula: None | str | Unset = UNSET
    formulas: list[str] | None | Unset = UNSET
    smoothing_intervals: int | None | Unset = UNSET
    show_legend: bool | None | Unset = UNSET
    aggregation_axis_format: None | str | Unset = UNSET
    decimal_places: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display: None | str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, ChartDisplayType):
            display = self.display.value
        else:
            display = self.display

        formula: None | str | Unset
        if isinstance(self.formula, Unset):
            formula = UNSET
        else:
            formula = self.formula

        formulas: list[str] | None | Unset
        if isinstance(self.formulas, Unset):
            formulas = UNSET
        elif isinstance(self.formulas, list):
            formulas = self.formulas

        else:
            formulas = self.formulas

        smoothing_intervals: int | None | Unset
        if isinstance(self.smoothing_intervals, Unset):
            smoothing_intervals = UNSET
        else:
            smoothing_intervals = self.smoothing_intervals

        show_legend: bool | None | Unset
        if isinstance(self.show_legend, Unset):
            show_legend = UNSET
        else:
            show_legend = self.show_legend

        aggregation_axis_format: None | str | Unset
        if isinstance(self.aggregation_axis_format, Unset):
            aggregation_axis_format = UNSET
        else:
            aggregation_axis_format = self.aggregation_axis_format

        decimal_places: float | None | Unset
        if isinstance(self.decimal_places, Unset):
            decimal_places = UNSET
        else:
            decimal_places = self.decimal_places

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display is not UNSET:
            field_dict["display"] = display
        if formula is not UNSET:
            field_dict["formula"] = formula
        if formulas is not UNSET:
            field_dict["formulas"] = formulas
        if smoothing_intervals is not UNSET:
            field_dict["smoothingIntervals"] = smoothing_intervals
        if show_legend is not UNSET:
            field_dict["showLegend"] = show_legend
        if aggregation_axis_format is not UNSET:
            field_dict["aggregationAxisFormat"] = aggregation_axis_format
        if decimal_places is not UNSET:
            field_dict["decimalPlaces"] = decimal_places

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        trends_filter = _new(cls)
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
            trends_filter.display = display
        else:
            trends_filter.display = UNSET
        if "formula" in d:
            _v = d["formula"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("TrendsFilter", "formula", _v, "a string or null")
            trends_filter.formula = _v
        else:
            trends_filter.formula = UNSET
        _v = d.get("formulas", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "TrendsFilter", "formulas", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        elif not (_v is None or _v is UNSET):
            raise bad_type("TrendsFilter", "formulas", _v, "null or an array")
        trends_filter.formulas = _v
        if "smoothingIntervals" in d:
            _v = d["smoothingIntervals"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("TrendsFilter", "smoothingIntervals", _v, "an integer or null")
            trends_filter.smoothing_intervals = _v
        else:
            trends_filter.smoothing_intervals = UNSET
        if "showLegend" in d:
            _v = d["showLegend"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("TrendsFilter", "showLegend", _v, "a boolean or null")
            trends_filter.show_legend = _v
        else:
            trends_filter.show_legend = UNSET
        if "aggregationAxisFormat" in d:
            _v = d["aggregationAxisFormat"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("TrendsFilter", "aggregationAxisFormat", _v, "a string or null")
            trends_filter.aggregation_axis_format = _v
        else:
            trends_filter.aggregation_axis_format = UNSET
        if "decimalPlaces" in d:
            _v = d["decimalPlaces"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("TrendsFilter", "decimalPlaces", _v, "a number or null")
            trends_filter.decimal_places = _v
        else:
            trends_filter.decimal_places = UNSET
        if len(d) == 0 + ("display" in d) + ("formula" in d) + ("formulas" in d) + ("smoothingIntervals" in d) + (
            "showLegend" in d
        ) + ("aggregationAxisFormat" in d) + ("decimalPlaces" in d):  # usually there is nothing else
            trends_filter.additional_properties = {}
        else:
            trends_filter.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return trends_filter

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
