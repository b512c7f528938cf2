from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    bad_type,
)

if TYPE_CHECKING:
    from ..models.activity_change import ActivityChange


T = TypeVar("T", bound="ActivityDetail")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "name",
        "short_id",
        "changes",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "name",
        "short_id",
    )
)


@_attrs_define
class ActivityDetail:
    """What an activity entry changed.

    Attributes:
        name (None | str | Unset):
        short_id (None | str | Unset):
        changes (list[ActivityChange] | None | Unset):
    """

    name: None | str | Unset = UNSET
    short_id: None | str | Unset = UNSET
    changes: list[ActivityChange] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        short_id: None | str | Unset
        if isinstance(self.short_id, Unset):
            short_id = UNSET
        else:
            short_id = self.short_id

        changes: list[dict[str, Any]] | None | Unset
        if isinstance(self.changes, Unset):
            changes = UNSET
        elif isinstance(self.changes, list):
            changes = []
            for changes_type_0_item_data in self.changes:
                changes_type_0_item = changes_type_0_item_data.to_dict()
                changes.append(changes_type_0_item)

        else:
            changes = self.changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if short_id is not UNSET:
            field_dict["short_id"] = short_id
        if changes is not UNSET:
            field_dict["changes"] = changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        activity_detail = _new(cls)
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActivityDetail", "name", _v, "a string or null")
            activity_detail.name = _v
        else:
            activity_detail.name = UNSET
        if "short_id" in d:
            _v = d["short_id"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActivityDetail", "short_id", _v, "a string or null")
            activity_detail.short_id = _v
        else:
            activity_detail.short_id = UNSET
        if "changes" in d:
            try:

                def _parse_changes(data: object) -> list[ActivityChange] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        _changes_type_0 = data
                        changes_type_0 = []
                        for changes_type_0_item_data in _changes_type_0:
                            try:
                                changes_type_0_item = ActivityChange.from_dict(changes_type_0_item_data)

                            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                                add_path(exc, len(changes_type_0))  # the index of the item being parsed
                                raise
                            changes_type_0.append(changes_type_0_item)

                        return changes_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(list[ActivityChange] | None | Unset, data)

                changes = _parse_changes(d["changes"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "changes")
                raise
            activity_detail.changes = changes
        else:
            activity_detail.changes = UNSET
        if len(d) == 0 + ("name" in d) + ("short_id" in d) + ("changes" in d):  # usually there is nothing else
            activity_detail.additional_properties = {}
        else:
            activity_detail.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return activity_detail

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
    from ..models.activity_change import ActivityChange as _model1

    globals().update(
        {
            "ActivityChange": _model1,
        }
    )
    _LOADED = True
