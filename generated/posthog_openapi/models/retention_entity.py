from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type import EntityType
from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    bad_type,
    enum_member,
    failing_item,
)

if TYPE_CHECKING:
    from ..models.property_filter import PropertyFilter


T = TypeVar("T", bound="RetentionEntity")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "type",
        "kind",
        "name",
        "custom_name",
        "order",
        "properties",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "kind",
        "name",
        "custom_name",
        "order",
    )
)


@_attrs_define
class RetentionEntity:
    """The event or action that starts or continues retention.

    Attributes:
        id (int | None | str | Unset): The event name, or the action's id.
        type_ (EntityType | None | Unset): Whether `id` names an event or an action.
        kind (None | str | Unset):
        name (None | str | Unset):
        custom_name (None | str | Unset):
        order (int | None | Unset):
        properties (list[PropertyFilter] | Unset): Property filters for this entity only.
    """

    id: int | None | str | Unset = UNSET
    type_: EntityType | None | Unset = UNSET
    kind: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    custom_name: None | str | Unset = UNSET
    order: int | None | Unset = UNSET
    properties: list[PropertyFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, EntityType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

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

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if custom_name is not UNSET:
            field_dict["custom_name"] = custom_name
        if order is not UNSET:
            field_dict["order"] = order
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
        retention_entity = _new(cls)
        if "id" in d:
            _v = d["id"]
            if not (
                type(_v) is str
                or isinstance(_v, str)
                or type(_v) is int
                or (isinstance(_v, int) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("RetentionEntity", "id", _v, "a string or an integer or null")
            retention_entity.id = _v
        else:
            retention_entity.id = UNSET
        if "type" in d:
            try:

                def _parse_type_(data: object) -> EntityType | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        type_type_0 = enum_member(EntityType, data)

                        return type_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(EntityType | None | Unset, data)

                type_ = _parse_type_(d["type"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "type")
                raise
            retention_entity.type_ = type_
        else:
            retention_entity.type_ = UNSET
        if "kind" in d:
            _v = d["kind"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("RetentionEntity", "kind", _v, "a string or null")
            retention_entity.kind = _v
        else:
            retention_entity.kind = UNSET
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("RetentionEntity", "name", _v, "a string or null")
            retention_entity.name = _v
        else:
            retention_entity.name = UNSET
        if "custom_name" in d:
            _v = d["custom_name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("RetentionEntity", "custom_name", _v, "a string or null")
            retention_entity.custom_name = _v
        else:
            retention_entity.custom_name = UNSET
        if "order" in d:
            _v = d["order"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("RetentionEntity", "order", _v, "an integer or null")
            retention_entity.order = _v
        else:
            retention_entity.order = UNSET
        _v = d.get("properties", UNSET)
        if isinstance(_v, list):
            _parse = PropertyFilter.from_dict  # bound once, not per item
            try:
                retention_entity.properties = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "properties", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            retention_entity.properties = _v
        else:
            raise bad_type("RetentionEntity", "properties", _v, "an array")
        if len(d) == 0 + ("id" in d) + ("type" in d) + ("kind" in d) + ("name" in d) + ("custom_name" in d) + (
            "order" in d
        ) + ("properties" in d):  # usually there is nothing else
            retention_entity.additional_properties = {}
        else:
            retention_entity.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return retention_entity

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
