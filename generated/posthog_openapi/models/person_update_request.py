from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel, bad_type, no_attribute

if TYPE_CHECKING:
    from ..models.person_properties import PersonProperties


T = TypeVar("T", bound="PersonUpdateRequest")


_FIELDS = frozenset(("properties",))


def _convert_properties(d: dict[str, Any]) -> PersonProperties:
    properties = PersonProperties.from_dict(d["properties"])

    return properties


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "properties": _convert_properties,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_update_request = cls.__new__(cls)
        person_update_request._src = d
        _v = d["properties"]
        if not (type(_v) is dict or isinstance(_v, Mapping)):
            raise bad_type("PersonUpdateRequest", "properties", _v, "an object")
        # Counting the known keys present is cheaper than filtering every key, and usually there is nothing else.
        if len(d) == 1:
            person_update_request.additional_properties = {}
        else:
            person_update_request.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
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

if not TYPE_CHECKING:
    # Imported last, once: models that refer to each other still import (a cycle finds this module's class
    # already defined), and from_dict never pays for an import statement per call.
    from ..models.person_properties import PersonProperties
