from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A PostHog project (called a team in older parts of the API).

    Attributes:
        id (int): The project id used in `/api/projects/{project_id}/…` paths.
        name (str):
        uuid (UUID | Unset):
        organization (UUID | Unset): The id of the organization that owns the project.
        api_token (str | Unset): The project token (`phc_…`) used to capture events. Not a personal API key.
        timezone (str | Unset):
        created_at (datetime.datetime | Unset):
        is_demo (bool | Unset):
    """

    id: int
    name: str
    uuid: UUID | Unset = UNSET
    organization: UUID | Unset = UNSET
    api_token: str | Unset = UNSET
    timezone: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    is_demo: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        organization: str | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = str(self.organization)

        api_token = self.api_token

        timezone = self.timezone

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        is_demo = self.is_demo

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
        if organization is not UNSET:
            field_dict["organization"] = organization
        if api_token is not UNSET:
            field_dict["api_token"] = api_token
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_demo is not UNSET:
            field_dict["is_demo"] = is_demo

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

        _organization = d.pop("organization", UNSET)
        organization: UUID | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = UUID(_organization)

        api_token = d.pop("api_token", UNSET)

        timezone = d.pop("timezone", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        is_demo = d.pop("is_demo", UNSET)

        project = cls(
            id=id,
            name=name,
            uuid=uuid,
            organization=organization,
            api_token=api_token,
            timezone=timezone,
            created_at=created_at,
            is_demo=is_demo,
        )

        project.additional_properties = d
        return project

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
