from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    add_path,
    bad_type,
    failing_item,
)

if TYPE_CHECKING:
    from ..models.property_filter import PropertyFilter
    from ..models.property_group import PropertyGroup
    from ..models.trend_entity import TrendEntity


T = TypeVar("T", bound="TrendFilter")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "events",
        "actions",
        "properties",
        "filter_test_accounts",
        "date_from",
        "date_to",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "filter_test_accounts",
        "date_from",
        "date_to",
    )
)


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
        if not _LOADED:
            _load()
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
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        trend_filter = _new(cls)
        _v = d.get("events", UNSET)
        if isinstance(_v, list):
            _parse = TrendEntity.from_dict  # bound once, not per item
            try:
                trend_filter.events = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "events", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            trend_filter.events = _v
        else:
            raise bad_type("TrendFilter", "events", _v, "an array")
        _v = d.get("actions", UNSET)
        if isinstance(_v, list):
            _parse = TrendEntity.from_dict  # bound once, not per item
            try:
                trend_filter.actions = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "actions", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            trend_filter.actions = _v
        else:
            raise bad_type("TrendFilter", "actions", _v, "an array")
        if "properties" in d:
            try:

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
                    _properties_type_1 = data
                    properties_type_1 = []
                    for componentsschemas_property_filter_list_item_data in _properties_type_1:
                        try:
                            componentsschemas_property_filter_list_item = PropertyFilter.from_dict(
                                componentsschemas_property_filter_list_item_data
                            )

                        except (TypeError, ValueError, KeyError, AttributeError) as exc:
                            add_path(exc, len(properties_type_1))  # the index of the item being parsed
                            raise
                        properties_type_1.append(componentsschemas_property_filter_list_item)

                    return properties_type_1

                properties = _parse_properties(d["properties"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "properties")
                raise
            trend_filter.properties = properties
        else:
            trend_filter.properties = UNSET
        if "filter_test_accounts" in d:
            _v = d["filter_test_accounts"]
            if not (_v is True or _v is False):
                raise bad_type("TrendFilter", "filter_test_accounts", _v, "a boolean")
            trend_filter.filter_test_accounts = _v
        else:
            trend_filter.filter_test_accounts = UNSET
        if "date_from" in d:
            _v = d["date_from"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("TrendFilter", "date_from", _v, "a string or null")
            trend_filter.date_from = _v
        else:
            trend_filter.date_from = UNSET
        if "date_to" in d:
            _v = d["date_to"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("TrendFilter", "date_to", _v, "a string or null")
            trend_filter.date_to = _v
        else:
            trend_filter.date_to = UNSET
        if len(d) == 0 + ("events" in d) + ("actions" in d) + ("properties" in d) + ("filter_test_accounts" in d) + (
            "date_from" in d
        ) + ("date_to" in d):  # usually there is nothing else
            trend_filter.additional_properties = {}
        else:
            trend_filter.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
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


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.property_filter import PropertyFilter as _model1
    from ..models.property_group import PropertyGroup as _model2
    from ..models.trend_entity import TrendEntity as _model3

    globals().update(
        {
            "PropertyFilter": _model1,
            "PropertyGroup": _model2,
            "TrendEntity": _model3,
        }
    )
    _LOADED = True
