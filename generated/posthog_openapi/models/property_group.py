from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.property_group_operator import PropertyGroupOperator
from ..types import (
    add_path,
    enum_member,
)

if TYPE_CHECKING:
    from ..models.property_filter import PropertyFilter


T = TypeVar("T", bound="PropertyGroup")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "type",
        "values",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(("type_",))


@_attrs_define
class PropertyGroup:
    """Property filters combined with AND or OR; a value may itself be a group.
    PostHog's UI saves a query's `properties` as a group of groups:
    `{"type": "AND", "values": [{"type": "OR", "values": [{"key": "$browser", ...}]}]}`.

        Attributes:
            type_ (PropertyGroupOperator): How the filters of a group combine.
            values (list[PropertyFilter | PropertyGroup]):
    """

    type_: PropertyGroupOperator
    values: list[PropertyFilter | PropertyGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        type_ = self.type_.value

        values = []
        for values_item_data in self.values:
            values_item: dict[str, Any]
            if isinstance(values_item_data, PropertyGroup):
                values_item = values_item_data.to_dict()
            else:
                values_item = values_item_data.to_dict()

            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        property_group = _new(cls)
        type_ = enum_member(PropertyGroupOperator, d["type"])

        property_group.type_ = type_
        try:
            _values = d["values"]
            values = []
            for values_item_data in _values:
                try:

                    def _parse_values_item(data: object) -> PropertyFilter | PropertyGroup:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            values_item_type_0 = PropertyGroup.from_dict(data)

                            return values_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        values_item_type_1 = PropertyFilter.from_dict(data)

                        return values_item_type_1

                    values_item = _parse_values_item(values_item_data)

                except (TypeError, ValueError, KeyError, AttributeError) as exc:
                    add_path(exc, len(values))  # the index of the item being parsed
                    raise
                values.append(values_item)

        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            add_path(exc, "values")
            raise
        property_group.values = values
        if len(d) == 2:  # usually there is nothing else
            property_group.additional_properties = {}
        else:
            property_group.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return property_group

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

    globals().update(
        {
            "PropertyFilter": _model1,
        }
    )
    _LOADED = True
