from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interval_type import IntervalType
from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    bad_type,
    enum_member,
    unknown_kind,
)

if TYPE_CHECKING:
    from ..models.actions_node import ActionsNode
    from ..models.data_warehouse_node import DataWarehouseNode
    from ..models.date_range import DateRange
    from ..models.events_node import EventsNode
    from ..models.free_form_object import FreeFormObject
    from ..models.hog_ql_query_modifiers import HogQLQueryModifiers
    from ..models.property_filter import PropertyFilter
    from ..models.property_group import PropertyGroup
    from ..models.query_tags import QueryTags
    from ..models.stickiness_filter import StickinessFilter


T = TypeVar("T", bound="StickinessQuery")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "kind",
        "series",
        "interval",
        "dateRange",
        "properties",
        "filterTestAccounts",
        "samplingFactor",
        "aggregation_group_type_index",
        "stickinessFilter",
        "dataColorTheme",
        "modifiers",
        "response",
        "intervalCount",
        "version",
        "tags",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "kind",
        "filter_test_accounts",
        "sampling_factor",
        "aggregation_group_type_index",
        "data_color_theme",
        "interval_count",
        "version",
    )
)
#: The constant ``kind`` a union tells this model apart by (from_dict's dispatch; posthog_rest's type check too).
_KIND = "StickinessQuery"


