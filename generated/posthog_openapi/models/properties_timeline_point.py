from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyModel,
    Unset,
    bad_text,
    bad_type,
    in_sent_order,
    no_attribute,
    parse_datetime,
    sent_unchanged,
)

if TYPE_CHECKING:
    from ..models.person_properties import PersonProperties


T = TypeVar("T", bound="PropertiesTimelinePoint")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "timestamp",
        "properties",
        "relevant_event_count",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "timestamp",
        "properties",
        "relevant_event_count",
    )
)


def _convert_timestamp(d: dict[str, Any]) -> datetime.datetime:
    value = d["timestamp"]
    return parse_datetime(value)


def _convert_properties(d: dict[str, Any]) -> PersonProperties:
    if not _LOADED:
        _load()
    properties = PersonProperties.from_dict(d["properties"])

    return properties


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "timestamp": _convert_timestamp,
    "properties": _convert_properties,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class PropertiesTimelinePoint(LazyModel):
    """The person's properties as of one moment.

    Attributes:
        timestamp (datetime.datetime):
        properties (PersonProperties): A person's properties by key, e.g. `email`, `$initial_os`, `plan`.
        relevant_event_count (int | Unset):
    """

    timestamp: datetime.datetime
    properties: PersonProperties
    relevant_event_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        try:
            _timestamp = _slot_timestamp(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            timestamp = self._src["timestamp"]
        else:
            if sent_unchanged(self, "timestamp", _timestamp, _convert_timestamp):
                timestamp = self._src["timestamp"]
            else:
                timestamp = _timestamp.isoformat()

        try:
            _properties = _slot_properties(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            properties = dict(self._src["properties"])
        else:
            properties = _properties.to_dict()

        relevant_event_count = self.relevant_event_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "properties": properties,
            }
        )
        if relevant_event_count is not UNSET:
            field_dict["relevant_event_count"] = relevant_event_count

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        properties_timeline_point = _new(cls)
        properties_timeline_point._src = d
        _v = d["timestamp"]
        try:
            parse_datetime(_v)
        except ValueError:
            raise bad_text("PropertiesTimelinePoint", "timestamp", _v, "a date-time") from None
        except TypeError:
            raise bad_type("PropertiesTimelinePoint", "timestamp", _v, "a string") from None
        _v = d["properties"]
        if not (type(_v) is dict or isinstance(_v, Mapping)):
            raise bad_type("PropertiesTimelinePoint", "properties", _v, "an object")
        if "relevant_event_count" in d:
            _v = d["relevant_event_count"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
                raise bad_type("PropertiesTimelinePoint", "relevant_event_count", _v, "an integer")
            properties_timeline_point.relevant_event_count = _v
        else:
            properties_timeline_point.relevant_event_count = UNSET
        # additional_properties: found in the source on first read
        return properties_timeline_point

    if not TYPE_CHECKING:  # type checkers see only the declared fields

        def __getattr__(self, name: str) -> Any:
            convert = _LAZY.get(name)
            if convert is None:
                raise no_attribute(self, name)
            value = convert(self._src)
            setattr(self, name, value)
            return value

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


# The slots' own getters: they raise AttributeError for a field not converted yet (to_dict then sends the JSON as is).
_slot_timestamp = PropertiesTimelinePoint.__dict__["timestamp"].__get__
_slot_properties = PropertiesTimelinePoint.__dict__["properties"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.person_properties import PersonProperties as _model1

    globals().update(
        {
            "PersonProperties": _model1,
        }
    )
    _LOADED = True
