from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_properties import PersonProperties


T = TypeVar("T", bound="PropertiesTimelinePoint")


@_attrs_define
class PropertiesTimelinePoint:
    """The person's properties as of one moment.

    Attributes:
        timestamp (datetime.datetime):
        properties (PersonProperties): A person's properties by key, e.g. `email`, `$initial_os`, `plan`.
        relevant_event_count (int | Unset):
    """

    timestamp: datetime.datetime
    properties: PersonProperties
    relevant_event_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        properties = self.properties.to_dict()

        relevant_event_count = self.relevant_event_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "properties": properties,
            }
        )
        if relevant_event_count is not UNSET:
            field_dict["relevant_event_count"] = relevant_event_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_properties import PersonProperties  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        properties = PersonProperties.from_dict(d.pop("properties"))

        relevant_event_count = d.pop("relevant_event_count", UNSET)

        properties_timeline_point = cls(
            timestamp=timestamp,
            properties=properties,
            relevant_event_count=relevant_event_count,
        )

        properties_timeline_point.additional_properties = d
        return properties_timeline_point

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
