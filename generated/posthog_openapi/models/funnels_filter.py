from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_conversion_window_time_unit import FunnelConversionWindowTimeUnit
from ..models.funnel_order_type import FunnelOrderType
from ..models.funnel_viz_type import FunnelVizType
from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    bad_type,
    enum_member,
)

if TYPE_CHECKING:
    from ..models.funnel_exclusion import FunnelExclusion


T = TypeVar("T", bound="FunnelsFilter")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "funnelVizType",
        "funnelOrderType",
        "funnelWindowInterval",
        "funnelWindowIntervalUnit",
        "exclusions",
        "breakdownAttributionType",
        "funnelStepReference",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "funnel_window_interval",
        "breakdown_attribution_type",
        "funnel_step_reference",
    )
)


@_attrs_define
class FunnelsFilter:
    """Funnel options (free-form: PostHog adds options often).

    Attributes:
        funnel_viz_type (FunnelVizType | None | Unset):
        funnel_order_type (FunnelOrderType | None | Unset):
        funnel_window_interval (int | None | Unset): The conversion window (PostHog's default is 14 days).
        funnel_window_interval_unit (FunnelConversionWindowTimeUnit | None | Unset):
        exclusions (list[FunnelExclusion] | None | Unset):
        breakdown_attribution_type (None | str | Unset): Which step's breakdown value counts: `first_touch`,
            `last_touch`, `all_events`, `step`.
        funnel_step_reference (None | str | Unset): Conversion relative to the `total` or the `previous` step.
    """

    funnel_viz_type: FunnelVizType | None | Unset = UNSET
    funnel_order_type: FunnelOrderType | None | Unset = UNSET
    funnel_window_interval: int | None | Unset = UNSET
    funnel_window_interval_unit: FunnelConversionWindowTimeUnit | None | Unset = UNSET
    exclusions: list[FunnelExclusion] | None | Unset = UNSET
    breakdown_attribution_type: None | str | Unset = UNSET
    funnel_step_reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        funnel_viz_type: None | str | Unset
        if isinstance(self.funnel_viz_type, Unset):
            funnel_viz_type = UNSET
        elif isinstance(self.funnel_viz_type, FunnelVizType):
            funnel_viz_type = self.funnel_viz_type.value
        else:
            funnel_viz_type = self.funnel_viz_type

        funnel_order_type: None | str | Unset
        if isinstance(self.funnel_order_type, Unset):
            funnel_order_type = UNSET
        elif isinstance(self.funnel_order_type, FunnelOrderType):
            funnel_order_type = self.funnel_order_type.value
        else:
            funnel_order_type = self.funnel_order_type

        funnel_window_interval: int | None | Unset
        if isinstance(self.funnel_window_interval, Unset):
            funnel_window_interval = UNSET
        else:
            funnel_window_interval = self.funnel_window_interval

        funnel_window_interval_unit: None | str | Unset
        if isinstance(self.funnel_window_interval_unit, Unset):
            funnel_window_interval_unit = UNSET
        elif isinstance(self.funnel_window_interval_unit, FunnelConversionWindowTimeUnit):
            funnel_window_interval_unit = self.funnel_window_interval_unit.value
        else:
            funnel_window_interval_unit = self.funnel_window_interval_unit

        exclusions: list[dict[str, Any]] | None | Unset
        if isinstance(self.exclusions, Unset):
            exclusions = UNSET
        elif isinstance(self.exclusions, list):
            exclusions = []
            for exclusions_type_0_item_data in self.exclusions:
                exclusions_type_0_item = exclusions_type_0_item_data.to_dict()
                exclusions.append(exclusions_type_0_item)

        else:
            exclusions = self.exclusions

        breakdown_attribution_type: None | str | Unset
        if isinstance(self.breakdown_attribution_type, Unset):
            breakdown_attribution_type = UNSET
        else:
            breakdown_attribution_type = self.breakdown_attribution_type

        funnel_step_reference: None | str | Unset
        if isinstance(self.funnel_step_reference, Unset):
            funnel_step_reference = UNSET
        else:
            funnel_step_reference = self.funnel_step_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if funnel_viz_type is not UNSET:
            field_dict["funnelVizType"] = funnel_viz_type
        if funnel_order_type is not UNSET:
            field_dict["funnelOrderType"] = funnel_order_type
        if funnel_window_interval is not UNSET:
            field_dict["funnelWindowInterval"] = funnel_window_interval
        if funnel_window_interval_unit is not UNSET:
            field_dict["funnelWindowIntervalUnit"] = funnel_window_interval_unit
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions
        if breakdown_attribution_type is not UNSET:
            field_dict["breakdownAttributionType"] = breakdown_attribution_type
        if funnel_step_reference is not UNSET:
            field_dict["funnelStepReference"] = funnel_step_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        funnels_filter = _new(cls)
        if "funnelVizType" in d:
            try:

                def _parse_funnel_viz_type(data: object) -> FunnelVizType | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        funnel_viz_type_type_0 = enum_member(FunnelVizType, data)

                        return funnel_viz_type_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(FunnelVizType | None | Unset, data)

                funnel_viz_type = _parse_funnel_viz_type(d["funnelVizType"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "funnelVizType")
                raise
            funnels_filter.funnel_viz_type = funnel_viz_type
        else:
            funnels_filter.funnel_viz_type = UNSET
        if "funnelOrderType" in d:
            try:

                def _parse_funnel_order_type(data: object) -> FunnelOrderType | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        funnel_order_type_type_0 = enum_member(FunnelOrderType, data)

                        return funnel_order_type_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(FunnelOrderType | None | Unset, data)

                funnel_order_type = _parse_funnel_order_type(d["funnelOrderType"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "funnelOrderType")
                raise
            funnels_filter.funnel_order_type = funnel_order_type
        else:
            funnels_filter.funnel_order_type = UNSET
        if "funnelWindowInterval" in d:
            _v = d["funnelWindowInterval"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("FunnelsFilter", "funnelWindowInterval", _v, "an integer or null")
            funnels_filter.funnel_window_interval = _v
        else:
            funnels_filter.funnel_window_interval = UNSET
        if "funnelWindowIntervalUnit" in d:
            try:

                def _parse_funnel_window_interval_unit(data: object) -> FunnelConversionWindowTimeUnit | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        funnel_window_interval_unit_type_0 = enum_member(FunnelConversionWindowTimeUnit, data)

                        return funnel_window_interval_unit_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(FunnelConversionWindowTimeUnit | None | Unset, data)

                funnel_window_interval_unit = _parse_funnel_window_interval_unit(d["funnelWindowIntervalUnit"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "funnelWindowIntervalUnit")
                raise
            funnels_filter.funnel_window_interval_unit = funnel_window_interval_unit
        else:
            funnels_filter.funnel_window_interval_unit = UNSET
        if "exclusions" in d:
            try:

                def _parse_exclusions(data: object) -> list[FunnelExclusion] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        _exclusions_type_0 = data
                        exclusions_type_0 = []
                        for exclusions_type_0_item_data in _exclusions_type_0:
                            try:
                                exclusions_type_0_item = FunnelExclusion.from_dict(exclusions_type_0_item_data)

                            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                                add_path(exc, len(exclusions_type_0))  # the index of the item being parsed
                                raise
                            exclusions_type_0.append(exclusions_type_0_item)

                        return exclusions_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(list[FunnelExclusion] | None | Unset, data)

                exclusions = _parse_exclusions(d["exclusions"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "exclusions")
                raise
            funnels_filter.exclusions = exclusions
        else:
            funnels_filter.exclusions = UNSET
        if "breakdownAttributionType" in d:
            _v = d["breakdownAttributionType"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("FunnelsFilter", "breakdownAttributionType", _v, "a string or null")
            funnels_filter.breakdown_attribution_type = _v
        else:
            funnels_filter.breakdown_attribution_type = UNSET
        if "funnelStepReference" in d:
            _v = d["funnelStepReference"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("FunnelsFilter", "funnelStepReference", _v, "a string or null")
            funnels_filter.funnel_step_reference = _v
        else:
            funnels_filter.funnel_step_reference = UNSET
        if len(d) == 0 + ("funnelVizType" in d) + ("funnelOrderType" in d) + ("funnelWindowInterval" in d) + (
            "funnelWindowIntervalUnit" in d
        ) + ("exclusions" in d) + ("breakdownAttributionType" in d) + (
            "funnelStepReference" in d
        ):  # usually there is nothing else
            funnels_filter.additional_properties = {}
        else:
            funnels_filter.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return funnels_filter

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
    from ..models.funnel_exclusion import FunnelExclusion as _model1

    globals().update(
        {
            "FunnelExclusion": _model1,
        }
    )
    _LOADED = True
