from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type import EntityType
from ..models.math_type import MathType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.property_group import PropertyGroup


T = TypeVar("T", bound="TrendEntity")


@_attrs_define
class TrendEntity:
    """An event or action to count in a trend, e.g. `{"id": "$pageview"}`.

    Attributes:
        id (int | str): The event name, or the action's id.
        name (str | Unset):
        type_ (EntityType | Unset): Whether a trend entity's `id` names an event or an action.
        math (MathType | Unset): How a series aggregates (default `total`, the event count).
            * `total` - events; `dau` - unique users per interval; `weekly_active` / `monthly_active` -
              users active in the 7 / 30 days up to each interval; `unique_session` - sessions;
              `unique_group` - groups (with `math_group_type_index`); `first_time_for_user` and
              `first_matching_event_for_user` - users doing it for the first time
            * `hogql` - a HogQL aggregate in `math_hogql`
            * `sum`, `avg`, `min`, `max`, `median`, `p75` … `p99` - of the property in `math_property`
            * `*_count_per_actor` - the distribution of events per user
        math_property (str | Unset):
        properties (list[PropertyGroup] | Unset):
    """

    id: int | str
    name: str | Unset = UNSET
    type_: EntityType | Unset = UNSET
    math: MathType | Unset = UNSET
    math_property: str | Unset = UNSET
    properties: list[PropertyGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        math: str | Unset = UNSET
        if not isinstance(self.math, Unset):
            math = self.math.value

        math_property = self.math_property

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if math is not UNSET:
            field_dict["math"] = math
        if math_property is not UNSET:
            field_dict["math_property"] = math_property
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_group import PropertyGroup  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: EntityType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = EntityType(_type_)

        _math = d.pop("math", UNSET)
        math: MathType | Unset
        if isinstance(_math, Unset):
            math = UNSET
        else:
            math = MathType(_math)

        math_property = d.pop("math_property", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: list[PropertyGroup] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = PropertyGroup.from_dict(properties_item_data)

                properties.append(properties_item)

        trend_entity = cls(
            id=id,
            name=name,
            type_=type_,
            math=math,
            math_property=math_property,
            properties=properties,
        )

        trend_entity.additional_properties = d
        return trend_entity

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
