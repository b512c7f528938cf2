from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type import EntityType
from ..models.math_type import MathType
from ..types import (
    UNSET,
    Unset,
    add_path,
    bad_type,
    enum_member,
    failing_item,
)

if TYPE_CHECKING:
    from ..models.property_group import PropertyGroup


T = TypeVar("T", bound="TrendEntity")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "name",
        "type",
        "math",
        "math_property",
        "properties",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "name",
        "type_",
        "math",
        "math_property",
    )
)


@_attrs_define
class TrendEntity:
    """An event or action to count in a trend, e.g. `{"id": "$pageview"}`.

    Attributes:
        id (int | str): The event name, or the action's id.
        name (str | Unset):
        type_ (EntityType | Unset): Whether an entity's `id` names an event, an action or a data warehouse table
            (`new_entity` is a placeholder PostHog's UI saves for a step not yet chosen).
        math (MathType | Unset): How a series aggregates (default `total`, the event count).
            * `total` - events; `dau` - unique users per interval; `weekly_active` / `monthly_active` -
              users active in the 7 / 30 days up to each interval; `unique_session` - sessions;
              `unique_group` - groups (with `math_group_type_index`); `first_time_for_user` and
              `first_matching_event_for_user` - users doing it for the first time
              (`first_time_for_user_with_filters`: the first time with the series' filters, funnels);
              `first_time_for_group` / `first_matching_event_for_group` - the same per group
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
        if not _LOADED:
            _load()
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
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        trend_entity = _new(cls)
        _v = d["id"]
        if not (
            type(_v) is str or isinstance(_v, str) or type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)
        ):
            raise bad_type("TrendEntity", "id", _v, "a string or an integer")
        trend_entity.id = _v
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("TrendEntity", "name", _v, "a string")
            trend_entity.name = _v
        else:
            trend_entity.name = UNSET
        _type_ = d.get("type", UNSET)
        type_: EntityType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(EntityType, _type_)

        trend_entity.type_ = type_
        _math = d.get("math", UNSET)
        math: MathType | Unset
        if isinstance(_math, Unset):
            math = UNSET
        else:
            math = enum_member(MathType, _math)

        trend_entity.math = math
        if "math_property" in d:
            _v = d["math_property"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("TrendEntity", "math_property", _v, "a string")
            trend_entity.math_property = _v
        else:
            trend_entity.math_property = UNSET
        _v = d.get("properties", UNSET)
        if isinstance(_v, list):
            _parse = PropertyGroup.from_dict  # bound once, not per item
            try:
                trend_entity.properties = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "properties", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            trend_entity.properties = _v
        else:
            raise bad_type("TrendEntity", "properties", _v, "an array")
        if len(d) == 1 + ("name" in d) + ("type" in d) + ("math" in d) + ("math_property" in d) + (
            "properties" in d
        ):  # usually there is nothing else
            trend_entity.additional_properties = {}
        else:
            trend_entity.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
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


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.property_group import PropertyGroup as _model1

    globals().update(
        {
            "PropertyGroup": _model1,
        }
    )
    _LOADED = True
