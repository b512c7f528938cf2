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
    from ..models.breakdown_filter import BreakdownFilter
    from ..models.property_filter import PropertyFilter


T = TypeVar("T", bound="DashboardFilter")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "date_from",
        "date_to",
        "explicitDate",
        "properties",
        "breakdown_filter",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "date_from",
        "date_to",
        "explicit_date",
    )
)


@_attrs_define
class DashboardFilter(KeepsUnknown):
    """Filters applied on top of the query, as a dashboard applies them.

    Attributes:
        date_from (None | str | Unset): Overrides the query's start date.
        date_to (None | str | Unset): Overrides the query's end date.
        explicit_date (bool | None | Unset):
        properties (list[PropertyFilter] | None | Unset): Property filters added to the query's.
        breakdown_filter (BreakdownFilter | None | Unset): Overrides the query's breakdown.
    """

    date_from: None | str | Unset = UNSET
    date_to: None | str | Unset = UNSET
    explicit_date: bool | None | Unset = UNSET
    properties: list[PropertyFilter] | None | Unset = UNSET
    breakdown_filter: BreakdownFilter | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        date_from: None | str | Unset
        if isinstance(self.date_from, Unset):
            date_from = UNSET
        else:
            date_from = self.date_from

        date_to: None | str | Unset
        if isinstance(self.date_to, Unset):
            date_to = UNSET
        else:
            date_to = self.date_to

        explicit_date: bool | None | Unset
        if isinstance(self.explicit_date, Unset):
            explicit_date = UNSET
        else:
            explicit_date = self.explicit_date

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

        breakdown_filter: dict[str, Any] | None | Unset
        if isinstance(self.breakdown_filter, Unset):
            breakdown_filter = UNSET
        elif isinstance(self.breakdown_filter, BreakdownFilter):
            breakdown_filter = self.breakdown_filter.to_dict()
        else:
            breakdown_filter = self.breakdown_filter

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if explicit_date is not UNSET:
            field_dict["explicitDate"] = explicit_date
        if properties is not UNSET:
            field_dict["properties"] = properties
        if breakdown_filter is not UNSET:
            field_dict["breakdown_filter"] = breakdown_filter

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
        dashboard_filter = _new(cls)
        if "date_from" in d:
            _v = d["date_from"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("DashboardFilter", "date_from", _v, "a string or null")
            dashboard_filter.date_from = _v
        else:
            dashboard_filter.date_from = UNSET
        if "date_to" in d:
            _v = d["date_to"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("DashboardFilter", "date_to", _v, "a string or null")
            dashboard_filter.date_to = _v
        else:
            dashboard_filter.date_to = UNSET
        if "explicitDate" in d:
            _v = d["explicitDate"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("DashboardFilter", "explicitDate", _v, "a boolean or null")
            dashboard_filter.explicit_date = _v
        else:
            dashboard_filter.explicit_date = UNSET
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
            dashboard_filter.properties = properties
        else:
            dashboard_filter.properties = UNSET
        if "breakdown_filter" in d:
            _v = d["breakdown_filter"]
            if _v is not None:
                try:
                    _v = BreakdownFilter.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            dashboard_filter.breakdown_filter = _v
        else:
            dashboard_filter.breakdown_filter = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        dashboard_filter._sent = (
            None
            if len(d)
            == 0
            + ("date_from" in d)
            + ("date_to" in d)
            + ("explicitDate" in d)
            + ("properties" in d)
            + ("breakdown_filter" in d)
            else d
        )
        return dashboard_filter

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self, "_sent")

    def __setstate__(self, state: dict[str, Any]) -> None:
        set_state(self, state, "_sent")


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.breakdown_filter import BreakdownFilter as _model1
    from ..models.property_filter import PropertyFilter as _model2

    globals().update(
        {
            "BreakdownFilter": _model1,
            "PropertyFilter": _model2,
        }
    )
    _LOADED = True
