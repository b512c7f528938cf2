from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bad_type,
)

T = TypeVar("T", bound="QueryTiming")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "k",
        "t",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "k",
        "t",
    )
)


@_attrs_define
class QueryTiming:
    """How long one step of a query took.

    Attributes:
        k (str): The step, e.g. `./printer` or `.`.
        t (float): Seconds.
    """

    k: str
    t: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        k = self.k

        t = self.t

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "k": k,
                "t": t,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        query_timing = _new(cls)
        _v = d["k"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("QueryTiming", "k", _v, "a string")
        query_timing.k = _v
        _v = d["t"]
        if not (type(_v) is float or type(_v) is int or (isinstance(_v, int | float) and type(_v) is not bool)):
            raise bad_type("QueryTiming", "t", _v, "a number")
        query_timing.t = _v
        if len(d) == 2:  # usually there is nothing else
            query_timing.additional_properties = {}
        else:
            query_timing.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return query_timing

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