@_attrs_define
class StickinessQuery:
    """Stickiness: how many intervals of the range users did an event in. Loosely typed here (free-form).

    Attributes:
        kind (Literal['StickinessQuery']): Always `StickinessQuery`. Default: 'StickinessQuery'.
        series (list[ActionsNode | DataWarehouseNode | EventsNode]): The series to calculate, each an `EventsNode`,
            `ActionsNode` or `DataWarehouseNode`.
        interval (IntervalType | None | Unset):
        date_range (DateRange | None | Unset): The date range (PostHog's default is the last 7 days).
        properties (list[PropertyFilter] | PropertyGroup | Unset): Property filters: a list (all must match) or a group
            combined with AND/OR.
        filter_test_accounts (bool | None | Unset): Leave out internal and test accounts.
        sampling_factor (float | None | Unset): Sample this fraction of the data (0–1).
        aggregation_group_type_index (int | None | Unset): Count groups of this type instead of persons.
        stickiness_filter (None | StickinessFilter | Unset):
        data_color_theme (float | None | Unset): The id of the colour theme PostHog's UI draws the insight with.
        modifiers (HogQLQueryModifiers | None | Unset): Switches for how PostHog builds the SQL (as on a `HogQLQuery`).
        response (FreeFormObject | None | Unset): A response PostHog's UI cached on the node (any JSON object).
        interval_count (int | None | Unset): How many intervals make one period (PostHog's default is 1).
        version (float | None | Unset): The schema version PostHog stored the node with (set by PostHog; leave it out).
        tags (None | QueryTags | Unset): Tags PostHog attaches to the query for its own accounting.
    """

    series: list[ActionsNode | DataWarehouseNode | EventsNode]
    kind: Literal["StickinessQuery"] = "StickinessQuery"
    interval: IntervalType | None | Unset = UNSET
    date_range: DateRange | None | Unset = UNSET
    properties: list[PropertyFilter] | PropertyGroup | Unset = UNSET
    filter_test_accounts: bool | None | Unset = UNSET
    sampling_factor: float | None | Unset = UNSET
    aggregation_group_type_index: int | None | Unset = UNSET
    stickiness_filter: None | StickinessFilter | Unset = UNSET
    data_color_theme: float | None | Unset = UNSET
    modifiers: HogQLQueryModifiers | None | Unset = UNSET
    response: FreeFormObject | None | Unset = UNSET
    interval_count: int | None | Unset = UNSET
    version: float | None | Unset = UNSET
    tags: None | QueryTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        kind = self.kind

        series = []
        for series_item_data in self.series:
            series_item: dict[str, Any]
            if isinstance(series_item_data, EventsNode):
                series_item = series_item_data.to_dict()
            elif isinstance(series_item_data, ActionsNode):
                series_item = series_item_data.to_dict()
            else:
                series_item = series_item_data.to_dict()

            series.append(series_item)

        interval: None | str | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        elif isinstance(self.interval, IntervalType):
            interval = self.interval.value
        else:
            interval = self.interval

        date_range: dict[str, Any] | None | Unset
        if isinstance(self.date_range, Unset):
            date_range = UNSET
        elif isinstance(self.date_range, DateRange):
            date_range = self.date_range.to_dict()
        else:
            date_range = self.date_range

        properties: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, list):
            properties = []
            for properties_type_0_item_data in self.properties:
                properties_type_0_item = properties_type_0_item_data.to_dict()
                properties.append(properties_type_0_item)

        else:
            properties = self.properties.to_dict()

        filter_test_accounts: bool | None | Unset
        if isinstance(self.filter_test_accounts, Unset):
            filter_test_accounts = UNSET
        else:
            filter_test_accounts = self.filter_test_accounts

        sampling_factor: float | None | Unset
        if isinstance(self.sampling_factor, Unset):
            sampling_factor = UNSET
        else:
            sampling_factor = self.sampling_factor

        aggregation_group_type_index: int | None | Unset
        if isinstance(self.aggregation_group_type_index, Unset):
            aggregation_group_type_index = UNSET
        else:
            aggregation_group_type_index = self.aggregation_group_type_index

        stickiness_filter: dict[str, Any] | None | Unset
        if isinstance(self.stickiness_filter, Unset):
            stickiness_filter = UNSET
        elif isinstance(self.stickiness_filter, StickinessFilter):
            stickiness_filter = self.stickiness_filter.to_dict()
        else:
            stickiness_filter = self.stickiness_filter

        data_color_theme: float | None | Unset
        if isinstance(self.data_color_theme, Unset):
            data_color_theme = UNSET
        else:
            data_color_theme = self.data_color_theme

        modifiers: dict[str, Any] | None | Unset
        if isinstance(self.modifiers, Unset):
            modifiers = UNSET
        elif isinstance(self.modifiers, HogQLQueryModifiers):
            modifiers = self.modifiers.to_dict()
        else:
            modifiers = self.modifiers

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, FreeFormObject):
            response = self.response.to_dict()
        else:
            response = self.response

        interval_count: int | None | Unset
        if isinstance(self.interval_count, Unset):
            interval_count = UNSET
        else:
            interval_count = self.interval_count

        version: float | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, QueryTags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "series": series,
            }
        )
        if interval is not UNSET:
            field_dict["interval"] = interval
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if properties is not UNSET:
            field_dict["properties"] = properties
        if filter_test_accounts is not UNSET:
            field_dict["filterTestAccounts"] = filter_test_accounts
        if sampling_factor is not UNSET:
            field_dict["samplingFactor"] = sampling_factor
        if aggregation_group_type_index is not UNSET:
            field_dict["aggregation_group_type_index"] = aggregation_group_type_index
        if stickiness_filter is not UNSET:
            field_dict["stickinessFilter"] = stickiness_filter
        if data_color_theme is not UNSET:
            field_dict["dataColorTheme"] = data_color_theme
        if modifiers is not UNSET:
            field_dict["modifiers"] = modifiers
        if response is not UNSET:
            field_dict["response"] = response
        if interval_count is not UNSET:
            field_dict["intervalCount"] = interval_count
        if version is not UNSET:
            field_dict["version"] = version
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        stickiness_query = _new(cls)
        _v = d["kind"]
        if _v != "StickinessQuery":
            raise ValueError(f"kind must match const 'StickinessQuery', got '{_v}'")
        stickiness_query.kind = _v
        try:
            _series = d["series"]
            series = []
            for series_item_data in _series:
                try:
                    series_item = series_item_data
                    _kind = series_item.get("kind") if isinstance(series_item, dict) else None
                    _member = (
                        EventsNode
                        if _kind == "EventsNode"
                        else ActionsNode
                        if _kind == "ActionsNode"
                        else DataWarehouseNode
                        if _kind == "DataWarehouseNode"
                        else None
                    )
                    if _member is not None:
                        series_item = _member.from_dict(series_item)
                    else:
                        raise unknown_kind(
                            series_item,
                            (
                                "EventsNode",
                                "ActionsNode",
                                "DataWarehouseNode",
                            ),
                        )

                except (TypeError, ValueError, KeyError, AttributeError) as exc:
                    add_path(exc, len(series))  # the index of the item being parsed
                    raise
                series.append(series_item)

        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            add_path(exc, "series")
            raise
        stickiness_query.series = series
        if "interval" in d:
            try:

                def _parse_interval(data: object) -> IntervalType | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        interval_type_0 = enum_member(IntervalType, data)

                        return interval_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(IntervalType | None | Unset, data)

                interval = _parse_interval(d["interval"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "interval")
                raise
            stickiness_query.interval = interval
        else:
            stickiness_query.interval = UNSET
        if "dateRange" in d:
            _v = d["dateRange"]
            if _v is not None:
                try:
                    _v = DateRange.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            stickiness_query.date_range = _v
        else:
            stickiness_query.date_range = UNSET
        if "properties" in d:
            try:

                def _parse_properties(data: object) -> list[PropertyFilter] | PropertyGroup | Unset:
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
                    if not isinstance(data, dict):
                        raise TypeError()
                    properties_type_1 = PropertyGroup.from_dict(data)

                    return properties_type_1

                properties = _parse_properties(d["properties"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "properties")
                raise
            stickiness_query.properties = properties
        else:
            stickiness_query.properties = UNSET
        if "filterTestAccounts" in d:
            _v = d["filterTestAccounts"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("StickinessQuery", "filterTestAccounts", _v, "a boolean or null")
            stickiness_query.filter_test_accounts = _v
        else:
            stickiness_query.filter_test_accounts = UNSET
        if "samplingFactor" in d:
            _v = d["samplingFactor"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("StickinessQuery", "samplingFactor", _v, "a number or null")
            stickiness_query.sampling_factor = _v
        else:
            stickiness_query.sampling_factor = UNSET
        if "aggregation_group_type_index" in d:
            _v = d["aggregation_group_type_index"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("StickinessQuery", "aggregation_group_type_index", _v, "an integer or null")
            stickiness_query.aggregation_group_type_index = _v
        else:
            stickiness_query.aggregation_group_type_index = UNSET
        if "stickinessFilter" in d:
            _v = d["stickinessFilter"]
            if _v is not None:
                try:
                    _v = StickinessFilter.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            stickiness_query.stickiness_filter = _v
        else:
            stickiness_query.stickiness_filter = UNSET
        if "dataColorTheme" in d:
            _v = d["dataColorTheme"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("StickinessQuery", "dataColorTheme", _v, "a number or null")
            stickiness_query.data_color_theme = _v
        else:
            stickiness_query.data_color_theme = UNSET
        if "modifiers" in d:
            _v = d["modifiers"]
            if _v is not None:
                try:
                    _v = HogQLQueryModifiers.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            stickiness_query.modifiers = _v
        else:
            stickiness_query.modifiers = UNSET
        if "response" in d:
            _v = d["response"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            stickiness_query.response = _v
        else:
            stickiness_query.response = UNSET
        if "intervalCount" in d:
            _v = d["intervalCount"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("StickinessQuery", "intervalCount", _v, "an integer or null")
            stickiness_query.interval_count = _v
        else:
            stickiness_query.interval_count = UNSET
        if "version" in d:
            _v = d["version"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("StickinessQuery", "version", _v, "a number or null")
            stickiness_query.version = _v
        else:
            stickiness_query.version = UNSET
        if "tags" in d:
            _v = d["tags"]
            if _v is not None:
                try:
                    _v = QueryTags.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            stickiness_query.tags = _v
        else:
            stickiness_query.tags = UNSET
        if _FIELDS.issuperset(d):  # usually there is nothing else
            stickiness_query.additional_properties = {}
        else:
            stickiness_query.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return stickiness_query

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
    from ..models.actions_node import ActionsNode as _model1
    from ..models.data_warehouse_node import DataWarehouseNode as _model2
    from ..models.date_range import DateRange as _model3
    from ..models.events_node import EventsNode as _model4
    from ..models.free_form_object import FreeFormObject as _model5
    from ..models.hog_ql_query_modifiers import HogQLQueryModifiers as _model6
    from ..models.property_filter import PropertyFilter as _model7
    from ..models.property_group import PropertyGroup as _model8
    from ..models.query_tags import QueryTags as _model9
    from ..models.stickiness_filter import StickinessFilter as _model10

    globals().update(
        {
            "ActionsNode": _model1,
            "DataWarehouseNode": _model2,
            "DateRange": _model3,
            "EventsNode": _model4,
            "FreeFormObject": _model5,
            "HogQLQueryModifiers": _model6,
            "PropertyFilter": _model7,
            "PropertyGroup": _model8,
            "QueryTags": _model9,
            "StickinessFilter": _model10,
        }
    )
    _LOADED = True
