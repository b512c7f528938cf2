from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hog_ql_variable import HogQLVariable


T = TypeVar("T", bound="HogQLVariables")


_FIELDS = frozenset(())


@_attrs_define
class HogQLVariables:
    """SQL variables by variable id."""

    additional_properties: dict[str, HogQLVariable] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hog_ql_variables = cls.__new__(cls)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_name in _FIELDS:
                continue
            additional_property = HogQLVariable.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        hog_ql_variables.additional_properties = additional_properties
        return hog_ql_variables

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> HogQLVariable:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: HogQLVariable) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if not TYPE_CHECKING:
    # Imported last, once: models that refer to each other still import (a cycle finds this module's class
    # already defined), and from_dict never pays for an import statement per call.
    from ..models.hog_ql_variable import HogQLVariable
