from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.math_type import MathType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.property_filter import PropertyFilter


T = TypeVar("T", bound="EventsNode")


@_attrs_define
class EventsNode:
    """One event series, e.g. `{"kind": "EventsNode", "event": "$pageview", "math": "dau"}`.

    Attributes:
        kind (Literal['EventsNode']): Always `EventsNode`. Default: 'EventsNode'.
        event (None | str | Unset): The event name; null means all events.
        name (None | str | Unset): A display name.
        custom_name (None | str | Unset): A custom display name.
        math (MathType | None | Unset): How the series aggregates (`total`, the event count, when absent; `dau` unique
            users per interval; …).
        math_property (None | str | Unset): The property `sum`/`avg`/`min`/`max`/percentile math aggregates.
        math_hogql (None | str | Unset): The expression `hogql` math aggregates.
        math_group_type_index (int | None | Unset): The group type `unique_group` math counts.
        properties (list[PropertyFilter] | Unset): Property filters for this series only.
        fixed_properties (list[PropertyFilter] | Unset): Property filters that cannot be edited in PostHog's UI.
        limit (int | None | Unset):
        order_by (list[str] | None | Unset):
    """

    kind: Literal["EventsNode"] = "EventsNode"
    event: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    custom_name: None | str | Unset = UNSET
    math: MathType | None | Unset = UNSET
    math_property: None | str | Unset = UNSET
    math_hogql: None | str | Unset = UNSET
    math_group_type_index: int | None | Unset = UNSET
    properties: list[PropertyFilter] | Unset = UNSET
    fixed_properties: list[PropertyFilter] | Unset = UNSET
    limit: int | None | Unset = UNSET
    order_by: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        event: None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        custom_name: None | str | Unset
        if isinstance(self.custom_name, Unset):
            custom_name = UNSET
        else:
            custom_name = self.custom_name

        math: None | str | Unset
        if isinstance(self.math, Unset):
            math = UNSET
        elif isinstance(self.math, MathType):
            math = self.math.value
        else:
            math = self.math

        math_property: None | str | Unset
        if isinstance(self.math_property, Unset):
            math_property = UNSET
        else:
            math_property = self.math_property

        math_hogql: None | str | Unset
        if isinstance(self.math_hogql, Unset):
            math_hogql = UNSET
        else:
            math_hogql = self.math_hogql

        math_group_type_index: int | None | Unset
        if isinstance(self.math_group_type_index, Unset):
            math_group_type_index = UNSET
        else:
            math_group_type_index = self.math_group_type_index

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        fixed_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fixed_properties, Unset):
            fixed_properties = []
            for fixed_properties_item_data in self.fixed_properties:
                fixed_properties_item = fixed_properties_item_data.to_dict()
                fixed_properties.append(fixed_properties_item)

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        order_by: list[str] | None | Unset
        if isinstance(self.order_by, Unset):
            order_by = UNSET
        elif isinstance(self.order_by, list):
            order_by = self.order_by

        else:
            order_by = self.order_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if name is not UNSET:
            field_dict["name"] = name
        if custom_name is not UNSET:
            field_dict["custom_name"] = custom_name
        if math is not UNSET:
            field_dict["math"] = math
        if math_property is not UNSET:
            field_dict["math_property"] = math_property
        if math_hogql is not UNSET:
            field_dict["math_hogql"] = math_hogql
        if math_group_type_index is not UNSET:
            field_dict["math_group_type_index"] = math_group_type_index
        if properties is not UNSET:
            field_dict["properties"] = properties
        if fixed_properties is not UNSET:
            field_dict["fixedProperties"] = fixed_properties
        if limit is not UNSET:
            field_dict["limit"] = limit
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_filter import PropertyFilter  # noqa: PLC0415

        d = dict(src_dict)
        kind = cast(Literal["EventsNode"], d.pop("kind"))
        if kind != "EventsNode":
            raise ValueError(f"kind must match const 'EventsNode', got '{kind}'")

        def _parse_event(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_custom_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_name = _parse_custom_name(d.pop("custom_name", UNSET))

        def _parse_math(data: object) -> MathType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                math_type_0 = MathType(data)

                return math_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MathType | None | Unset, data)

        math = _parse_math(d.pop("math", UNSET))

        def _parse_math_property(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        math_property = _parse_math_property(d.pop("math_property", UNSET))

        def _parse_math_hogql(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        math_hogql = _parse_math_hogql(d.pop("math_hogql", UNSET))

        def _parse_math_group_type_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        math_group_type_index = _parse_math_group_type_index(d.pop("math_group_type_index", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: list[PropertyFilter] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = PropertyFilter.from_dict(properties_item_data)

                properties.append(properties_item)

        _fixed_properties = d.pop("fixedProperties", UNSET)
        fixed_properties: list[PropertyFilter] | Unset = UNSET
        if _fixed_properties is not UNSET:
            fixed_properties = []
            for fixed_properties_item_data in _fixed_properties:
                fixed_properties_item = PropertyFilter.from_dict(fixed_properties_item_data)

                fixed_properties.append(fixed_properties_item)

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_order_by(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_by_type_0 = cast(list[str], data)

                return order_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        order_by = _parse_order_by(d.pop("orderBy", UNSET))

        events_node = cls(
            kind=kind,
            event=event,
            name=name,
            custom_name=custom_name,
            math=math,
            math_property=math_property,
            math_hogql=math_hogql,
            math_group_type_index=math_group_type_index,
            properties=properties,
            fixed_properties=fixed_properties,
            limit=limit,
            order_by=order_by,
        )

        return events_node
