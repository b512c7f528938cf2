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

T = TypeVar("T", bound="HogQLNotice")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "message",
        "start",
        "end",
        "fix",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "message",
        "start",
        "end",
        "fix",
    )
)


@_attrs_define
class HogQLNotice:
    """One error, warning or notice about HogQL, with its position in the text.

    Attributes:
        message (str):
        start (int | None | Unset): The offset where the problem starts.
        end (int | None | Unset): The offset where it ends.
        fix (None | str | Unset): A suggested fix.
    """

    message: str
    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    fix: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        start: int | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        fix: None | str | Unset
        if isinstance(self.fix, Unset):
            fix = UNSET
        else:
            fix = self.fix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if fix is not UNSET:
            field_dict["fix"] = fix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        hog_ql_notice = _new(cls)
        _v = d["message"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("HogQLNotice", "message", _v, "a string")
        hog_ql_notice.message = _v
        if "start" in d:
            _v = d["start"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("HogQLNotice", "start", _v, "an integer or null")
            hog_ql_notice.start = _v
        else:
            hog_ql_notice.start = UNSET
        if "end" in d:
            _v = d["end"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("HogQLNotice", "end", _v, "an integer or null")
            hog_ql_notice.end = _v
        else:
            hog_ql_notice.end = UNSET
        if "fix" in d:
            _v = d["fix"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("HogQLNotice", "fix", _v, "a string or null")
            hog_ql_notice.fix = _v
        else:
            hog_ql_notice.fix = UNSET
        if len(d) == 1 + ("start" in d) + ("end" in d) + ("fix" in d):  # usually there is nothing else
            hog_ql_notice.additional_properties = {}
        else:
            hog_ql_notice.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return hog_ql_notice

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
