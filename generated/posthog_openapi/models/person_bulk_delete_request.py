from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    add_path,
    bad_item,
    bad_type,
)

T = TypeVar("T", bound="PersonBulkDeleteRequest")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "distinct_ids",
        "ids",
        "delete_events",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "distinct_ids",
        "delete_events",
    )
)


@_attrs_define
class PersonBulkDeleteRequest:
    """The persons to delete: `distinct_ids` or `ids` (UUIDs), at most 1,000 each.
    When both are given only `distinct_ids` is used.

        Attributes:
            distinct_ids (list[str] | Unset):
            ids (list[UUID] | Unset):
            delete_events (bool | Unset): Also queue deletion of their events.
    """

    distinct_ids: list[str] | Unset = UNSET
    ids: list[UUID] | Unset = UNSET
    delete_events: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distinct_ids: list[str] | Unset = UNSET
        if not isinstance(self.distinct_ids, Unset):
            distinct_ids = self.distinct_ids

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = []
            for ids_item_data in self.ids:
                ids_item = str(ids_item_data)
                ids.append(ids_item)

        delete_events = self.delete_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distinct_ids is not UNSET:
            field_dict["distinct_ids"] = distinct_ids
        if ids is not UNSET:
            field_dict["ids"] = ids
        if delete_events is not UNSET:
            field_dict["delete_events"] = delete_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        person_bulk_delete_request = _new(cls)
        _v = d.get("distinct_ids", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "PersonBulkDeleteRequest",
                    "distinct_ids",
                    _v,
                    next(_i for _i in _v if not isinstance(_i, str)),
                    "a string",
                ) from None
        elif not (_v is UNSET):
            raise bad_type("PersonBulkDeleteRequest", "distinct_ids", _v, "an array")
        person_bulk_delete_request.distinct_ids = _v
        if "ids" in d:
            try:
                _ids = d["ids"]
                ids: list[UUID] | Unset = UNSET
                if _ids is not UNSET:
                    ids = []
                    for ids_item_data in _ids:
                        try:
                            ids_item = UUID(ids_item_data)

                        except (TypeError, ValueError, KeyError, AttributeError) as exc:
                            add_path(exc, len(ids))  # the index of the item being parsed
                            raise
                        ids.append(ids_item)

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "ids")
                raise
            person_bulk_delete_request.ids = ids
        else:
            person_bulk_delete_request.ids = UNSET
        if "delete_events" in d:
            _v = d["delete_events"]
            if not (_v is True or _v is False):
                raise bad_type("PersonBulkDeleteRequest", "delete_events", _v, "a boolean")
            person_bulk_delete_request.delete_events = _v
        else:
            person_bulk_delete_request.delete_events = UNSET
        if len(d) == 0 + ("distinct_ids" in d) + ("ids" in d) + ("delete_events" in d):  # usually there is nothing else
            person_bulk_delete_request.additional_properties = {}
        else:
            person_bulk_delete_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return person_bulk_delete_request

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
