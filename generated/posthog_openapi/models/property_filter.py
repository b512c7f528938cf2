from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.property_filter_type import PropertyFilterType
from ..models.property_operator import PropertyOperator
from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    bad_type,
    enum_member,
)

T = TypeVar("T", bound="PropertyFilter")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "key",
        "value",
        "operator",
        "type",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "key",
        "operator",
        "type_",
    )
)


@_attrs_define
class PropertyFilter:
    """One property filter, e.g.
    `{"key": "$initial_os", "value": ["Linux"], "operator": "exact", "type": "person"}`.
    A cohort filter names the cohort by its id, `{"type": "cohort", "key": "id", "value": 7}`, and
    PostHog fills in `key` when it is left out. `{}` is PostHog's empty filter (a filter row not
    filled in yet, which PostHog's UI saves): it matches everything.

        Attributes:
            key (str | Unset): The property's name (a HogQL expression for `hogql` filters; `id` for cohort filters).
                Every filter but the empty one and a cohort filter needs it.
            value (bool | float | list[bool | float | str] | None | str | Unset): A property value, or a list of them (any
                of); null when the operator takes none.
            operator (PropertyOperator | Unset): How a property filter compares. `exact` is the default; with a list
                `value`, `exact` matches any of the values and `is_not` none of them.
                `is_set` and `is_not_set` take no value. The operators after `not_in`
                (ranges, `is_cleaned_path_exact`, `flag_evaluates_to`, prefix/suffix,
                semantic-version and multi-value matches) appear in insights' filters;
                PostHog's schema lists them all (`PropertyOperator`, posthog/schema).
            type_ (PropertyFilterType | Unset): What the filtered property belongs to. Besides event, person, cohort,
                session, group and feature properties, insights' filters may name a
                data warehouse column (`data_warehouse`), a person's warehouse property
                (`data_warehouse_person_property`), an event column such as
                `distinct_id` (`event_metadata`), a HogQL expression (`hogql`), and the
                other kinds PostHog's `PropertyFilterType` lists.
    """

    key: str | Unset = UNSET
    value: bool | float | list[bool | float | str] | None | str | Unset = UNSET
    operator: PropertyOperator | Unset = UNSET
    type_: PropertyFilterType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value: bool | float | list[bool | float | str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = []
            for componentsschemas_property_value_type_3_item_data in self.value:
                componentsschemas_property_value_type_3_item: bool | float | str
                componentsschemas_property_value_type_3_item = componentsschemas_property_value_type_3_item_data
                value.append(componentsschemas_property_value_type_3_item)

        else:
            value = self.value

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if operator is not UNSET:
            field_dict["operator"] = operator
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        property_filter = _new(cls)
        if "key" in d:
            _v = d["key"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("PropertyFilter", "key", _v, "a string")
            property_filter.key = _v
        else:
            property_filter.key = UNSET
        if "value" in d:
            try:

                def _parse_value(data: object) -> bool | float | list[bool | float | str] | None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        _componentsschemas_property_value_type_3 = data
                        componentsschemas_property_value_type_3 = []
                        for (
                            componentsschemas_property_value_type_3_item_data
                        ) in _componentsschemas_property_value_type_3:
                            try:

                                def _parse_componentsschemas_property_value_type_3_item(
                                    data: object,
                                ) -> bool | float | str:
                                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                                    UNVERIFIED.count += 1
                                    return cast(bool | float | str, data)

                                componentsschemas_property_value_type_3_item = (
                                    _parse_componentsschemas_property_value_type_3_item(
                                        componentsschemas_property_value_type_3_item_data
                                    )
                                )

                            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                                add_path(
                                    exc, len(componentsschemas_property_value_type_3)
                                )  # the index of the item being parsed
                                raise
                            componentsschemas_property_value_type_3.append(componentsschemas_property_value_type_3_item)

                        return componentsschemas_property_value_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(bool | float | list[bool | float | str] | None | str | Unset, data)

                value = _parse_value(d["value"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "value")
                raise
            property_filter.value = value
        else:
            property_filter.value = UNSET
        _operator = d.get("operator", UNSET)
        operator: PropertyOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = enum_member(PropertyOperator, _operator)

        property_filter.operator = operator
        _type_ = d.get("type", UNSET)
        type_: PropertyFilterType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(PropertyFilterType, _type_)

        property_filter.type_ = type_
        if len(d) == 0 + ("key" in d) + ("value" in d) + ("operator" in d) + (
            "type" in d
        ):  # usually there is nothing else
            property_filter.additional_properties = {}
        else:
            property_filter.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return property_filter

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
