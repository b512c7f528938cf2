from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compare_label import CompareLabel
from ..types import (
    UNSET,
    Unset,
    bad_item,
    bad_type,
    enum_member,
)

if TYPE_CHECKING:
    from ..models.trend_filter import TrendFilter


T = TypeVar("T", bound="TrendSeries")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "data",
        "days",
        "labels",
        "label",
        "count",
        "aggregated_value",
        "breakdown_value",
        "compare",
        "compare_label",
        "filter",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "data",
        "days",
        "labels",
        "label",
        "count",
        "aggregated_value",
        "breakdown_value",
        "compare",
        "compare_label",
    )
)


@_attrs_define
class TrendSeries:
    """One series of a trend, a value per day.

    Attributes:
        data (list[float]):
        days (list[str]): The start of each interval, one per value of `data`: `YYYY-MM-DD` for `day`, `week` and
            `month` intervals, `YYYY-MM-DD HH:MM:SS` for `hour` (and `minute`) intervals, as PostHog's
            trends query runner formats them.
        labels (list[str]): A display label per interval (`1-May-2024`, `1-May 13:00` for hours).
        label (str):
        count (float | Unset): The sum of `data`.
        aggregated_value (float | Unset): The single value of a `BoldNumber` or pie display.
        breakdown_value (float | None | str | Unset):
        compare (bool | Unset): Present (true) when the trend was asked to compare with the previous period.
        compare_label (CompareLabel | Unset): Which period a series of a compared trend covers.
            * `current` - the selected date range
            * `previous` - the period before it
        filter_ (TrendFilter | Unset): The filter a trend series was calculated with.
    """

    data: list[float]
    days: list[str]
    labels: list[str]
    label: str
    count: float | Unset = UNSET
    aggregated_value: float | Unset = UNSET
    breakdown_value: float | None | str | Unset = UNSET
    compare: bool | Unset = UNSET
    compare_label: CompareLabel | Unset = UNSET
    filter_: TrendFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        data = self.data

        days = self.days

        labels = self.labels

        label = self.label

        count = self.count

        aggregated_value = self.aggregated_value

        breakdown_value: float | None | str | Unset
        if isinstance(self.breakdown_value, Unset):
            breakdown_value = UNSET
        else:
            breakdown_value = self.breakdown_value

        compare = self.compare

        compare_label: str | Unset = UNSET
        if not isinstance(self.compare_label, Unset):
            compare_label = self.compare_label.value

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "days": days,
                "labels": labels,
                "label": label,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if aggregated_value is not UNSET:
            field_dict["aggregated_value"] = aggregated_value
        if breakdown_value is not UNSET:
            field_dict["breakdown_value"] = breakdown_value
        if compare is not UNSET:
            field_dict["compare"] = compare
        if compare_label is not UNSET:
            field_dict["compare_label"] = compare_label
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        trend_series = _new(cls)
        _v = d["data"]
        if type(_v) is list or isinstance(_v, list):
            for _i in _v:
                if not (type(_i) is float or type(_i) is int or (isinstance(_i, int | float) and type(_i) is not bool)):
                    raise bad_item("TrendSeries", "data", _v, _i, "a number")
        else:
            raise bad_type("TrendSeries", "data", _v, "an array")
        trend_series.data = _v
        _v = d["days"]
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "TrendSeries", "days", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        else:
            raise bad_type("TrendSeries", "days", _v, "an array")
        trend_series.days = _v
        _v = d["labels"]
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "TrendSeries", "labels", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        else:
            raise bad_type("TrendSeries", "labels", _v, "an array")
        trend_series.labels = _v
        _v = d["label"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("TrendSeries", "label", _v, "a string")
        trend_series.label = _v
        if "count" in d:
            _v = d["count"]
            if not (type(_v) is float or type(_v) is int or (isinstance(_v, int | float) and type(_v) is not bool)):
                raise bad_type("TrendSeries", "count", _v, "a number")
            trend_series.count = _v
        else:
            trend_series.count = UNSET
        if "aggregated_value" in d:
            _v = d["aggregated_value"]
            if not (type(_v) is float or type(_v) is int or (isinstance(_v, int | float) and type(_v) is not bool)):
                raise bad_type("TrendSeries", "aggregated_value", _v, "a number")
            trend_series.aggregated_value = _v
        else:
            trend_series.aggregated_value = UNSET
        if "breakdown_value" in d:
            _v = d["breakdown_value"]
            if not (
                type(_v) is str
                or isinstance(_v, str)
                or type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("TrendSeries", "breakdown_value", _v, "a string or a number or null")
            trend_series.breakdown_value = _v
        else:
            trend_series.breakdown_value = UNSET
        if "compare" in d:
            _v = d["compare"]
            if not (_v is True or _v is False):
                raise bad_type("TrendSeries", "compare", _v, "a boolean")
            trend_series.compare = _v
        else:
            trend_series.compare = UNSET
        _compare_label = d.get("compare_label", UNSET)
        compare_label: CompareLabel | Unset
        if isinstance(_compare_label, Unset):
            compare_label = UNSET
        else:
            compare_label = enum_member(CompareLabel, _compare_label)

        trend_series.compare_label = compare_label
        _filter_ = d.get("filter", UNSET)
        filter_: TrendFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = TrendFilter.from_dict(_filter_)

        trend_series.filter_ = filter_
        if len(d) == 4 + ("count" in d) + ("aggregated_value" in d) + ("breakdown_value" in d) + ("compare" in d) + (
            "compare_label" in d
        ) + ("filter" in d):  # usually there is nothing else
            trend_series.additional_properties = {}
        else:
            trend_series.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return trend_series

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
    from ..models.trend_filter import TrendFilter as _model1

    globals().update(
        {
            "TrendFilter": _model1,
        }
    )
    _LOADED = True
