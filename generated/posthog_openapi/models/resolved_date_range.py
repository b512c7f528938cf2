from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyModel,
    bad_text,
    bad_type,
    in_sent_order,
    no_attribute,
    parse_datetime,
    sent_unchanged,
)

T = TypeVar("T", bound="ResolvedDateRange")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "date_from",
        "date_to",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "date_from",
        "date_to",
    )
)


def _convert_date_from(d: dict[str, Any]) -> datetime.datetime:
    value = d["date_from"]
    return parse_datetime(value)


def _convert_date_to(d: dict[str, Any]) -> datetime.datetime:
    value = d["date_to"]
    return parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "date_from": _convert_date_from,
    "date_to": _convert_date_to,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class ResolvedDateRange(LazyModel):
    """The absolute bounds a date range resolved to.

    Attributes:
        date_from (datetime.datetime):
        date_to (datetime.datetime):
    """

    date_from: datetime.datetime
    date_to: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            _date_from = _slot_date_from(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            date_from = self._src["date_from"]
        else:
            if sent_unchanged(self, "date_from", _date_from, _convert_date_from):
                date_from = self._src["date_from"]
            else:
                date_from = _date_from.isoformat()

        try:
            _date_to = _slot_date_to(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            date_to = self._src["date_to"]
        else:
            if sent_unchanged(self, "date_to", _date_to, _convert_date_to):
                date_to = self._src["date_to"]
            else:
                date_to = _date_to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_from": date_from,
                "date_to": date_to,
            }
        )

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        resolved_date_range = _new(cls)
        resolved_date_range._src = d
        _v = d["date_from"]
        try:
            parse_datetime(_v)
        except ValueError:
            raise bad_text("ResolvedDateRange", "date_from", _v, "a date-time") from None
        except TypeError:
            raise bad_type("ResolvedDateRange", "date_from", _v, "a string") from None
        _v = d["date_to"]
        try:
            parse_datetime(_v)
        except ValueError:
            raise bad_text("ResolvedDateRange", "date_to", _v, "a date-time") from None
        except TypeError:
            raise bad_type("ResolvedDateRange", "date_to", _v, "a string") from None
        # additional_properties: found in the source on first read
        return resolved_date_range

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
_slot_date_from = ResolvedDateRange.__dict__["date_from"].__get__
_slot_date_to = ResolvedDateRange.__dict__["date_to"].__get__
