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
    bad_text,
    bad_type,
    hex_bytes,
    in_sent_order,
    is_uuid,
    no_attribute,
    parse_uuid,
    sent_unchanged,
)

T = TypeVar("T", bound="OrganizationBasic")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "name",
        "slug",
        "membership_level",
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
class OrganizationBasic(LazyModel):
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

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        organization_basic = _new(cls)
        organization_basic._src = d
        _v = d["id"]
        try:
            _h = _v.replace("-", "")
            _ok = len(_h) == 32 and len(hex_bytes(_h)) == 16
        except ValueError:
            _ok = False
        except (AttributeError, TypeError):
            raise bad_type("OrganizationBasic", "id", _v, "a string") from None
        if not _ok and not is_uuid(_v):
            raise bad_text("OrganizationBasic", "id", _v, "a UUID")
        _v = d["name"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("OrganizationBasic", "name", _v, "a string")
        organization_basic.name = _v
        if "slug" in d:
            _v = d["slug"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("OrganizationBasic", "slug", _v, "a string")
            organization_basic.slug = _v
        else:
            organization_basic.slug = UNSET
        if "membership_level" in d:
            _v = d["membership_level"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("OrganizationBasic", "membership_level", _v, "an integer or null")
            organization_basic.membership_level = _v
        else:
            organization_basic.membership_level = UNSET
        # additional_properties: found in the source on first read
        return organization_basic

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
_slot_id = OrganizationBasic.__dict__["id"].__get__
