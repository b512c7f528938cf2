from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    UNVERIFIED,
    KeepsUnknown,
    Unset,
    add_path,
    bad_type,
    get_state,
    set_state,
    with_unknown,
)

if TYPE_CHECKING:
    from ..models.date_range import DateRange
    from ..models.property_filter import PropertyFilter


T = TypeVar("T", bound="HogQLFilters")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "properties",
        "dateRange",
        "filterTestAccounts",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(("filter_test_accounts",))


@_attrs_define
class HogQLFilters(KeepsUnknown):
    """Filters a HogQL query can apply with the `{filters}` placeholder.

    Attributes:
        properties (list[PropertyFilter] | None | Unset): Property filters, all of which must match.
        date_range (DateRange | None | Unset): The date range.
        filter_test_accounts (bool | None | Unset): Leave out internal and test accounts.
    """

    properties: list[PropertyFilter] | None | Unset = UNSET
    date_range: DateRange | None | Unset = UNSET
    filter_test_accounts: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, list):
            properties = []
            for properties_type_0_item_data in self.properties:
                properties_type_0_item = properties_type_0_item_data.to_dict()
                properties.append(properties_type_0_item)

        else:
            properties = self.properties

        date_range: dict[str, Any] | None | Unset
        if isinstance(self.date_range, Unset):
            date_range = UNSET
        elif isinstance(self.date_range, DateRange):
            date_range = self.date_range.to_dict()
        else:
            date_range = self.date_range

        filter_test_accounts: bool | None | Unset
        if isinstance(self.filter_test_accounts, Unset):
            filter_test_accounts = UNSET
        else:
            filter_test_accounts = self.filter_test_accounts

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if properties is not UNSET:
            field_dict["properties"] = properties
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if filter_test_accounts is not UNSET:
            field_dict["filterTestAccounts"] = filter_test_accounts

        try:
            sent = self._sent
        except AttributeError:  # built by the constructor
            return field_dict
        return field_dict if sent is None else with_unknown(field_dict, sent, _FIELDS)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        hog_ql_filters = _new(cls)
        if "properties" in d:
            try:

                def _parse_properties(data: object) -> list[PropertyFilter] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        _properties_type_0 = data
                        properties_type_0 = []
                        for properties_type_0_item_data in _properties_type_0:
                            try:
                                properties_type_0_item = PropertyFilter.from_dict(properties_type_0_item_data)

                            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                                add_path(exc, len(properties_type_0))  # the index of the item being parsed
                                raise
                            properties_type_0.append(properties_type_0_item)

                        return properties_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(list[PropertyFilter] | None | Unset, data)

                properties = _parse_properties(d["properties"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "properties")
                raise
            hog_ql_filters.properties = properties
        else:
            hog_ql_filters.properties = UNSET
        if "dateRange" in d:
            _v = d["dateRange"]
            if _v is not None:
                try:
                    _v = DateRange.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            hog_ql_filters.date_range = _v
        else:
            hog_ql_filters.date_range = UNSET
        if "filterTestAccounts" in d:
            _v = d["filterTestAccounts"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("HogQLFilters", "filterTestAccounts", _v, "a boolean or null")
            hog_ql_filters.filter_test_accounts = _v
        else:
            hog_ql_filters.filter_test_accounts = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        hog_ql_filters._sent = (
            None if len(d) == 0 + ("properties" in d) + ("dateRange" in d) + ("filterTestAccounts" in d) else d
        )
        return hog_ql_filters

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self, "_sent")

    def __setstate__(self, state: dict[str, Any]) -> None:
        set_state(self, state, "_sent")


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.date_range import DateRange as _model1
    from ..models.property_filter import PropertyFilter as _model2

    globals().update(
        {
            "DateRange": _model1,
            "PropertyFilter": _model2,
        }
    )
    _LOADED = True
