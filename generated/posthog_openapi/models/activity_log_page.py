from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    add_path,
    bad_type,
    failing_item,
)

if TYPE_CHECKING:
    from ..models.activity_log_entry import ActivityLogEntry


T = TypeVar("T", bound="ActivityLogPage")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "results",
        "next",
        "previous",
        "total_count",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "next_",
        "previous",
        "total_count",
    )
)


@_attrs_define
class ActivityLogPage:
    """Activity entries, newest first.

    Attributes:
        results (list[ActivityLogEntry]):
        next_ (None | str | Unset):
        previous (None | str | Unset):
        total_count (int | Unset):
    """

    results: list[ActivityLogEntry]
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        activity_log_page = _new(cls)
        _v = d["results"]
        if isinstance(_v, list):
            _parse = ActivityLogEntry.from_dict  # bound once, not per item
            try:
                activity_log_page.results = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "results", *failing_item(_parse, _v))
                raise
        else:
            raise bad_type("ActivityLogPage", "results", _v, "an array")
        if "next" in d:
            _v = d["next"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActivityLogPage", "next", _v, "a string or null")
            activity_log_page.next_ = _v
        else:
            activity_log_page.next_ = UNSET
        if "previous" in d:
            _v = d["previous"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActivityLogPage", "previous", _v, "a string or null")
            activity_log_page.previous = _v
        else:
            activity_log_page.previous = UNSET
        if "total_count" in d:
            _v = d["total_count"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
                raise bad_type("ActivityLogPage", "total_count", _v, "an integer")
            activity_log_page.total_count = _v
        else:
            activity_log_page.total_count = UNSET
        if len(d) == 1 + ("next" in d) + ("previous" in d) + ("total_count" in d):  # usually there is nothing else
            activity_log_page.additional_properties = {}
        else:
            activity_log_page.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return activity_log_page

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


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.activity_log_entry import ActivityLogEntry as _model1

    globals().update(
        {
            "ActivityLogEntry": _model1,
        }
    )
    _LOADED = True
