from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.properties_timeline_point import PropertiesTimelinePoint


T = TypeVar("T", bound="PropertiesTimeline")


@_attrs_define
class PropertiesTimeline:
    """How a person's properties changed over time.

    Attributes:
        points (list[PropertiesTimelinePoint]):
        crucial_property_keys (list[str]):
        effective_date_from (None | str | Unset):
        effective_date_to (None | str | Unset):
    """

    points: list[PropertiesTimelinePoint]
    crucial_property_keys: list[str]
    effective_date_from: None | str | Unset = UNSET
    effective_date_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        crucial_property_keys = self.crucial_property_keys

        effective_date_from: None | str | Unset
        if isinstance(self.effective_date_from, Unset):
            effective_date_from = UNSET
        else:
            effective_date_from = self.effective_date_from

        effective_date_to: None | str | Unset
        if isinstance(self.effective_date_to, Unset):
            effective_date_to = UNSET
        else:
            effective_date_to = self.effective_date_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "points": points,
                "crucial_property_keys": crucial_property_keys,
            }
        )
        if effective_date_from is not UNSET:
            field_dict["effective_date_from"] = effective_date_from
        if effective_date_to is not UNSET:
            field_dict["effective_date_to"] = effective_date_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.properties_timeline_point import PropertiesTimelinePoint  # noqa: PLC0415

        d = dict(src_dict)
        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = PropertiesTimelinePoint.from_dict(points_item_data)

            points.append(points_item)

        crucial_property_keys = cast(list[str], d.pop("crucial_property_keys"))

        def _parse_effective_date_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_date_from = _parse_effective_date_from(d.pop("effective_date_from", UNSET))

        def _parse_effective_date_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_date_to = _parse_effective_date_to(d.pop("effective_date_to", UNSET))

        properties_timeline = cls(
            points=points,
            crucial_property_keys=crucial_property_keys,
            effective_date_from=effective_date_from,
            effective_date_to=effective_date_to,
        )

        properties_timeline.additional_properties = d
        return properties_timeline

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
