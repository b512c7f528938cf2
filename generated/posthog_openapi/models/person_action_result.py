from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bad_type,
)

T = TypeVar("T", bound="PersonActionResult")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(("success",))
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(("success",))


@_attrs_define
class PersonActionResult:
    """The acknowledgement `{"success": true}`. The change is applied
    asynchronously, through an event, so re-read the person to see it.

        Attributes:
            success (bool):
    """

    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        person_action_result = _new(cls)
        _v = d["success"]
        if not (_v is True or _v is False):
            raise bad_type("PersonActionResult", "success", _v, "a boolean")
        person_action_result.success = _v
        if len(d) == 1:  # usually there is nothing else
            person_action_result.additional_properties = {}
        else:
            person_action_result.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return person_action_result

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
