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

T = TypeVar("T", bound="PathsFilter")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "includeEventTypes",
        "startPoint",
        "endPoint",
        "stepLimit",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "include_event_types",
        "start_point",
        "end_point",
        "step_limit",
    )
)


@_attrs_define
class PathsFilter:
    """Paths options (free-form).

    Attributes:
        include_event_types (list[str] | None | Unset):
        start_point (None | str | Unset):
        end_point (None | str | Unset):
        step_limit (int | None | Unset):
    """

    include_event_types: list[str] | None | Unset = UNSET
    start_point: None | str | Unset = UNSET
    end_point: None | str | Unset = UNSET
    step_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_event_types: list[str] | None | Unset
        if isinstance(self.include_event_types, Unset):
            include_event_types = UNSET
        elif isinstance(self.include_event_types, list):
            include_event_types = self.include_event_types

        else:
            include_event_types = self.include_event_types

        start_point: None | str | Unset
        if isinstance(self.start_point, Unset):
            start_point = UNSET
        else:
            start_point = self.start_point

        end_point: None | str | Unset
        if isinstance(self.end_point, Unset):
            end_point = UNSET
        else:
            end_point = self.end_point

        step_limit: int | None | Unset
        if isinstance(self.step_limit, Unset):
            step_limit = UNSET
        else:
            step_limit = self.step_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_event_types is not UNSET:
            field_dict["includeEventTypes"] = include_event_types
        if start_point is not UNSET:
            field_dict["startPoint"] = start_point
        if end_point is not UNSET:
            field_dict["endPoint"] = end_point
        if step_limit is not UNSET:
            field_dict["stepLimit"] = step_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        paths_filter = _new(cls)
        _v = d.get("includeEventTypes", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "PathsFilter", "includeEventTypes", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        elif not (_v is None or _v is UNSET):
            raise bad_type("PathsFilter", "includeEventTypes", _v, "null or an array")
        paths_filter.include_event_types = _v
        if "startPoint" in d:
            _v = d["startPoint"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("PathsFilter", "startPoint", _v, "a string or null")
            paths_filter.start_point = _v
        else:
            paths_filter.start_point = UNSET
        if "endPoint" in d:
            _v = d["endPoint"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("PathsFilter", "endPoint", _v, "a string or null")
            paths_filter.end_point = _v
        else:
            paths_filter.end_point = UNSET
        if "stepLimit" in d:
            _v = d["stepLimit"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("PathsFilter", "stepLimit", _v, "an integer or null")
            paths_filter.step_limit = _v
        else:
            paths_filter.step_limit = UNSET
        if len(d) == 0 + ("includeEventTypes" in d) + ("startPoint" in d) + ("endPoint" in d) + (
            "stepLimit" in d
        ):  # usually there is nothing else
            paths_filter.additional_properties = {}
        else:
            paths_filter.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return paths_filter

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
