from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bad_item,
    bad_type,
)

T = TypeVar("T", bound="LifecycleFilter")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(("toggledLifecycles",))
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(("toggled_lifecycles",))


@_attrs_define
class LifecycleFilter:
    """Lifecycle options (free-form).

    Attributes:
        toggled_lifecycles (list[str] | None | Unset):
    """

    toggled_lifecycles: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        toggled_lifecycles: list[str] | None | Unset
        if isinstance(self.toggled_lifecycles, Unset):
            toggled_lifecycles = UNSET
        elif isinstance(self.toggled_lifecycles, list):
            toggled_lifecycles = self.toggled_lifecycles

        else:
            toggled_lifecycles = self.toggled_lifecycles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if toggled_lifecycles is not UNSET:
            field_dict["toggledLifecycles"] = toggled_lifecycles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        lifecycle_filter = _new(cls)
        _v = d.get("toggledLifecycles", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "LifecycleFilter",
                    "toggledLifecycles",
                    _v,
                    next(_i for _i in _v if not isinstance(_i, str)),
                    "a string",
                ) from None
        elif not (_v is None or _v is UNSET):
            raise bad_type("LifecycleFilter", "toggledLifecycles", _v, "null or an array")
        lifecycle_filter.toggled_lifecycles = _v
        if len(d) == 0 + ("toggledLifecycles" in d):  # usually there is nothing else
            lifecycle_filter.additional_properties = {}
        else:
            lifecycle_filter.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return lifecycle_filter

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
