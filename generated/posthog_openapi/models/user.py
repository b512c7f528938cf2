from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization import Organization
    from ..models.organization_basic import OrganizationBasic
    from ..models.team_basic import TeamBasic


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """The current user, as `GET /api/users/@me/` returns it.

    Attributes:
        uuid (UUID):
        email (str):
        distinct_id (None | str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        is_email_verified (bool | None | Unset):
        date_joined (datetime.datetime | Unset):
        team (None | TeamBasic | Unset): The user's current project, or null.
        organization (None | Organization | Unset): The user's current organization, or null.
        organizations (list[OrganizationBasic] | Unset):
    """

    uuid: UUID
    email: str
    distinct_id: None | str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    is_email_verified: bool | None | Unset = UNSET
    date_joined: datetime.datetime | Unset = UNSET
    team: None | TeamBasic | Unset = UNSET
    organization: None | Organization | Unset = UNSET
    organizations: list[OrganizationBasic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.organization import Organization  # noqa: PLC0415
        from ..models.team_basic import TeamBasic  # noqa: PLC0415

        uuid = str(self.uuid)

        email = self.email

        distinct_id: None | str | Unset
        if isinstance(self.distinct_id, Unset):
            distinct_id = UNSET
        else:
            distinct_id = self.distinct_id

        first_name = self.first_name

        last_name = self.last_name

        is_email_verified: bool | None | Unset
        if isinstance(self.is_email_verified, Unset):
            is_email_verified = UNSET
        else:
            is_email_verified = self.is_email_verified

        date_joined: str | Unset = UNSET
        if not isinstance(self.date_joined, Unset):
            date_joined = self.date_joined.isoformat()

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, TeamBasic):
            team = self.team.to_dict()
        else:
            team = self.team

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, Organization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "email": email,
            }
        )
        if distinct_id is not UNSET:
            field_dict["distinct_id"] = distinct_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if is_email_verified is not UNSET:
            field_dict["is_email_verified"] = is_email_verified
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined
        if team is not UNSET:
            field_dict["team"] = team
        if organization is not UNSET:
            field_dict["organization"] = organization
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization import Organization  # noqa: PLC0415
        from ..models.organization_basic import OrganizationBasic  # noqa: PLC0415
        from ..models.team_basic import TeamBasic  # noqa: PLC0415

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        email = d.pop("email")

        def _parse_distinct_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distinct_id = _parse_distinct_id(d.pop("distinct_id", UNSET))

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        def _parse_is_email_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_email_verified = _parse_is_email_verified(d.pop("is_email_verified", UNSET))

        _date_joined = d.pop("date_joined", UNSET)
        date_joined: datetime.datetime | Unset
        if isinstance(_date_joined, Unset):
            date_joined = UNSET
        else:
            date_joined = datetime.datetime.fromisoformat(_date_joined)

        def _parse_team(data: object) -> None | TeamBasic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                team_type_0 = TeamBasic.from_dict(data)

                return team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamBasic | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        def _parse_organization(data: object) -> None | Organization | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = Organization.from_dict(data)

                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Organization | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        _organizations = d.pop("organizations", UNSET)
        organizations: list[OrganizationBasic] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = OrganizationBasic.from_dict(organizations_item_data)

                organizations.append(organizations_item)

        user = cls(
            uuid=uuid,
            email=email,
            distinct_id=distinct_id,
            first_name=first_name,
            last_name=last_name,
            is_email_verified=is_email_verified,
            date_joined=date_joined,
            team=team,
            organization=organization,
            organizations=organizations,
        )

        user.additional_properties = d
        return user

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
