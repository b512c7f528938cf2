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

T = TypeVar("T", bound="PersonSplitRequest")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(("main_distinct_id",))
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(("main_distinct_id",))


@_attrs_define
class PersonSplitRequest:
    """How to split a person.

    Attributes:
        main_distinct_id (None | str | Unset): The distinct id that keeps the existing person; every other id gets a new
            person.
    """

    main_distinct_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main_distinct_id: None | str | Unset
        if isinstance(self.main_distinct_id, Unset):
            main_distinct_id = UNSET
        else:
            main_distinct_id = self.main_distinct_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if main_distinct_id is not UNSET:
            field_dict["main_distinct_id"] = main_distinct_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        person_split_request = _new(cls)
        if "main_distinct_id" in d:
            _v = d["main_distinct_id"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("PersonSplitRequest", "main_distinct_id", _v, "a string or null")
            person_split_request.main_distinct_id = _v
        else:
            person_split_request.main_distinct_id = UNSET
        if len(d) == 0 + ("main_distinct_id" in d):  # usually there is nothing else
            person_split_request.additional_properties = {}
        else:
            person_split_request.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return person_split_request

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
