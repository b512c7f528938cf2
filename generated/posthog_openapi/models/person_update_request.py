from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyModel,
    bad_type,
    in_sent_order,
    no_attribute,
)

if TYPE_CHECKING:
    from ..models.person_properties import PersonProperties


T = TypeVar("T", bound="PersonUpdateRequest")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(("properties",))
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(("properties",))


def _convert_properties(d: dict[str, Any]) -> PersonProperties:
    if not _LOADED:
        _load()
    properties = PersonProperties.from_dict(d["properties"])

    return properties


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "properties": _convert_properties,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class PersonUpdateRequest(LazyModel):
    """Properties to set on a person (a `$set`); the others are kept.

    Attributes:
        properties (PersonProperties): A person's properties by key, e.g. `email`, `$initial_os`, `plan`.
    """

    properties: PersonProperties
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        try:
            _properties = _slot_properties(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            properties = dict(self._src["properties"])
        else:
            properties = _properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
            }
        )

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        person_update_request = _new(cls)
        person_update_request._src = d
        _v = d["properties"]
        if not (type(_v) is dict or isinstance(_v, Mapping)):
            raise bad_type("PersonUpdateRequest", "properties", _v, "an object")
        # additional_properties: found in the source on first read
        return person_update_request

    if not TYPE_CHECKING:  # type checkers see only the declared fields

        def __getattr__(self, name: str) -> Any:
            convert = _LAZY.get(name)
            if convert is None:
                raise no_attribute(self, name)
            value = convert(self._src)
            setattr(self, name, value)
            return value

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


# The slots' own getters: they raise AttributeError for a field not converted yet (to_dict then sends the JSON as is).
_slot_properties = PersonUpdateRequest.__dict__["properties"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.person_properties import PersonProperties as _model1

    globals().update(
        {
            "PersonProperties": _model1,
        }
    )
    _LOADED = True
