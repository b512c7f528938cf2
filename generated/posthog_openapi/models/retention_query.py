from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

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
    from ..models.date_range import DateRange
    from ..models.free_form_object import FreeFormObject
    from ..models.hog_ql_query_modifiers import HogQLQueryModifiers
    from ..models.property_filter import PropertyFilter
    from ..models.property_group import PropertyGroup
    from ..models.query_tags import QueryTags
    from ..models.retention_filter import RetentionFilter


T = TypeVar("T", bound="RetentionQuery")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "kind",
        "retentionFilter",
        "dateRange",
        "properties",
        "filterTestAccounts",
        "samplingFactor",
        "aggregation_group_type_index",
        "breakdownFilter",
        "dataColorTheme",
        "modifiers",
        "response",
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
        "version",
    )
)
#: The constant ``kind`` a union tells this model apart by (from_dict's dispatch; posthog_rest's type check too).
_KIND = "RetentionQuery"


@_attrs_define
class RetentionQuery(KeepsUnknown):
    """Retention: of the users who did the target event in a period, how many came back in each later period.

    Attributes:
        kind (Literal['RetentionQuery']): Always `RetentionQuery`. Default: 'RetentionQuery'.
        retention_filter (RetentionFilter): Retention options (free-form: PostHog adds options often).
        date_range (DateRange | None | Unset): The date range (PostHog's default is the last 7 days).
        properties (list[PropertyFilter] | PropertyGroup | Unset): Property filters: a list (all must match) or a group
            combined with AND/OR.
        filter_test_accounts (bool | None | Unset): Leave out internal and test accounts.
        sampling_factor (float | None | Unset): Sample this fraction of the data (0–1).
        aggregation_group_type_index (int | None | Unset): Count groups of this type instead of persons.
        breakdown_filter (BreakdownFilter | None | Unset):
        data_color_theme (float | None | Unset): The id of the colour theme PostHog's UI draws the insight with.
        modifiers (HogQLQueryModifiers | None | Unset): Switches for how PostHog builds the SQL (as on a `HogQLQuery`).
        response (FreeFormObject | None | Unset): A response PostHog's UI cached on the node (any JSON object).
        version (float | None | Unset): The schema version PostHog stored the node with (set by PostHog; leave it out).
        tags (None | QueryTags | Unset): Tags PostHog attaches to the query for its own accounting.
    """

    retention_filter: RetentionFilter
    kind: Literal["RetentionQuery"] = "RetentionQuery"
    date_range: DateRange | None | Unset = UNSET
    properties: list[PropertyFilter] | PropertyGroup | Unset = UNSET
    filter_test_accounts: bool | None | Unset = UNSET
    sampling_factor: float | None | Unset = UNSET
    aggregation_group_type_index: int | None | Unset = UNSET
    breakdown_filter: BreakdownFilter | None | Unset = UNSET
    data_color_theme: float | None | Unset = UNSET
    modifiers: HogQLQueryModifiers | None | Unset = UNSET
    response: FreeFormObject | None | Unset = UNSET
    version: float | None | Unset = UNSET
    tags: None | QueryTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        kind = self.kind

        retention_filter = self.retention_filter.to_dict()

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

        breakdown_filter: dict[str, Any] | None | Unset
        if isinstance(self.breakdown_filter, Unset):
            breakdown_filter = UNSET
        elif isinstance(self.breakdown_filter, BreakdownFilter):
            breakdown_filter = self.breakdown_filter.to_dict()
        else:
            breakdown_filter = self.breakdown_filter

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

        field_dict.update(
            {
                "kind": kind,
                "retentionFilter": retention_filter,
            }
        )
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
        if breakdown_filter is not UNSET:
            field_dict["breakdownFilter"] = breakdown_filter
        if data_color_theme is not UNSET:
            field_dict["dataColorTheme"] = data_color_theme
        if modifiers is not UNSET:
            field_dict["modifiers"] = modifiers
        if response is not UNSET:
            field_dict["response"] = response
        if version is not UNSET:
            field_dict["version"] = version
        if tags is not UNSET:
            field_dict["tags"] = tags

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
        retention_query = _new(cls)
        _v = d["kind"]
        if _v != "RetentionQuery":
            raise ValueError(f"kind must match const 'RetentionQuery', got '{_v}'")
        retention_query.kind = _v
        retention_filter = RetentionFilter.from_dict(d["retentionFilter"])

        retention_query.retention_filter = retention_filter
        if "dateRange" in d:
            _v = d["dateRange"]
            if _v is not None:
                try:
                    _v = DateRange.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            retention_query.date_range = _v
        else:
            retention_query.date_range = UNSET
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
            retention_query.properties = properties
        else:
            retention_query.properties = UNSET
        if "filterTestAccounts" in d:
            _v = d["filterTestAccounts"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("RetentionQuery", "filterTestAccounts", _v, "a boolean or null")
            retention_query.filter_test_accounts = _v
        else:
            retention_query.filter_test_accounts = UNSET
        if "samplingFactor" in d:
            _v = d["samplingFactor"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("RetentionQuery", "samplingFactor", _v, "a number or null")
            retention_query.sampling_factor = _v
        else:
            retention_query.sampling_factor = UNSET
        if "aggregation_group_type_index" in d:
            _v = d["aggregation_group_type_index"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("RetentionQuery", "aggregation_group_type_index", _v, "an integer or null")
            retention_query.aggregation_group_type_index = _v
        else:
            retention_query.aggregation_group_type_index = UNSET
        if "breakdownFilter" in d:
            _v = d["breakdownFilter"]
            if _v is not None:
                try:
                    _v = BreakdownFilter.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            retention_query.breakdown_filter = _v
        else:
            retention_query.breakdown_filter = UNSET
        if "dataColorTheme" in d:
            _v = d["dataColorTheme"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("RetentionQuery", "dataColorTheme", _v, "a number or null")
            retention_query.data_color_theme = _v
        else:
            retention_query.data_color_theme = UNSET
        if "modifiers" in d:
            _v = d["modifiers"]
            if _v is not None:
                try:
                    _v = HogQLQueryModifiers.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            retention_query.modifiers = _v
        else:
            retention_query.modifiers = UNSET
        if "response" in d:
            _v = d["response"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            retention_query.response = _v
        else:
            retention_query.response = UNSET
        if "version" in d:
            _v = d["version"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("RetentionQuery", "version", _v, "a number or null")
            retention_query.version = _v
        else:
            retention_query.version = UNSET
        if "tags" in d:
            _v = d["tags"]
            if _v is not None:
                try:
                    _v = QueryTags.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            retention_query.tags = _v
        else:
            retention_query.tags = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        retention_query._sent = None if _FIELDS.issuperset(d) else d
        return retention_query

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
    from ..models.date_range import DateRange as _model2
    from ..models.free_form_object import FreeFormObject as _model3
    from ..models.hog_ql_query_modifiers import HogQLQueryModifiers as _model4
    from ..models.property_filter import PropertyFilter as _model5
    from ..models.property_group import PropertyGroup as _model6
    from ..models.query_tags import QueryTags as _model7
    from ..models.retention_filter import RetentionFilter as _model8

    globals().update(
        {
            "BreakdownFilter": _model1,
            "DateRange": _model2,
            "FreeFormObject": _model3,
            "HogQLQueryModifiers": _model4,
            "PropertyFilter": _model5,
            "PropertyGroup": _model6,
            "QueryTags": _model7,
            "RetentionFilter": _model8,
        }
    )
    _LOADED = True
