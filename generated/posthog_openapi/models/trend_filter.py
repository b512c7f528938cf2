from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.property_filter import PropertyFilter
    from ..models.property_group import PropertyGroup
    from ..models.trend_entity import TrendEntity


T = TypeVar("T", bound="TrendFilter")


@_attrs_define
class TrendFilter:
    """The filter a trend series was calculated with.

    Attributes:
        events (list[TrendEntity] | Unset):
        actions (list[TrendEntity] | Unset):
        properties (list[PropertyFilter] | PropertyGroup | Unset):
        filter_test_accounts (bool | Unset):
        date_from (None | str | Unset):
        date_to (None | str | Unset):
    """

    events: list[TrendEntity] | Unset = UNSET
    actions: list[TrendEntity] | Unset = UNSET
    properties: list[PropertyFilter] | PropertyGroup | Unset = UNSET
    filter_test_accounts: bool | Unset = UNSET
    date_from: None | str | Unset = UNSET
    date_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.property_group import PropertyGroup  # noqa: PLC0415

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        properties: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, PropertyGroup):
            properties = self.properties.to_dict()
        else:
            properties = []
            for componentsschemas_property_filter_list_item_data in self.properties:
                componentsschemas_property_filter_list_item = componentsschemas_property_filter_list_item_data.to_dict()
                properties.append(componentsschemas_property_filter_list_item)

        filter_test_accounts = self.filter_test_accounts

        date_from: None | str | Unset
        if isinstance(self.date_from, Unset):
            date_from = UNSET
        else:
            date_from = self.date_from

        date_to: None | str | Unset
        if isinstance(self.date_to, Unset):
            date_to = UNSET
        else:
            date_to = self.date_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if actions is not UNSET:
            field_dict["actions"] = actions
        if properties is not UNSET:
            field_dict["properties"] = properties
        if filter_test_accounts is not UNSET:
            field_dict["filter_test_accounts"] = filter_test_accounts
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_filter import PropertyFilter  # noqa: PLC0415
        from ..models.property_group import PropertyGroup  # noqa: PLC0415
        from ..models.trend_entity import TrendEntity  # noqa: PLC0415

        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[TrendEntity] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = TrendEntity.from_dict(events_item_data)

                events.append(events_item)

        _actions = d.pop("actions", UNSET)
        actions: list[TrendEntity] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = TrendEntity.from_dict(actions_item_data)

                actions.append(actions_item)

        def _parse_properties(data: object) -> list[PropertyFilter] | PropertyGroup | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = PropertyGroup.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            properties_type_1 = []
            _properties_type_1 = data
            for componentsschemas_property_filter_list_item_data in _properties_type_1:
                componentsschemas_property_filter_list_item = PropertyFilter.from_dict(
                    componentsschemas_property_filter_list_item_data
                )

                properties_type_1.append(componentsschemas_property_filter_list_item)

            return properties_type_1

        properties = _parse_properties(d.pop("properties", UNSET))

        filter_test_accounts = d.pop("filter_test_accounts", UNSET)

        def _parse_date_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_from = _parse_date_from(d.pop("date_from", UNSET))

        def _parse_date_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_to = _parse_date_to(d.pop("date_to", UNSET))

        trend_filter = cls(
            events=events,
            actions=actions,
            properties=properties,
            filter_test_accounts=filter_test_accounts,
            date_from=date_from,
            date_to=date_to,
        )

        trend_filter.additional_properties = d
        return trend_filter

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
