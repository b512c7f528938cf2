from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_basic import TeamBasic


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """The user's current organization, with its projects.

    Attributes:
        id (UUID):
        name (str):
        slug (str | Unset):
        membership_level (int | None | Unset):
        teams (list[TeamBasic] | Unset): The organization's projects (environments), as the tutorial reads them.
        projects (list[TeamBasic] | Unset):
    """

    id: UUID
    name: str
    slug: str | Unset = UNSET
    membership_level: int | None | Unset = UNSET
    teams: list[TeamBasic] | Unset = UNSET
    projects: list[TeamBasic] | Unset = UNSET
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

        teams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = []
            for teams_item_data in self.teams:
                teams_item = teams_item_data.to_dict()
                teams.append(teams_item)

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

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
        if teams is not UNSET:
            field_dict["teams"] = teams
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_basic import TeamBasic  # noqa: PLC0415

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

        _teams = d.pop("teams", UNSET)
        teams: list[TeamBasic] | Unset = UNSET
        if _teams is not UNSET:
            teams = []
            for teams_item_data in _teams:
                teams_item = TeamBasic.from_dict(teams_item_data)

                teams.append(teams_item)

        _projects = d.pop("projects", UNSET)
        projects: list[TeamBasic] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = TeamBasic.from_dict(projects_item_data)

                projects.append(projects_item)

        organization = cls(
            id=id,
            name=name,
            slug=slug,
            membership_level=membership_level,
            teams=teams,
            projects=projects,
        )

        organization.additional_properties = d
        return organization

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
