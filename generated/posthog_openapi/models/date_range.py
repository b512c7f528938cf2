from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    KeepsUnknown,
    Unset,
    bad_type,
    get_state,
    set_state,
    with_unknown,
)

T = TypeVar("T", bound="DateRange")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "date_from",
        "date_to",
        "explicitDate",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "date_from",
        "date_to",
        "explicit_date",
    )
)


@_attrs_define
class DateRange(KeepsUnknown):
    """A date range: absolute dates (`2026-11-01`, `2026-11-01T10:00:00Z`) or relative ones (`-7d`, `-24h`, `-1w`, `-3m`,
    `mStart`, `yStart`, `all`). PostHog's default is the last 7 days.

        Attributes:
            date_from (None | str | Unset): The start (inclusive).
            date_to (None | str | Unset): The end (inclusive); null or absent means now.
            explicit_date (bool | None | Unset): Use the exact times given instead of widening to whole intervals.
    """

    date_from: None | str | Unset = UNSET
    date_to: None | str | Unset = UNSET
    explicit_date: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        date_from: None | str | Unset
        if isinstance(self.date_from, Unset):
            date_from = UNSET
        else:
            date_from = self.date_from

        date_to: None | str | Unset
        if isinstance(self.date_to, Unset):
            date_to = UNSET
        else:
            date_to = self.date_to

        explicit_date: bool | None | Unset
        if isinstance(self.explicit_date, Unset):
            explicit_date = UNSET
        else:
            explicit_date = self.explicit_date

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if explicit_date is not UNSET:
            field_dict["explicitDate"] = explicit_date

        try:
            sent = self._sent
        except AttributeError:  # built by the constructor
            return field_dict
        return field_dict if sent is None else with_unknown(field_dict, sent, _FIELDS)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        date_range = _new(cls)
        if "date_from" in d:
            _v = d["date_from"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("DateRange", "date_from", _v, "a string or null")
            date_range.date_from = _v
        else:
            date_range.date_from = UNSET
        if "date_to" in d:
            _v = d["date_to"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("DateRange", "date_to", _v, "a string or null")
            date_range.date_to = _v
        else:
            date_range.date_to = UNSET
        if "explicitDate" in d:
            _v = d["explicitDate"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("DateRange", "explicitDate", _v, "a boolean or null")
            date_range.explicit_date = _v
        else:
            date_range.explicit_date = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        date_range._sent = None if len(d) == 0 + ("date_from" in d) + ("date_to" in d) + ("explicitDate" in d) else d
        return date_range

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self, "_sent")

    def __setstate__(self, state: dict[str, Any]) -> None:
        set_state(self, state, "_sent")
