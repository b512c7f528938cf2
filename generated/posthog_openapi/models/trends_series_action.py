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

T = TypeVar("T", bound="TrendsSeriesAction")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "type",
        "order",
        "name",
        "custom_name",
        "math",
        "math_property",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "type_",
        "order",
        "name",
        "custom_name",
        "math",
        "math_property",
    )
)


@_attrs_define
class TrendsSeriesAction:
    """The series a trend result was calculated for (its `EventsNode`/`ActionsNode` as PostHog echoes it).

    Attributes:
        id (int | None | str | Unset): The event name or action id; null for all events.
        type_ (None | str | Unset): `events` or `actions`.
        order (int | None | Unset):
        name (None | str | Unset):
        custom_name (None | str | Unset):
        math (None | str | Unset):
        math_property (None | str | Unset):
    """

    id: int | None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    order: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    custom_name: None | str | Unset = UNSET
    math: None | str | Unset = UNSET
    math_property: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        custom_name: None | str | Unset
        if isinstance(self.custom_name, Unset):
            custom_name = UNSET
        else:
            custom_name = self.custom_name

        math: None | str | Unset
        if isinstance(self.math, Unset):
            math = UNSET
        else:
            math = self.math

        math_property: None | str | Unset
        if isinstance(self.math_property, Unset):
            math_property = UNSET
        else:
            math_property = self.math_property

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if order is not UNSET:
            field_dict["order"] = order
        if name is not UNSET:
            field_dict["name"] = name
        if custom_name is not UNSET:
            field_dict["custom_name"] = custom_name
        if math is not UNSET:
            field_dict["math"] = math
        if math_property is not UNSET:
            field_dict["math_property"] = math_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        trends_series_action = _new(cls)
        if "id" in d:
            _v = d["id"]
            if not (
                type(_v) is str
                or isinstance(_v, str)
                or type(_v) is int
                or (isinstance(_v, int) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("TrendsSeriesAction", "id", _v, "a string or an integer or null")
            trends_series_action.id = _v
        else:
            trends_series_action.id = UNSET
        if "type" in d:
            _v = d["type"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("TrendsSeriesAction", "type", _v, "a string or null")
            trends_series_action.type_ = _v
        else:
            trends_series_action.type_ = UNSET
        if "order" in d:
            _v = d["order"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("TrendsSeriesAction", "order", _v, "an integer or null")
            trends_series_action.order = _v
        else:
            trends_series_action.order = UNSET
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("TrendsSeriesAction", "name", _v, "a string or null")
            trends_series_action.name = _v
        else:
            trends_series_action.name = UNSET
        if "custom_name" in d:
            _v = d["custom_name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("TrendsSeriesAction", "custom_name", _v, "a string or null")
            trends_series_action.custom_name = _v
        else:
            trends_series_action.custom_name = UNSET
        if "math" in d:
            _v = d["math"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("TrendsSeriesAction", "math", _v, "a string or null")
            trends_series_action.math = _v
        else:
            trends_series_action.math = UNSET
        if "math_property" in d:
            _v = d["math_property"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("TrendsSeriesAction", "math_property", _v, "a string or null")
            trends_series_action.math_property = _v
        else:
            trends_series_action.math_property = UNSET
        if len(d) == 0 + ("id" in d) + ("type" in d) + ("order" in d) + ("name" in d) + ("custom_name" in d) + (
            "math" in d
        ) + ("math_property" in d):  # usually there is nothing else
            trends_series_action.additional_properties = {}
        else:
            trends_series_action.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return trends_series_action

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
