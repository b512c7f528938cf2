from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyModel,
    Unset,
    add_path,
    bad_type,
    failing_item,
    in_sent_order,
    no_attribute,
    parse_uuid,
    sent_unchanged,
)

if TYPE_CHECKING:
    from ..models.team_basic import TeamBasic


T = TypeVar("T", bound="Organization")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "name",
        "slug",
        "membership_level",
        "teams",
        "projects",
    )
)
#: Fields whose type from_dict enforces (a scalar's JSON type, an enum's or a constant's value): posthog_rest's
#: type check skips them.
_CHECKED = frozenset(
    (
        "name",
        "slug",
        "membership_level",
    )
)


def _convert_id(d: dict[str, Any]) -> UUID:
    value = d["id"]
    return parse_uuid(value)


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "id": _convert_id,
}
#: The JSON key each lazily built field is read from (a checker can look at the text without building the value).
_LAZY_KEYS: dict[str, str] = {
    "id": "id",
}


@_attrs_define
class Organization(LazyModel):
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
        if not _LOADED:
            _load()
        try:
            _id = _slot_id(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            id = self._src["id"]
        else:
            if sent_unchanged(self, "id", _id, _convert_id):
                id = self._src["id"]
            else:
                id = str(_id)

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

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        organization = _new(cls)
        organization._src = d
        _v = d["id"]
        if not (isinstance(_v, str)):
            raise bad_type("Organization", "id", _v, "a string")
        _v = d["name"]
        if not (isinstance(_v, str)):
            raise bad_type("Organization", "name", _v, "a string")
        organization.name = _v
        _v = d.get("slug", UNSET)
        if not (_v is UNSET or isinstance(_v, str)):
            raise bad_type("Organization", "slug", _v, "a string")
        organization.slug = _v
        _v = d.get("membership_level", UNSET)
        if not (_v is UNSET or type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
            raise bad_type("Organization", "membership_level", _v, "an integer or null")
        organization.membership_level = _v
        _teams = d.get("teams", UNSET)
        try:
            organization.teams = _teams if isinstance(_teams, Unset) else [TeamBasic.from_dict(item) for item in _teams]
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            add_path(exc, "teams", *failing_item(TeamBasic.from_dict, _teams))
            raise
        _projects = d.get("projects", UNSET)
        try:
            organization.projects = (
                _projects if isinstance(_projects, Unset) else [TeamBasic.from_dict(item) for item in _projects]
            )
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            add_path(exc, "projects", *failing_item(TeamBasic.from_dict, _projects))
            raise
        # Counting the known keys present is cheaper than filtering every key, and usually there is nothing else
        # (for a few optional keys, cheaper than a subset test too).
        if len(d) == 2 + ("slug" in d) + ("membership_level" in d) + ("teams" in d) + ("projects" in d):
            organization.additional_properties = {}
        else:
            organization.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return organization

    if not TYPE_CHECKING:  # type checkers see only the declared fields

        def __getattr__(self, name: str) -> Any:
            convert = _LAZY.get(name)
            if convert is None:
                raise no_attribute(self, name)
            value = convert(self._src)
            setattr(self, name, value)
            return value

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


# The slots' own getters: they raise AttributeError for a field not converted yet (to_dict then sends the JSON as is).
_slot_id = Organization.__dict__["id"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.team_basic import TeamBasic as _model1

    globals().update(
        {
            "TeamBasic": _model1,
        }
    )
    _LOADED = True
