from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hog_ql_variable import HogQLVariable


T = TypeVar("T", bound="HogQLVariables")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(())
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(())


@_attrs_define
class HogQLVariables:
    """SQL variables by variable id."""

    additional_properties: dict[str, HogQLVariable] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        hog_ql_variables = _new(cls)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_name in _FIELDS:
                continue
            additional_property = HogQLVariable.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        hog_ql_variables.additional_properties = additional_properties
        return hog_ql_variables

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> HogQLVariable:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: HogQLVariable) -> None:
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
    from ..models.hog_ql_variable import HogQLVariable as _model1

    globals().update(
        {
            "HogQLVariable": _model1,
        }
    )
    _LOADED = True
