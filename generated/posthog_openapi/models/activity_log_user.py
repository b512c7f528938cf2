from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bad_type,
)

T = TypeVar("T", bound="ActivityLogUser")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "first_name",
        "email",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "first_name",
        "email",
    )
)


@_attrs_define
class ActivityLogUser:
    """Who made a change.

    Attributes:
        first_name (str | Unset):
        email (str | Unset):
    """

    first_name: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        activity_log_user = _new(cls)
        if "first_name" in d:
            _v = d["first_name"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("ActivityLogUser", "first_name", _v, "a string")
            activity_log_user.first_name = _v
        else:
            activity_log_user.first_name = UNSET
        if "email" in d:
            _v = d["email"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("ActivityLogUser", "email", _v, "a string")
            activity_log_user.email = _v
        else:
            activity_log_user.email = UNSET
        if len(d) == 0 + ("first_name" in d) + ("email" in d):  # usually there is nothing else
            activity_log_user.additional_properties = {}
        else:
            activity_log_user.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return activity_log_user

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
