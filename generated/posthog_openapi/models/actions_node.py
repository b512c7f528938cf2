from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

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
    from ..models.property_filter import PropertyFilter


T = TypeVar("T", bound="ActionsNode")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "kind",
        "id",
        "name",
        "custom_name",
        "math",
        "math_property",
        "math_hogql",
        "math_group_type_index",
        "properties",
        "fixedProperties",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "kind",
        "id",
        "name",
        "custom_name",
        "math_property",
        "math_hogql",
        "math_group_type_index",
    )
)


@_attrs_define
class ActionsNode:
    """One action series: events matching a saved action.

    Attributes:
        kind (Literal['ActionsNode']): Always `ActionsNode`. Default: 'ActionsNode'.
        id (int): The action's id.
        name (None | str | Unset):
        custom_name (None | str | Unset):
        math (MathType | None | Unset): How the series aggregates (`total`, the event count, when absent; `dau` unique
            users per interval; …).
        math_property (None | str | Unset): The property `sum`/`avg`/`min`/`max`/percentile math aggregates.
        math_hogql (None | str | Unset): The expression `hogql` math aggregates.
        math_group_type_index (int | None | Unset): The group type `unique_group` math counts.
        properties (list[PropertyFilter] | Unset): Property filters for this series only.
        fixed_properties (list[PropertyFilter] | Unset): Property filters that cannot be edited in PostHog's UI.
    """

    id: int
    kind: Literal["ActionsNode"] = "ActionsNode"
    name: None | str | Unset = UNSET
    custom_name: None | str | Unset = UNSET
    math: MathType | None | Unset = UNSET
    math_property: None | str | Unset = UNSET
    math_hogql: None | str | Unset = UNSET
    math_group_type_index: int | None | Unset = UNSET
    properties: list[PropertyFilter] | Unset = UNSET
    fixed_properties: list[PropertyFilter] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        kind = self.kind

        id = self.id

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "id": id,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        actions_node = _new(cls)
        _v = d["kind"]
        if _v != "ActionsNode":
            raise ValueError(f"kind must match const 'ActionsNode', got '{_v}'")
        actions_node.kind = _v
        _v = d["id"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
            raise bad_type("ActionsNode", "id", _v, "an integer")
        actions_node.id = _v
        _v = d.get("name", UNSET)
        if not (type(_v) is str or isinstance(_v, str) or _v is None or _v is UNSET):
            raise bad_type("ActionsNode", "name", _v, "a string or null")
        actions_node.name = _v
        _v = d.get("custom_name", UNSET)
        if not (type(_v) is str or isinstance(_v, str) or _v is None or _v is UNSET):
            raise bad_type("ActionsNode", "custom_name", _v, "a string or null")
        actions_node.custom_name = _v
        try:

            def _parse_math(data: object) -> MathType | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    math_type_0 = enum_member(MathType, data)

                    return math_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MathType | None | Unset, data)

            math = _parse_math(d.get("math", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            add_path(exc, "math")
            raise
        actions_node.math = math
        _v = d.get("math_property", UNSET)
        if not (type(_v) is str or isinstance(_v, str) or _v is None or _v is UNSET):
            raise bad_type("ActionsNode", "math_property", _v, "a string or null")
        actions_node.math_property = _v
        _v = d.get("math_hogql", UNSET)
        if not (type(_v) is str or isinstance(_v, str) or _v is None or _v is UNSET):
            raise bad_type("ActionsNode", "math_hogql", _v, "a string or null")
        actions_node.math_hogql = _v
        _v = d.get("math_group_type_index", UNSET)
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None or _v is UNSET):
            raise bad_type("ActionsNode", "math_group_type_index", _v, "an integer or null")
        actions_node.math_group_type_index = _v
        _v = d.get("properties", UNSET)
        if isinstance(_v, list):
            _parse = PropertyFilter.from_dict  # bound once, not per item
            try:
                actions_node.properties = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "properties", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            actions_node.properties = _v
        else:
            raise bad_type("ActionsNode", "properties", _v, "an array")
        _v = d.get("fixedProperties", UNSET)
        if isinstance(_v, list):
            _parse = PropertyFilter.from_dict  # bound once, not per item
            try:
                actions_node.fixed_properties = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "fixedProperties", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            actions_node.fixed_properties = _v
        else:
            raise bad_type("ActionsNode", "fixedProperties", _v, "an array")
        return actions_node


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
