from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compare_label import CompareLabel
from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    bad_item,
    bad_type,
    enum_member,
)

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject
    from ..models.trends_series_action import TrendsSeriesAction


T = TypeVar("T", bound="TrendsSeriesResult")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "data",
        "labels",
        "days",
        "count",
        "aggregated_value",
        "label",
        "action",
        "breakdown_value",
        "compare",
        "compare_label",
        "order",
        "filter",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "data",
        "labels",
        "days",
        "count",
        "aggregated_value",
        "label",
        "breakdown_value",
        "compare",
        "order",
    )
)


@_attrs_define
class TrendsSeriesResult:
    """One series of a trend: a value per interval (`data`, labelled by `labels` and `days`), or one `aggregated_value` for
    aggregated displays.

        Attributes:
            data (list[float] | Unset): One value per interval.
            labels (list[str] | Unset): A human label per interval: `1-Nov-2026` (day, week and month: the interval's first
                day), `1-Nov-2026 14:00` (hour).
            days (list[str] | Unset): The start of each interval: `2026-11-01` (day, week, month) or `2026-11-01 14:00:00`
                (hour).
            count (float | None | Unset): The sum of `data`.
            aggregated_value (float | None | Unset): The single value of an aggregated display (`BoldNumber`, `ActionsPie`,
                …).
            label (None | str | Unset): The series label (the event name, plus the breakdown value).
            action (None | TrendsSeriesAction | Unset):
            breakdown_value (Any | Unset): The breakdown value of this series (string, number or list), when broken down.
            compare (bool | None | Unset): Whether the trend was compared with a previous period.
            compare_label (CompareLabel | None | Unset):
            order (int | None | Unset):
            filter_ (FreeFormObject | None | Unset):
    """

    data: list[float] | Unset = UNSET
    labels: list[str] | Unset = UNSET
    days: list[str] | Unset = UNSET
    count: float | None | Unset = UNSET
    aggregated_value: float | None | Unset = UNSET
    label: None | str | Unset = UNSET
    action: None | TrendsSeriesAction | Unset = UNSET
    breakdown_value: Any | Unset = UNSET
    compare: bool | None | Unset = UNSET
    compare_label: CompareLabel | None | Unset = UNSET
    order: int | None | Unset = UNSET
    filter_: FreeFormObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        data: list[float] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        days: list[str] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        count: float | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        aggregated_value: float | None | Unset
        if isinstance(self.aggregated_value, Unset):
            aggregated_value = UNSET
        else:
            aggregated_value = self.aggregated_value

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, TrendsSeriesAction):
            action = self.action.to_dict()
        else:
            action = self.action

        breakdown_value = self.breakdown_value

        compare: bool | None | Unset
        if isinstance(self.compare, Unset):
            compare = UNSET
        else:
            compare = self.compare

        compare_label: None | str | Unset
        if isinstance(self.compare_label, Unset):
            compare_label = UNSET
        elif isinstance(self.compare_label, CompareLabel):
            compare_label = self.compare_label.value
        else:
            compare_label = self.compare_label

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, FreeFormObject):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if labels is not UNSET:
            field_dict["labels"] = labels
        if days is not UNSET:
            field_dict["days"] = days
        if count is not UNSET:
            field_dict["count"] = count
        if aggregated_value is not UNSET:
            field_dict["aggregated_value"] = aggregated_value
        if label is not UNSET:
            field_dict["label"] = label
        if action is not UNSET:
            field_dict["action"] = action
        if breakdown_value is not UNSET:
            field_dict["breakdown_value"] = breakdown_value
        if compare is not UNSET:
            field_dict["compare"] = compare
        if compare_label is not UNSET:
            field_dict["compare_label"] = compare_label
        if order is not UNSET:
            field_dict["order"] = order
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
        trends_series_result = _new(cls)
        _v = d.get("data", UNSET)
        if type(_v) is list or isinstance(_v, list):
            for _i in _v:
                if not (type(_i) is float or type(_i) is int or (isinstance(_i, int | float) and type(_i) is not bool)):
                    raise bad_item("TrendsSeriesResult", "data", _v, _i, "a number")
        elif not (_v is UNSET):
            raise bad_type("TrendsSeriesResult", "data", _v, "an array")
        trends_series_result.data = _v
        _v = d.get("labels", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "TrendsSeriesResult", "labels", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        elif not (_v is UNSET):
            raise bad_type("TrendsSeriesResult", "labels", _v, "an array")
        trends_series_result.labels = _v
        _v = d.get("days", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "TrendsSeriesResult", "days", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        elif not (_v is UNSET):
            raise bad_type("TrendsSeriesResult", "days", _v, "an array")
        trends_series_result.days = _v
        if "count" in d:
            _v = d["count"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("TrendsSeriesResult", "count", _v, "a number or null")
            trends_series_result.count = _v
        else:
            trends_series_result.count = UNSET
        if "aggregated_value" in d:
            _v = d["aggregated_value"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("TrendsSeriesResult", "aggregated_value", _v, "a number or null")
            trends_series_result.aggregated_value = _v
        else:
            trends_series_result.aggregated_value = UNSET
        if "label" in d:
            _v = d["label"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("TrendsSeriesResult", "label", _v, "a string or null")
            trends_series_result.label = _v
        else:
            trends_series_result.label = UNSET
        if "action" in d:
            _v = d["action"]
            if _v is not None:
                try:
                    _v = TrendsSeriesAction.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            trends_series_result.action = _v
        else:
            trends_series_result.action = UNSET
        trends_series_result.breakdown_value = d.get("breakdown_value", UNSET)
        if "compare" in d:
            _v = d["compare"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("TrendsSeriesResult", "compare", _v, "a boolean or null")
            trends_series_result.compare = _v
        else:
            trends_series_result.compare = UNSET
        if "compare_label" in d:
            try:

                def _parse_compare_label(data: object) -> CompareLabel | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        compare_label_type_0 = enum_member(CompareLabel, data)

                        return compare_label_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(CompareLabel | None | Unset, data)

                compare_label = _parse_compare_label(d["compare_label"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "compare_label")
                raise
            trends_series_result.compare_label = compare_label
        else:
            trends_series_result.compare_label = UNSET
        if "order" in d:
            _v = d["order"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("TrendsSeriesResult", "order", _v, "an integer or null")
            trends_series_result.order = _v
        else:
            trends_series_result.order = UNSET
        if "filter" in d:
            _v = d["filter"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            trends_series_result.filter_ = _v
        else:
            trends_series_result.filter_ = UNSET
        if _FIELDS.issuperset(d):  # usually there is nothing else
            trends_series_result.additional_properties = {}
        else:
            trends_series_result.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return trends_series_result

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
    from ..models.trends_series_action import TrendsSeriesAction as _model2

    globals().update(
        {
            "FreeFormObject": _model1,
            "TrendsSeriesAction": _model2,
        }
    )
    _LOADED = True
