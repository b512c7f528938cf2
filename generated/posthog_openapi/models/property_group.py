from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.property_group_operator import PropertyGroupOperator

if TYPE_CHECKING:
    from ..models.property_filter import PropertyFilter


T = TypeVar("T", bound="PropertyGroup")


@_attrs_define
class PropertyGroup:
    """A group of property filters combined with AND or OR.

    Attributes:
        type_ (PropertyGroupOperator): How the filters of a group combine.
        values (list[PropertyFilter]):
    """

    type_: PropertyGroupOperator
    values: list[PropertyFilter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_filter import PropertyFilter  # noqa: PLC0415

        d = dict(src_dict)
        type_ = PropertyGroupOperator(d.pop("type"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = PropertyFilter.from_dict(values_item_data)

            values.append(values_item)

        property_group = cls(
            type_=type_,
            values=values,
        )

        property_group.additional_properties = d
        return property_group

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
