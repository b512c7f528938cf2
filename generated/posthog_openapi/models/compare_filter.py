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

T = TypeVar("T", bound="CompareFilter")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "compare",
        "compare_to",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "compare",
        "compare_to",
    )
)


@_attrs_define
class CompareFilter(KeepsUnknown):
    """Compare with an earlier period: each series comes back twice, `compare_label` `current` and `previous`.

    Attributes:
        compare (bool | None | Unset): Compare to the previous period of the same length.
        compare_to (None | str | Unset): Compare to a relative period instead, e.g. `-1w` or `-1m`.
    """

    compare: bool | None | Unset = UNSET
    compare_to: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        compare: bool | None | Unset
        if isinstance(self.compare, Unset):
            compare = UNSET
        else:
            compare = self.compare

        compare_to: None | str | Unset
        if isinstance(self.compare_to, Unset):
            compare_to = UNSET
        else:
            compare_to = self.compare_to

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if compare is not UNSET:
            field_dict["compare"] = compare
        if compare_to is not UNSET:
            field_dict["compare_to"] = compare_to

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
        compare_filter = _new(cls)
        if "compare" in d:
            _v = d["compare"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("CompareFilter", "compare", _v, "a boolean or null")
            compare_filter.compare = _v
        else:
            compare_filter.compare = UNSET
        if "compare_to" in d:
            _v = d["compare_to"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("CompareFilter", "compare_to", _v, "a string or null")
            compare_filter.compare_to = _v
        else:
            compare_filter.compare_to = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        compare_filter._sent = None if len(d) == 0 + ("compare" in d) + ("compare_to" in d) else d
        return compare_filter

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self, "_sent")

    def __setstate__(self, state: dict[str, Any]) -> None:
        set_state(self, state, "_sent")
