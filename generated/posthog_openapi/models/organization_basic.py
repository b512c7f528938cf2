from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationBasic")


@_attrs_define
class OrganizationBasic:
    """An organization the user belongs to.

    Attributes:
        id (UUID):
        name (str):
        slug (str | Unset):
        membership_level (int | None | Unset): The user's level in the organization (1 member, 8 admin, 15 owner).
    """

    id: UUID
    name: str
    slug: str | Unset = UNSET
    membership_level: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        slug = self.slug

        membership_level: int | None | Unset
        if isinstance(self.membership_level, Unset):
            membership_level = UNSET
        else:
            membership_level = self.membership_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if membership_level is not UNSET:
            field_dict["membership_level"] = membership_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        slug = d.pop("slug", UNSET)

        def _parse_membership_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        membership_level = _parse_membership_level(d.pop("membership_level", UNSET))

        organization_basic = cls(
            id=id,
            name=name,
            slug=slug,
            membership_level=membership_level,
        )

        organization_basic.additional_properties = d
        return organization_basic

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
