from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.series_node_kind import SeriesNodeKind
from ..types import (
    UNSET,
    Unset,
    bad_type,
    enum_member,
)

T = TypeVar("T", bound="FunnelExclusion")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "kind",
        "funnelFromStep",
        "funnelToStep",
        "event",
        "id",
        "name",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "kind",
        "funnel_from_step",
        "funnel_to_step",
        "event",
        "id",
        "name",
    )
)


@_attrs_define
class FunnelExclusion:
    """An event that, when it happens between two steps, drops the user from the funnel.

    Attributes:
        kind (SeriesNodeKind): The kind of a funnel exclusion's node (events or an action; never a data warehouse
            table).
        funnel_from_step (int):
        funnel_to_step (int):
        event (None | str | Unset):
        id (int | None | Unset):
        name (None | str | Unset):
    """

    kind: SeriesNodeKind
    funnel_from_step: int
    funnel_to_step: int
    event: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        funnel_from_step = self.funnel_from_step

        funnel_to_step = self.funnel_to_step

        event: None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "funnelFromStep": funnel_from_step,
                "funnelToStep": funnel_to_step,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        funnel_exclusion = _new(cls)
        kind = enum_member(SeriesNodeKind, d["kind"])

        funnel_exclusion.kind = kind
        _v = d["funnelFromStep"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
            raise bad_type("FunnelExclusion", "funnelFromStep", _v, "an integer")
        funnel_exclusion.funnel_from_step = _v
        _v = d["funnelToStep"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
            raise bad_type("FunnelExclusion", "funnelToStep", _v, "an integer")
        funnel_exclusion.funnel_to_step = _v
        if "event" in d:
            _v = d["event"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("FunnelExclusion", "event", _v, "a string or null")
            funnel_exclusion.event = _v
        else:
            funnel_exclusion.event = UNSET
        if "id" in d:
            _v = d["id"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("FunnelExclusion", "id", _v, "an integer or null")
            funnel_exclusion.id = _v
        else:
            funnel_exclusion.id = UNSET
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("FunnelExclusion", "name", _v, "a string or null")
            funnel_exclusion.name = _v
        else:
            funnel_exclusion.name = UNSET
        if len(d) == 3 + ("event" in d) + ("id" in d) + ("name" in d):  # usually there is nothing else
            funnel_exclusion.additional_properties = {}
        else:
            funnel_exclusion.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return funnel_exclusion

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
