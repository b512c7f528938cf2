from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compare_label import CompareLabel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject
    from ..models.trends_series_action import TrendsSeriesAction


T = TypeVar("T", bound="TrendsSeriesResult")


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
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415
        from ..models.trends_series_action import TrendsSeriesAction  # noqa: PLC0415

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
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415
        from ..models.trends_series_action import TrendsSeriesAction  # noqa: PLC0415

        d = dict(src_dict)
        data = cast(list[float], d.pop("data", UNSET))

        labels = cast(list[str], d.pop("labels", UNSET))

        days = cast(list[str], d.pop("days", UNSET))

        def _parse_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_aggregated_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        aggregated_value = _parse_aggregated_value(d.pop("aggregated_value", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_action(data: object) -> None | TrendsSeriesAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = TrendsSeriesAction.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrendsSeriesAction | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        breakdown_value = d.pop("breakdown_value", UNSET)

        def _parse_compare(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        compare = _parse_compare(d.pop("compare", UNSET))

        def _parse_compare_label(data: object) -> CompareLabel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                compare_label_type_0 = CompareLabel(data)

                return compare_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompareLabel | None | Unset, data)

        compare_label = _parse_compare_label(d.pop("compare_label", UNSET))

        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_filter_(data: object) -> FreeFormObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_0 = FreeFormObject.from_dict(data)

                return filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreeFormObject | None | Unset, data)

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        trends_series_result = cls(
            data=data,
            labels=labels,
            days=days,
            count=count,
            aggregated_value=aggregated_value,
            label=label,
            action=action,
            breakdown_value=breakdown_value,
            compare=compare,
            compare_label=compare_label,
            order=order,
            filter_=filter_,
        )

        trends_series_result.additional_properties = d
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
