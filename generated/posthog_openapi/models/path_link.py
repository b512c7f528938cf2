from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PathLink")


@_attrs_define
class PathLink:
    """One edge of a paths diagram.

    Attributes:
        source (str): The step a user came from, prefixed with its position (`1_/home`).
        target (str):
        value (int): How many users took this step.
        average_conversion_time (float | None | Unset): Milliseconds between the two steps, on average.
    """

    source: str
    target: str
    value: int
    average_conversion_time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        target = self.target

        value = self.value

        average_conversion_time: float | None | Unset
        if isinstance(self.average_conversion_time, Unset):
            average_conversion_time = UNSET
        else:
            average_conversion_time = self.average_conversion_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
                "value": value,
            }
        )
        if average_conversion_time is not UNSET:
            field_dict["average_conversion_time"] = average_conversion_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        target = d.pop("target")

        value = d.pop("value")

        def _parse_average_conversion_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_conversion_time = _parse_average_conversion_time(d.pop("average_conversion_time", UNSET))

        path_link = cls(
            source=source,
            target=target,
            value=value,
            average_conversion_time=average_conversion_time,
        )

        path_link.additional_properties = d
        return path_link

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
