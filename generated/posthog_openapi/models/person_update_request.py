from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_properties import PersonProperties


T = TypeVar("T", bound="PersonUpdateRequest")


@_attrs_define
class PersonUpdateRequest:
    """Properties to set on a person (a `$set`); the others are kept.

    Attributes:
        properties (PersonProperties): A person's properties by key, e.g. `email`, `$initial_os`, `plan`.
    """

    properties: PersonProperties
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_properties import PersonProperties  # noqa: PLC0415

        d = dict(src_dict)
        properties = PersonProperties.from_dict(d.pop("properties"))

        person_update_request = cls(
            properties=properties,
        )

        person_update_request.additional_properties = d
        return person_update_request

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
