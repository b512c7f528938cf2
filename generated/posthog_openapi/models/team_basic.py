from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamBasic")


@_attrs_define
class TeamBasic:
    """A project as embedded in the current user.

    Attributes:
        id (int):
        name (str):
        uuid (UUID | Unset):
        project_id (int | Unset): The project the environment belongs to (the same as `id` for most projects).
        organization (UUID | Unset):
        api_token (str | Unset):
        timezone (str | Unset):
    """

    id: int
    name: str
    uuid: UUID | Unset = UNSET
    project_id: int | Unset = UNSET
    organization: UUID | Unset = UNSET
    api_token: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        project_id = self.project_id

        organization: str | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = str(self.organization)

        api_token = self.api_token

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if organization is not UNSET:
            field_dict["organization"] = organization
        if api_token is not UNSET:
            field_dict["api_token"] = api_token
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        project_id = d.pop("project_id", UNSET)

        _organization = d.pop("organization", UNSET)
        organization: UUID | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = UUID(_organization)

        api_token = d.pop("api_token", UNSET)

        timezone = d.pop("timezone", UNSET)

        team_basic = cls(
            id=id,
            name=name,
            uuid=uuid,
            project_id=project_id,
            organization=organization,
            api_token=api_token,
            timezone=timezone,
        )

        team_basic.additional_properties = d
        return team_basic

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
