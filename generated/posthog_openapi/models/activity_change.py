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

T = TypeVar("T", bound="ActivityChange")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "type",
        "action",
        "field",
        "before",
        "after",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "type_",
        "action",
        "field",
        "before",
        "after",
    )
)


@_attrs_define
class ActivityChange:
    """One field's change.

    Attributes:
        type_ (str | Unset):
        action (str | Unset): e.g. `changed`, `created`, `deleted`.
        field (None | str | Unset):
        before (Any | Unset):
        after (Any | Unset):
    """

    type_: str | Unset = UNSET
    action: str | Unset = UNSET
    field: None | str | Unset = UNSET
    before: Any | Unset = UNSET
    after: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        action = self.action

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        before = self.before

        after = self.after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if action is not UNSET:
            field_dict["action"] = action
        if field is not UNSET:
            field_dict["field"] = field
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        activity_change = _new(cls)
        if "type" in d:
            _v = d["type"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("ActivityChange", "type", _v, "a string")
            activity_change.type_ = _v
        else:
            activity_change.type_ = UNSET
        if "action" in d:
            _v = d["action"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("ActivityChange", "action", _v, "a string")
            activity_change.action = _v
        else:
            activity_change.action = UNSET
        if "field" in d:
            _v = d["field"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActivityChange", "field", _v, "a string or null")
            activity_change.field = _v
        else:
            activity_change.field = UNSET
        activity_change.before = d.get("before", UNSET)
        activity_change.after = d.get("after", UNSET)
        if len(d) == 0 + ("type" in d) + ("action" in d) + ("field" in d) + ("before" in d) + (
            "after" in d
        ):  # usually there is nothing else
            activity_change.additional_properties = {}
        else:
            activity_change.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return activity_change

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
