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

T = TypeVar("T", bound="TimingResult")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "is_cached",
        "last_refresh",
        "timezone",
        "result",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "is_cached",
        "last_refresh",
        "timezone",
        "result",
    )
)


def _convert_last_refresh(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("last_refresh", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "last_refresh": _convert_last_refresh,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class TimingResult(LazyModel):
    """The result of a timing calculation: a documented free-form object,
    as PostHog does not publish its shape. `result` holds the series.

        Attributes:
            is_cached (bool | Unset):
            last_refresh (datetime.datetime | None | Unset):
            timezone (str | Unset):
            result (Any | Unset): The timing result (any JSON).
    """

    is_cached: bool | Unset = UNSET
    last_refresh: datetime.datetime | None | Unset = UNSET
    timezone: str | Unset = UNSET
    result: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_cached = self.is_cached

        try:
            _last_refresh = _slot_last_refresh(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            last_refresh = self._src.get("last_refresh", UNSET)
        else:
            if sent_unchanged(self, "last_refresh", _last_refresh, _convert_last_refresh):
                last_refresh = self._src["last_refresh"]
            else:
                last_refresh: None | str | Unset
                if isinstance(_last_refresh, Unset):
                    last_refresh = UNSET
                elif isinstance(_last_refresh, datetime.datetime):
                    last_refresh = _last_refresh.isoformat()
                else:
                    last_refresh = _last_refresh

        timezone = self.timezone

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_cached is not UNSET:
            field_dict["is_cached"] = is_cached
        if last_refresh is not UNSET:
            field_dict["last_refresh"] = last_refresh
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if result is not UNSET:
            field_dict["result"] = result

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        timing_result = _new(cls)
        timing_result._src = d
        if "is_cached" in d:
            _v = d["is_cached"]
            if not (_v is True or _v is False):
                raise bad_type("TimingResult", "is_cached", _v, "a boolean")
            timing_result.is_cached = _v
        else:
            timing_result.is_cached = UNSET
        _v = d.get("last_refresh")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("TimingResult", "last_refresh", _v, "a date-time") from None
            except TypeError:
                raise bad_type("TimingResult", "last_refresh", _v, "a string or null") from None
        if "timezone" in d:
            _v = d["timezone"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("TimingResult", "timezone", _v, "a string")
            timing_result.timezone = _v
        else:
            timing_result.timezone = UNSET
        timing_result.result = d.get("result", UNSET)
        # additional_properties: found in the source on first read
        return timing_result

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
_slot_last_refresh = TimingResult.__dict__["last_refresh"].__get__
