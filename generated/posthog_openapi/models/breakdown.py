from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.breakdown_type import BreakdownType
from ..types import (
    UNSET,
    UNVERIFIED,
    KeepsUnknown,
    Unset,
    add_path,
    bad_type,
    enum_member,
    get_state,
    set_state,
    with_unknown,
)

T = TypeVar("T", bound="Breakdown")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "property",
        "type",
        "group_type_index",
        "histogram_bin_count",
        "normalize_url",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "property_",
        "group_type_index",
        "histogram_bin_count",
        "normalize_url",
    )
)


@_attrs_define
class Breakdown(KeepsUnknown):
    """One breakdown of a multi-breakdown.

    Attributes:
        property_ (int | str): The property key or HogQL expression.
        type_ (BreakdownType | None | Unset):
        group_type_index (int | None | Unset):
        histogram_bin_count (int | None | Unset):
        normalize_url (bool | None | Unset):
    """

    property_: int | str
    type_: BreakdownType | None | Unset = UNSET
    group_type_index: int | None | Unset = UNSET
    histogram_bin_count: int | None | Unset = UNSET
    normalize_url: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        property_: int | str
        property_ = self.property_

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, BreakdownType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        group_type_index: int | None | Unset
        if isinstance(self.group_type_index, Unset):
            group_type_index = UNSET
        else:
            group_type_index = self.group_type_index

        histogram_bin_count: int | None | Unset
        if isinstance(self.histogram_bin_count, Unset):
            histogram_bin_count = UNSET
        else:
            histogram_bin_count = self.histogram_bin_count

        normalize_url: bool | None | Unset
        if isinstance(self.normalize_url, Unset):
            normalize_url = UNSET
        else:
            normalize_url = self.normalize_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "property": property_,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if group_type_index is not UNSET:
            field_dict["group_type_index"] = group_type_index
        if histogram_bin_count is not UNSET:
            field_dict["histogram_bin_count"] = histogram_bin_count
        if normalize_url is not UNSET:
            field_dict["normalize_url"] = normalize_url

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
        breakdown = _new(cls)
        _v = d["property"]
        if not (
            type(_v) is str or isinstance(_v, str) or type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)
        ):
            raise bad_type("Breakdown", "property", _v, "a string or an integer")
        breakdown.property_ = _v
        if "type" in d:
            try:

                def _parse_type_(data: object) -> BreakdownType | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        type_type_0 = enum_member(BreakdownType, data)

                        return type_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(BreakdownType | None | Unset, data)

                type_ = _parse_type_(d["type"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "type")
                raise
            breakdown.type_ = type_
        else:
            breakdown.type_ = UNSET
        if "group_type_index" in d:
            _v = d["group_type_index"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("Breakdown", "group_type_index", _v, "an integer or null")
            breakdown.group_type_index = _v
        else:
            breakdown.group_type_index = UNSET
        if "histogram_bin_count" in d:
            _v = d["histogram_bin_count"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("Breakdown", "histogram_bin_count", _v, "an integer or null")
            breakdown.histogram_bin_count = _v
        else:
            breakdown.histogram_bin_count = UNSET
        if "normalize_url" in d:
            _v = d["normalize_url"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("Breakdown", "normalize_url", _v, "a boolean or null")
            breakdown.normalize_url = _v
        else:
            breakdown.normalize_url = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        breakdown._sent = (
            None
            if len(d)
            == 1 + ("type" in d) + ("group_type_index" in d) + ("histogram_bin_count" in d) + ("normalize_url" in d)
            else d
        )
        return breakdown

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self, "_sent")

    def __setstate__(self, state: dict[str, Any]) -> None:
        set_state(self, state, "_sent")
