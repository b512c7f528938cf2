from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LifecycleFilter")


@_attrs_define
class LifecycleFilter:
    """Lifecycle options (free-form).

    Attributes:
        toggled_lifecycles (list[str] | None | Unset):
    """

    toggled_lifecycles: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        toggled_lifecycles: list[str] | None | Unset
        if isinstance(self.toggled_lifecycles, Unset):
            toggled_lifecycles = UNSET
        elif isinstance(self.toggled_lifecycles, list):
            toggled_lifecycles = self.toggled_lifecycles

        else:
            toggled_lifecycles = self.toggled_lifecycles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if toggled_lifecycles is not UNSET:
            field_dict["toggledLifecycles"] = toggled_lifecycles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_toggled_lifecycles(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                toggled_lifecycles_type_0 = cast(list[str], data)

                return toggled_lifecycles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        toggled_lifecycles = _parse_toggled_lifecycles(d.pop("toggledLifecycles", UNSET))

        lifecycle_filter = cls(
            toggled_lifecycles=toggled_lifecycles,
        )

        lifecycle_filter.additional_properties = d
        return lifecycle_filter

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
