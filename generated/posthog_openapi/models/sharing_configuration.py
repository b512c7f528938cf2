from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyModel,
    Unset,
    bad_text,
    bad_type,
    in_sent_order,
    no_attribute,
    parse_datetime,
    sent_unchanged,
)

T = TypeVar("T", bound="SharingConfiguration")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "enabled",
        "created_at",
        "access_token",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "enabled",
        "created_at",
        "access_token",
    )
)


def _convert_created_at(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("created_at", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "created_at": _convert_created_at,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class SharingConfiguration(LazyModel):
    """Whether an insight is shared publicly, and its access token.

    Attributes:
        enabled (bool):
        created_at (datetime.datetime | None | Unset):
        access_token (None | str | Unset): The token in the public sharing URL.
    """

    enabled: bool
    created_at: datetime.datetime | None | Unset = UNSET
    access_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        try:
            _created_at = _slot_created_at(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            created_at = self._src.get("created_at", UNSET)
        else:
            if sent_unchanged(self, "created_at", _created_at, _convert_created_at):
                created_at = self._src["created_at"]
            else:
                created_at: None | str | Unset
                if isinstance(_created_at, Unset):
                    created_at = UNSET
                elif isinstance(_created_at, datetime.datetime):
                    created_at = _created_at.isoformat()
                else:
                    created_at = _created_at

        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if access_token is not UNSET:
            field_dict["access_token"] = access_token

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sharing_configuration = _new(cls)
        sharing_configuration._src = d
        _v = d["enabled"]
        if not (_v is True or _v is False):
            raise bad_type("SharingConfiguration", "enabled", _v, "a boolean")
        sharing_configuration.enabled = _v
        _v = d.get("created_at")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("SharingConfiguration", "created_at", _v, "a date-time") from None
            except TypeError:
                raise bad_type("SharingConfiguration", "created_at", _v, "a string or null") from None
        if "access_token" in d:
            _v = d["access_token"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("SharingConfiguration", "access_token", _v, "a string or null")
            sharing_configuration.access_token = _v
        else:
            sharing_configuration.access_token = UNSET
        # additional_properties: found in the source on first read
        return sharing_configuration

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
_slot_created_at = SharingConfiguration.__dict__["created_at"].__get__
