from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HogQLVariable")


@_attrs_define
class HogQLVariable:
    """The value of one SQL variable (`{variables.code_name}`).

    Attributes:
        variable_id (str):
        code_name (str):
        value (Any | Unset): The value (any JSON).
        is_null (bool | None | Unset):
    """

    variable_id: str
    code_name: str
    value: Any | Unset = UNSET
    is_null: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_id = self.variable_id

        code_name = self.code_name

        value = self.value

        is_null: bool | None | Unset
        if isinstance(self.is_null, Unset):
            is_null = UNSET
        else:
            is_null = self.is_null

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variableId": variable_id,
                "code_name": code_name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if is_null is not UNSET:
            field_dict["isNull"] = is_null

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variable_id = d.pop("variableId")

        code_name = d.pop("code_name")

        value = d.pop("value", UNSET)

        def _parse_is_null(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_null = _parse_is_null(d.pop("isNull", UNSET))

        hog_ql_variable = cls(
            variable_id=variable_id,
            code_name=code_name,
            value=value,
            is_null=is_null,
        )

        hog_ql_variable.additional_properties = d
        return hog_ql_variable

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
