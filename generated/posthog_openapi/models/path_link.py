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

T = TypeVar("T", bound="PathLink")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "source",
        "target",
        "value",
        "average_conversion_time",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "source",
        "target",
        "value",
        "average_conversion_time",
    )
)


@_attrs_define
class PathLink:
    """One edge of a paths diagram.

    Attributes:
        source (str): The step a user came from, prefixed with its position (`1_/home`).
        target (str):
        value (int): How many users took this step.
        average_conversion_time (float | None | Unset): Milliseconds between the two steps, on average.
    """

    source: str
    target: str
    value: int
    average_conversion_time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        target = self.target

        value = self.value

        average_conversion_time: float | None | Unset
        if isinstance(self.average_conversion_time, Unset):
            average_conversion_time = UNSET
        else:
            average_conversion_time = self.average_conversion_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
                "value": value,
            }
        )
        if average_conversion_time is not UNSET:
            field_dict["average_conversion_time"] = average_conversion_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        path_link = _new(cls)
        _v = d["source"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("PathLink", "source", _v, "a string")
        path_link.source = _v
        _v = d["target"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("PathLink", "target", _v, "a string")
        path_link.target = _v
        _v = d["value"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
            raise bad_type("PathLink", "value", _v, "an integer")
        path_link.value = _v
        if "average_conversion_time" in d:
            _v = d["average_conversion_time"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("PathLink", "average_conversion_time", _v, "a number or null")
            path_link.average_conversion_time = _v
        else:
            path_link.average_conversion_time = UNSET
        if len(d) == 3 + ("average_conversion_time" in d):  # usually there is nothing else
            path_link.additional_properties = {}
        else:
            path_link.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return path_link

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
