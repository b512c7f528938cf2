from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    KeepsUnknown,
    Unset,
    bad_type,
    get_state,
    set_state,
    with_unknown,
)

T = TypeVar("T", bound="RevenueCurrencyPropertyConfig")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "property",
        "static",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "property_",
        "static",
    )
)


@_attrs_define
class RevenueCurrencyPropertyConfig(KeepsUnknown):
    """The currency of a revenue amount: a fixed ISO 4217 code (`static`), or the property that holds one.

    Attributes:
        property_ (None | str | Unset): The property holding each amount's currency code.
        static (None | str | Unset): One currency code for every amount, e.g. `USD`.
    """

    property_: None | str | Unset = UNSET
    static: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        property_: None | str | Unset
        if isinstance(self.property_, Unset):
            property_ = UNSET
        else:
            property_ = self.property_

        static: None | str | Unset
        if isinstance(self.static, Unset):
            static = UNSET
        else:
            static = self.static

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if property_ is not UNSET:
            field_dict["property"] = property_
        if static is not UNSET:
            field_dict["static"] = static

        try:
            sent = self._sent
        except AttributeError:  # built by the constructor
            return field_dict
        return field_dict if sent is None else with_unknown(field_dict, sent, _FIELDS)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        revenue_currency_property_config = _new(cls)
        if "property" in d:
            _v = d["property"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("RevenueCurrencyPropertyConfig", "property", _v, "a string or null")
            revenue_currency_property_config.property_ = _v
        else:
            revenue_currency_property_config.property_ = UNSET
        if "static" in d:
            _v = d["static"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("RevenueCurrencyPropertyConfig", "static", _v, "a string or null")
            revenue_currency_property_config.static = _v
        else:
            revenue_currency_property_config.static = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        revenue_currency_property_config._sent = None if len(d) == 0 + ("property" in d) + ("static" in d) else d
        return revenue_currency_property_config

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self, "_sent")

    def __setstate__(self, state: dict[str, Any]) -> None:
        set_state(self, state, "_sent")
