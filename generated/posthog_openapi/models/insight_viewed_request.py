from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bad_item,
    bad_type,
)

T = TypeVar("T", bound="InsightViewedRequest")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(("insight_ids",))
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(("insight_ids",))


@_attrs_define
class InsightViewedRequest:
    """The insights the current user has just viewed.

    Attributes:
        insight_ids (list[int]):
    """

    insight_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        insight_ids = self.insight_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "insight_ids": insight_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        insight_viewed_request = _new(cls)
        _v = d["insight_ids"]
        if type(_v) is list or isinstance(_v, list):
            for _i in _v:
                if not (type(_i) is int or (isinstance(_i, int) and type(_i) is not bool)):
                    raise bad_item("InsightViewedRequest", "insight_ids", _v, _i, "an integer")
        else:
            raise bad_type("InsightViewedRequest", "insight_ids", _v, "an array")
        insight_viewed_request.insight_ids = _v
        if len(d) == 1:  # usually there is nothing else
            insight_viewed_request.additional_properties = {}
        else:
            insight_viewed_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return insight_viewed_request

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
