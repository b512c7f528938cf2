from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.math_type import MathType
from ..types import (
    UNSET,
    UNVERIFIED,
    KeepsUnknown,
    Unset,
    add_path,
    bad_type,
    enum_member,
    get_state,
    set_state,
    with_unknown,
)

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject
    from ..models.property_filter import PropertyFilter
    from ..models.revenue_currency_property_config import RevenueCurrencyPropertyConfig


T = TypeVar("T", bound="ActionsNode")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "kind",
        "id",
        "name",
        "custom_name",
        "math",
        "math_property",
        "math_hogql",
        "math_group_type_index",
        "math_multiplier",
        "math_property_type",
        "math_property_revenue_currency",
        "properties",
        "fixedProperties",
        "optionalInFunnel",
        "response",
        "version",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "kind",
        "id",
        "name",
        "custom_name",
        "math_property",
        "math_hogql",
        "math_group_type_index",
        "math_multiplier",
        "math_property_type",
        "optional_in_funnel",
        "version",
    )
)
#: The constant ``kind`` a union tells this model apart by (from_dict's dispatch; posthog_rest's type check too).
_KIND = "ActionsNode"


@_attrs_define
class ActionsNode(KeepsUnknown):
    """One action series: events matching a saved action.

    Attributes:
        kind (Literal['ActionsNode']): Always `ActionsNode`. Default: 'ActionsNode'.
        id (int): The action's id.
        name (None | str | Unset):
        custom_name (None | str | Unset):
        math (MathType | None | Unset): How the series aggregates (`total`, the event count, when absent; `dau` unique
            users per interval; …).
        math_property (None | str | Unset): The property `sum`/`avg`/`min`/`max`/percentile math aggregates.
        math_hogql (None | str | Unset): The expression `hogql` math aggregates.
        math_group_type_index (int | None | Unset): The group type `unique_group` math counts.
        math_multiplier (float | None | Unset): A factor the aggregated value is multiplied by.
        math_property_type (None | str | Unset): What `math_property` belongs to, e.g. `event_properties` or
            `person_properties`.
        math_property_revenue_currency (None | RevenueCurrencyPropertyConfig | Unset): The currency of a revenue
            `math_property` (a fixed code or a property holding it).
        properties (list[PropertyFilter] | None | Unset): Property filters for this series only.
        fixed_properties (list[PropertyFilter] | None | Unset): Property filters that cannot be edited in PostHog's UI.
        optional_in_funnel (bool | None | Unset): A funnel step users may skip.
        response (FreeFormObject | None | Unset): A response PostHog's UI cached on the node (any JSON object).
        version (float | None | Unset): The schema version PostHog stored the node with (set by PostHog; leave it out).
    """

    id: int
    kind: Literal["ActionsNode"] = "ActionsNode"
    name: None | str | Unset = UNSET
    custom_name: None | str | Unset = UNSET
    math: MathType | None | Unset = UNSET
    math_property: None | str | Unset = UNSET
    math_hogql: None | str | Unset = UNSET
    math_group_type_index: int | None | Unset = UNSET
    math_multiplier: float | None | Unset = UNSET
    math_property_type: None | str | Unset = UNSET
    math_property_revenue_currency: None | RevenueCurrencyPropertyConfig | Unset = UNSET
    properties: list[PropertyFilter] | None | Unset = UNSET
    fixed_properties: list[PropertyFilter] | None | Unset = UNSET
    optional_in_funnel: bool | None | Unset = UNSET
    response: FreeFormObject | None | Unset = UNSET
    version: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        kind = self.kind

        id = self.id

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

        math: None | str | Unset
        if isinstance(self.math, Unset):
            math = UNSET
        elif isinstance(self.math, MathType):
            math = self.math.value
        else:
            math = self.math

        math_property: None | str | Unset
        if isinstance(self.math_property, Unset):
            math_property = UNSET
        else:
            math_property = self.math_property

        math_hogql: None | str | Unset
        if isinstance(self.math_hogql, Unset):
            math_hogql = UNSET
        else:
            math_hogql = self.math_hogql

        math_group_type_index: int | None | Unset
        if isinstance(self.math_group_type_index, Unset):
            math_group_type_index = UNSET
        else:
            math_group_type_index = self.math_group_type_index

        math_multiplier: float | None | Unset
        if isinstance(self.math_multiplier, Unset):
            math_multiplier = UNSET
        else:
            math_multiplier = self.math_multiplier

        math_property_type: None | str | Unset
        if isinstance(self.math_property_type, Unset):
            math_property_type = UNSET
        else:
            math_property_type = self.math_property_type

        math_property_revenue_currency: dict[str, Any] | None | Unset
        if isinstance(self.math_property_revenue_currency, Unset):
            math_property_revenue_currency = UNSET
        elif isinstance(self.math_property_revenue_currency, RevenueCurrencyPropertyConfig):
            math_property_revenue_currency = self.math_property_revenue_currency.to_dict()
        else:
            math_property_revenue_currency = self.math_property_revenue_currency

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

        fixed_properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.fixed_properties, Unset):
            fixed_properties = UNSET
        elif isinstance(self.fixed_properties, list):
            fixed_properties = []
            for fixed_properties_type_0_item_data in self.fixed_properties:
                fixed_properties_type_0_item = fixed_properties_type_0_item_data.to_dict()
                fixed_properties.append(fixed_properties_type_0_item)

        else:
            fixed_properties = self.fixed_properties

        optional_in_funnel: bool | None | Unset
        if isinstance(self.optional_in_funnel, Unset):
            optional_in_funnel = UNSET
        else:
            optional_in_funnel = self.optional_in_funnel

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if custom_name is not UNSET:
            field_dict["custom_name"] = custom_name
        if math is not UNSET:
            field_dict["math"] = math
        if math_property is not UNSET:
            field_dict["math_property"] = math_property
        if math_hogql is not UNSET:
            field_dict["math_hogql"] = math_hogql
        if math_group_type_index is not UNSET:
            field_dict["math_group_type_index"] = math_group_type_index
        if math_multiplier is not UNSET:
            field_dict["math_multiplier"] = math_multiplier
        if math_property_type is not UNSET:
            field_dict["math_property_type"] = math_property_type
        if math_property_revenue_currency is not UNSET:
            field_dict["math_property_revenue_currency"] = math_property_revenue_currency
        if properties is not UNSET:
            field_dict["properties"] = properties
        if fixed_properties is not UNSET:
            field_dict["fixedProperties"] = fixed_properties
        if optional_in_funnel is not UNSET:
            field_dict["optionalInFunnel"] = optional_in_funnel
        if response is not UNSET:
            field_dict["response"] = response
        if version is not UNSET:
            field_dict["version"] = version

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
        actions_node = _new(cls)
        _v = d["kind"]
        if _v != "ActionsNode":
            raise ValueError(f"kind must match const 'ActionsNode', got '{_v}'")
        actions_node.kind = _v
        _v = d["id"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
            raise bad_type("ActionsNode", "id", _v, "an integer")
        actions_node.id = _v
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActionsNode", "name", _v, "a string or null")
            actions_node.name = _v
        else:
            actions_node.name = UNSET
        if "custom_name" in d:
            _v = d["custom_name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActionsNode", "custom_name", _v, "a string or null")
            actions_node.custom_name = _v
        else:
            actions_node.custom_name = UNSET
        if "math" in d:
            try:

                def _parse_math(data: object) -> MathType | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        math_type_0 = enum_member(MathType, data)

                        return math_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(MathType | None | Unset, data)

                math = _parse_math(d["math"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "math")
                raise
            actions_node.math = math
        else:
            actions_node.math = UNSET
        if "math_property" in d:
            _v = d["math_property"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActionsNode", "math_property", _v, "a string or null")
            actions_node.math_property = _v
        else:
            actions_node.math_property = UNSET
        if "math_hogql" in d:
            _v = d["math_hogql"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActionsNode", "math_hogql", _v, "a string or null")
            actions_node.math_hogql = _v
        else:
            actions_node.math_hogql = UNSET
        if "math_group_type_index" in d:
            _v = d["math_group_type_index"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("ActionsNode", "math_group_type_index", _v, "an integer or null")
            actions_node.math_group_type_index = _v
        else:
            actions_node.math_group_type_index = UNSET
        if "math_multiplier" in d:
            _v = d["math_multiplier"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("ActionsNode", "math_multiplier", _v, "a number or null")
            actions_node.math_multiplier = _v
        else:
            actions_node.math_multiplier = UNSET
        if "math_property_type" in d:
            _v = d["math_property_type"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActionsNode", "math_property_type", _v, "a string or null")
            actions_node.math_property_type = _v
        else:
            actions_node.math_property_type = UNSET
        if "math_property_revenue_currency" in d:
            _v = d["math_property_revenue_currency"]
            if _v is not None:
                try:
                    _v = RevenueCurrencyPropertyConfig.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            actions_node.math_property_revenue_currency = _v
        else:
            actions_node.math_property_revenue_currency = UNSET
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
            actions_node.properties = properties
        else:
            actions_node.properties = UNSET
        if "fixedProperties" in d:
            try:

                def _parse_fixed_properties(data: object) -> list[PropertyFilter] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        _fixed_properties_type_0 = data
                        fixed_properties_type_0 = []
                        for fixed_properties_type_0_item_data in _fixed_properties_type_0:
                            try:
                                fixed_properties_type_0_item = PropertyFilter.from_dict(
                                    fixed_properties_type_0_item_data
                                )

                            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                                add_path(exc, len(fixed_properties_type_0))  # the index of the item being parsed
                                raise
                            fixed_properties_type_0.append(fixed_properties_type_0_item)

                        return fixed_properties_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(list[PropertyFilter] | None | Unset, data)

                fixed_properties = _parse_fixed_properties(d["fixedProperties"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "fixedProperties")
                raise
            actions_node.fixed_properties = fixed_properties
        else:
            actions_node.fixed_properties = UNSET
        if "optionalInFunnel" in d:
            _v = d["optionalInFunnel"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("ActionsNode", "optionalInFunnel", _v, "a boolean or null")
            actions_node.optional_in_funnel = _v
        else:
            actions_node.optional_in_funnel = UNSET
        if "response" in d:
            _v = d["response"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            actions_node.response = _v
        else:
            actions_node.response = UNSET
        if "version" in d:
            _v = d["version"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("ActionsNode", "version", _v, "a number or null")
            actions_node.version = _v
        else:
            actions_node.version = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        actions_node._sent = None if _FIELDS.issuperset(d) else d
        return actions_node

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self, "_sent")

    def __setstate__(self, state: dict[str, Any]) -> None:
        set_state(self, state, "_sent")


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.free_form_object import FreeFormObject as _model1
    from ..models.property_filter import PropertyFilter as _model2
    from ..models.revenue_currency_property_config import RevenueCurrencyPropertyConfig as _model3

    globals().update(
        {
            "FreeFormObject": _model1,
            "PropertyFilter": _model2,
            "RevenueCurrencyPropertyConfig": _model3,
        }
    )
    _LOADED = True
