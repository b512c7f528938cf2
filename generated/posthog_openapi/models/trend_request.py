from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.breakdown_type import BreakdownType
from ..models.interval_type import IntervalType
from ..models.trend_display import TrendDisplay
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
    from ..models.property_group import PropertyGroup
    from ..models.trend_entity import TrendEntity


T = TypeVar("T", bound="TrendRequest")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "events",
        "actions",
        "properties",
        "filter_test_accounts",
        "date_from",
        "date_to",
        "breakdown",
        "breakdown_type",
        "interval",
        "compare",
        "compare_to",
        "display",
        "formula",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "filter_test_accounts",
        "date_from",
        "date_to",
        "breakdown",
        "breakdown_type",
        "interval",
        "compare",
        "compare_to",
        "display",
        "formula",
    )
)


@_attrs_define
class TrendRequest:
    """A trend calculation. One of `events` or `actions` is required.

    Attributes:
        events (list[TrendEntity] | Unset): Events to filter on. One of events or actions is required.
        actions (list[TrendEntity] | Unset): Actions to filter on. One of events or actions is required.
        properties (list[PropertyFilter] | PropertyGroup | Unset): Filter events by event property, person property,
            cohort, groups and more.
        filter_test_accounts (bool | Unset): Whether to filter out internal and test accounts. See "project
            settings" in your PostHog account for the filters.
        date_from (str | Unset): What date to filter the results from (the server defaults to
            `-7d`). Can either be a date `2021-01-01`, or a relative date,
            like `-7d` for last seven days, `-1m` for last month, `mStart` for
            start of the month or `yStart` for the start of the year.
        date_to (str | Unset): What date to filter the results to (the server defaults to now).
            Can either be a date `2021-01-01`, or a relative date, like `-7d`
            for last seven days, `-1m` for last month, `mStart` for start of
            the month or `yStart` for the start of the year.
        breakdown (str | Unset): A property or cohort to break down on. You can select the type of
            the property with breakdown_type.
            * `event` (default): a property key
            * `person`: a person property key
            * `cohort`: an array of cohort IDs (ie `[9581,5812]`)
        breakdown_type (BreakdownType | Unset): Type of property to break down on.
            * `event` - event (the default)
            * `person` - person
            * `cohort` - cohort
            * `group` - group
            * `session` - session
            * `hogql` - hogql
            * `event_metadata` - an event column (`distinct_id`, `person_id`, …)
            * `data_warehouse` - a data warehouse column
            * `data_warehouse_person_property` - a person's data warehouse property
            * `revenue_analytics` - a revenue analytics property
        interval (IntervalType | Unset): The time bucket of a time series.
            * `second` - per second (very short ranges only)
            * `minute` - per minute (short ranges only)
            * `hour` - per hour
            * `day` - per day (the default)
            * `week` - per week (weeks start on the project's week start day)
            * `month` - per calendar month
        compare (bool | Unset): Also calculate the previous period of the same length: each series then comes twice,
            with
            `compare_label` `current` and `previous`.
        compare_to (str | Unset): What to compare to.
        display (TrendDisplay | Unset): How to display the data. Will change how the data is returned.
            `ActionsLineGraph` is the default.
        formula (str | Unset): Combine the result of events or actions into a single number. For
            example `A + B` or `(A-B)/B`. The letters correspond to the order
            of the `events` or `actions` lists.
    """

    events: list[TrendEntity] | Unset = UNSET
    actions: list[TrendEntity] | Unset = UNSET
    properties: list[PropertyFilter] | PropertyGroup | Unset = UNSET
    filter_test_accounts: bool | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    breakdown: str | Unset = UNSET
    breakdown_type: BreakdownType | Unset = UNSET
    interval: IntervalType | Unset = UNSET
    compare: bool | Unset = UNSET
    compare_to: str | Unset = UNSET
    display: TrendDisplay | Unset = UNSET
    formula: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        properties: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, PropertyGroup):
            properties = self.properties.to_dict()
        else:
            properties = []
            for componentsschemas_property_filter_list_item_data in self.properties:
                componentsschemas_property_filter_list_item = componentsschemas_property_filter_list_item_data.to_dict()
                properties.append(componentsschemas_property_filter_list_item)

        filter_test_accounts = self.filter_test_accounts

        date_from = self.date_from

        date_to = self.date_to

        breakdown = self.breakdown

        breakdown_type: str | Unset = UNSET
        if not isinstance(self.breakdown_type, Unset):
            breakdown_type = self.breakdown_type.value

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        compare = self.compare

        compare_to = self.compare_to

        display: str | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display.value

        formula = self.formula

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if actions is not UNSET:
            field_dict["actions"] = actions
        if properties is not UNSET:
            field_dict["properties"] = properties
        if filter_test_accounts is not UNSET:
            field_dict["filter_test_accounts"] = filter_test_accounts
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown
        if breakdown_type is not UNSET:
            field_dict["breakdown_type"] = breakdown_type
        if interval is not UNSET:
            field_dict["interval"] = interval
        if compare is not UNSET:
            field_dict["compare"] = compare
        if compare_to is not UNSET:
            field_dict["compare_to"] = compare_to
        if display is not UNSET:
            field_dict["display"] = display
        if formula is not UNSET:
            field_dict["formula"] = formula

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        trend_request = _new(cls)
        _v = d.get("events", UNSET)
        if isinstance(_v, list):
            _parse = TrendEntity.from_dict  # bound once, not per item
            try:
                trend_request.events = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "events", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            trend_request.events = _v
        else:
            raise bad_type("TrendRequest", "events", _v, "an array")
        _v = d.get("actions", UNSET)
        if isinstance(_v, list):
            _parse = TrendEntity.from_dict  # bound once, not per item
            try:
                trend_request.actions = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "actions", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            trend_request.actions = _v
        else:
            raise bad_type("TrendRequest", "actions", _v, "an array")
        if "properties" in d:
            try:

                def _parse_properties(data: object) -> list[PropertyFilter] | PropertyGroup | Unset:
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        properties_type_0 = PropertyGroup.from_dict(data)

                        return properties_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, list):
                        raise TypeError()
                    _properties_type_1 = data
                    properties_type_1 = []
                    for componentsschemas_property_filter_list_item_data in _properties_type_1:
                        try:
                            componentsschemas_property_filter_list_item = PropertyFilter.from_dict(
                                componentsschemas_property_filter_list_item_data
                            )

                        except (TypeError, ValueError, KeyError, AttributeError) as exc:
                            add_path(exc, len(properties_type_1))  # the index of the item being parsed
                            raise
                        properties_type_1.append(componentsschemas_property_filter_list_item)

                    return properties_type_1

                properties = _parse_properties(d["properties"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "properties")
                raise
            trend_request.properties = properties
        else:
            trend_request.properties = UNSET
        if "filter_test_accounts" in d:
            _v = d["filter_test_accounts"]
            if not (_v is True or _v is False):
                raise bad_type("TrendRequest", "filter_test_accounts", _v, "a boolean")
            trend_request.filter_test_accounts = _v
        else:
            trend_request.filter_test_accounts = UNSET
        if "date_from" in d:
            _v = d["date_from"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("TrendRequest", "date_from", _v, "a string")
            trend_request.date_from = _v
        else:
            trend_request.date_from = UNSET
        if "date_to" in d:
            _v = d["date_to"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("TrendRequest", "date_to", _v, "a string")
            trend_request.date_to = _v
        else:
            trend_request.date_to = UNSET
        if "breakdown" in d:
            _v = d["breakdown"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("TrendRequest", "breakdown", _v, "a string")
            trend_request.breakdown = _v
        else:
            trend_request.breakdown = UNSET
        _breakdown_type = d.get("breakdown_type", UNSET)
        breakdown_type: BreakdownType | Unset
        if isinstance(_breakdown_type, Unset):
            breakdown_type = UNSET
        else:
            breakdown_type = enum_member(BreakdownType, _breakdown_type)

        trend_request.breakdown_type = breakdown_type
        _interval = d.get("interval", UNSET)
        interval: IntervalType | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = enum_member(IntervalType, _interval)

        trend_request.interval = interval
        if "compare" in d:
            _v = d["compare"]
            if not (_v is True or _v is False):
                raise bad_type("TrendRequest", "compare", _v, "a boolean")
            trend_request.compare = _v
        else:
            trend_request.compare = UNSET
        if "compare_to" in d:
            _v = d["compare_to"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("TrendRequest", "compare_to", _v, "a string")
            trend_request.compare_to = _v
        else:
            trend_request.compare_to = UNSET
        _display = d.get("display", UNSET)
        display: TrendDisplay | Unset
        if isinstance(_display, Unset):
            display = UNSET
        else:
            display = enum_member(TrendDisplay, _display)

        trend_request.display = display
        if "formula" in d:
            _v = d["formula"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("TrendRequest", "formula", _v, "a string")
            trend_request.formula = _v
        else:
            trend_request.formula = UNSET
        if _FIELDS.issuperset(d):  # usually there is nothing else
            trend_request.additional_properties = {}
        else:
            trend_request.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return trend_request

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
    from ..models.property_group import PropertyGroup as _model2
    from ..models.trend_entity import TrendEntity as _model3

    globals().update(
        {
            "PropertyFilter": _model1,
            "PropertyGroup": _model2,
            "TrendEntity": _model3,
        }
    )
    _LOADED = True
