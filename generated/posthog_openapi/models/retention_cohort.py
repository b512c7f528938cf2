from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.retention_value import RetentionValue


T = TypeVar("T", bound="RetentionCohort")


@_attrs_define
class RetentionCohort:
    """One cohort (users who started in one period) and its return counts.

    Attributes:
        label (str):
        date (datetime.datetime):
        values (list[RetentionValue]):
    """

    label: str
    date: datetime.datetime
    values: list[RetentionValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        date = self.date.isoformat()

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "date": date,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retention_value import RetentionValue  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        date = datetime.datetime.fromisoformat(d.pop("date"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = RetentionValue.from_dict(values_item_data)

            values.append(values_item)

        retention_cohort = cls(
            label=label,
            date=date,
            values=values,
        )

        retention_cohort.additional_properties = d
        return retention_cohort

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
