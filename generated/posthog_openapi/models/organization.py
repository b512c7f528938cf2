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
    bad_text,
    bad_type,
    failing_item,
    hex_bytes,
    in_sent_order,
    is_uuid,
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
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "name",
        "slug",
        "membership_level",
        "teams",
        "projects",
    )
)


def _convert_id(d: dict[str, Any]) -> UUID:
    value = d["id"]
    return parse_uuid(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "id": _convert_id,
    "additional_properties": _convert_additional_properties,
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
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        organization = _new(cls)
        organization._src = d
        _v = d["id"]
        try:
            _h = _v.replace("-", "")
            _ok = len(_h) == 32 and len(hex_bytes(_h)) == 16
        except ValueError:
            _ok = False
        except (AttributeError, TypeError):
            raise bad_type("Organization", "id", _v, "a string") from None
        if not _ok and not is_uuid(_v):
            raise bad_text("Organization", "id", _v, "a UUID")
        _v = d["name"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("Organization", "name", _v, "a string")
        organization.name = _v
        if "slug" in d:
            _v = d["slug"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("Organization", "slug", _v, "a string")
            organization.slug = _v
        else:
            organization.slug = UNSET
        if "membership_level" in d:
            _v = d["membership_level"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("Organization", "membership_level", _v, "an integer or null")
            organization.membership_level = _v
        else:
            organization.membership_level = UNSET
        _v = d.get("teams", UNSET)
        if isinstance(_v, list):
            _parse = TeamBasic.from_dict  # bound once, not per item
            try:
                organization.teams = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "teams", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            organization.teams = _v
        else:
            raise bad_type("Organization", "teams", _v, "an array")
        _v = d.get("projects", UNSET)
        if isinstance(_v, list):
            _parse = TeamBasic.from_dict  # bound once, not per item
            try:
                organization.projects = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "projects", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            organization.projects = _v
        else:
            raise bad_type("Organization", "projects", _v, "an array")
        # additional_properties: found in the source on first read
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
