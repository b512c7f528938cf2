from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_properties import PersonProperties


T = TypeVar("T", bound="PersonRequest")


@_attrs_define
class PersonRequest:
    """The writable fields of a person.

    Attributes:
        properties (PersonProperties | Unset): A person's properties by key, e.g. `email`, `$initial_os`, `plan`.
    """

    properties: PersonProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_properties import PersonProperties  # noqa: PLC0415

        d = dict(src_dict)
        _properties = d.pop("properties", UNSET)
        properties: PersonProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = PersonProperties.from_dict(_properties)

        person_request = cls(
            properties=properties,
        )

        person_request.additional_properties = d
        return person_request

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
