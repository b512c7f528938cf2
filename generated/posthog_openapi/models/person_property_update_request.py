from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bad_type,
)

T = TypeVar("T", bound="PersonPropertyUpdateRequest")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "key",
        "value",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "key",
        "value",
    )
)


@_attrs_define
class PersonPropertyUpdateRequest:
    """One property to set on a person.

    Attributes:
        key (str): The property key.
        value (Any): The value, any JSON but null (number, boolean, string, list, object); it
            keeps its type. PostHog answers 400 for null: to store null, send
            `{"properties": {"<key>": null}}` to `PATCH persons/{id}/`.
    """

    key: str
    value: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        person_property_update_request = _new(cls)
        _v = d["key"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("PersonPropertyUpdateRequest", "key", _v, "a string")
        person_property_update_request.key = _v
        person_property_update_request.value = d["value"]
        if len(d) == 2:  # usually there is nothing else
            person_property_update_request.additional_properties = {}
        else:
            person_property_update_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return person_property_update_request

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
