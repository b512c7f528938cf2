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

T = TypeVar("T", bound="HogQLVariable")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "variableId",
        "code_name",
        "value",
        "isNull",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "variable_id",
        "code_name",
        "value",
        "is_null",
    )
)


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
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        hog_ql_variable = _new(cls)
        _v = d["variableId"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("HogQLVariable", "variableId", _v, "a string")
        hog_ql_variable.variable_id = _v
        _v = d["code_name"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("HogQLVariable", "code_name", _v, "a string")
        hog_ql_variable.code_name = _v
        hog_ql_variable.value = d.get("value", UNSET)
        if "isNull" in d:
            _v = d["isNull"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("HogQLVariable", "isNull", _v, "a boolean or null")
            hog_ql_variable.is_null = _v
        else:
            hog_ql_variable.is_null = UNSET
        if len(d) == 2 + ("value" in d) + ("isNull" in d):  # usually there is nothing else
            hog_ql_variable.additional_properties = {}
        else:
            hog_ql_variable.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
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
