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

T = TypeVar("T", bound="QueryNode")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(("kind",))
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(("kind",))


@_attrs_define
class QueryNode:
    """A query node, e.g. `{"kind": "InsightVizNode", "source": {"kind":
    "TrendsQuery", "series": [...]}}`.

        Attributes:
            kind (str | Unset): The node type, e.g. `InsightVizNode`, `TrendsQuery`, `HogQLQuery`.
    """

    kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        query_node = _new(cls)
        if "kind" in d:
            _v = d["kind"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("QueryNode", "kind", _v, "a string")
            query_node.kind = _v
        else:
            query_node.kind = UNSET
        if len(d) == 0 + ("kind" in d):  # usually there is nothing else
            query_node.additional_properties = {}
        else:
            query_node.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return query_node

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
