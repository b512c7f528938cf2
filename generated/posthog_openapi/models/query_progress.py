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

T = TypeVar("T", bound="QueryProgress")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "rows_read",
        "bytes_read",
        "estimated_rows_total",
        "time_elapsed",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "rows_read",
        "bytes_read",
        "estimated_rows_total",
        "time_elapsed",
    )
)


@_attrs_define
class QueryProgress:
    """How far a background calculation has got.

    Attributes:
        rows_read (int | Unset):
        bytes_read (int | Unset):
        estimated_rows_total (int | Unset):
        time_elapsed (float | Unset):
    """

    rows_read: int | Unset = UNSET
    bytes_read: int | Unset = UNSET
    estimated_rows_total: int | Unset = UNSET
    time_elapsed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows_read = self.rows_read

        bytes_read = self.bytes_read

        estimated_rows_total = self.estimated_rows_total

        time_elapsed = self.time_elapsed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rows_read is not UNSET:
            field_dict["rows_read"] = rows_read
        if bytes_read is not UNSET:
            field_dict["bytes_read"] = bytes_read
        if estimated_rows_total is not UNSET:
            field_dict["estimated_rows_total"] = estimated_rows_total
        if time_elapsed is not UNSET:
            field_dict["time_elapsed"] = time_elapsed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        query_progress = _new(cls)
        if "rows_read" in d:
            _v = d["rows_read"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
                raise bad_type("QueryProgress", "rows_read", _v, "an integer")
            query_progress.rows_read = _v
        else:
            query_progress.rows_read = UNSET
        if "bytes_read" in d:
            _v = d["bytes_read"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
                raise bad_type("QueryProgress", "bytes_read", _v, "an integer")
            query_progress.bytes_read = _v
        else:
            query_progress.bytes_read = UNSET
        if "estimated_rows_total" in d:
            _v = d["estimated_rows_total"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
                raise bad_type("QueryProgress", "estimated_rows_total", _v, "an integer")
            query_progress.estimated_rows_total = _v
        else:
            query_progress.estimated_rows_total = UNSET
        if "time_elapsed" in d:
            _v = d["time_elapsed"]
            if not (type(_v) is float or type(_v) is int or (isinstance(_v, int | float) and type(_v) is not bool)):
                raise bad_type("QueryProgress", "time_elapsed", _v, "a number")
            query_progress.time_elapsed = _v
        else:
            query_progress.time_elapsed = UNSET
        if len(d) == 0 + ("rows_read" in d) + ("bytes_read" in d) + ("estimated_rows_total" in d) + (
            "time_elapsed" in d
        ):  # usually there is nothing else
            query_progress.additional_properties = {}
        else:
            query_progress.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return query_progress

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
