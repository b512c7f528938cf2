from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonSplitRequest")


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
        d = dict(src_dict)

        def _parse_main_distinct_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_distinct_id = _parse_main_distinct_id(d.pop("main_distinct_id", UNSET))

        person_split_request = cls(
            main_distinct_id=main_distinct_id,
        )

        person_split_request.additional_properties = d
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
