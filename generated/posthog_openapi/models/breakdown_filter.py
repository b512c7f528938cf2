from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.breakdown_type import BreakdownType
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
    from ..models.breakdown import Breakdown


T = TypeVar("T", bound="BreakdownFilter")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "breakdown",
        "breakdown_type",
        "breakdown_limit",
        "breakdown_group_type_index",
        "breakdown_normalize_url",
        "breakdown_hide_other_aggregation",
        "breakdown_histogram_bin_count",
        "breakdowns",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "breakdown_limit",
        "breakdown_group_type_index",
        "breakdown_normalize_url",
        "breakdown_hide_other_aggregation",
        "breakdown_histogram_bin_count",
    )
)


@_attrs_define
class BreakdownFilter(KeepsUnknown):
    """Split each series by a property's values, e.g. `{"breakdown": "$browser", "breakdown_type": "event"}`.

    Attributes:
        breakdown (int | list[int | str] | None | str | Unset): The property key (or HogQL expression, or cohort ids) to
            break down by.
        breakdown_type (BreakdownType | None | Unset): What `breakdown` names (`event` when absent).
        breakdown_limit (int | None | Unset): How many values to keep (PostHog's default is 25); the rest go into
            `$$_posthog_breakdown_other_$$`.
        breakdown_group_type_index (int | None | Unset):
        breakdown_normalize_url (bool | None | Unset):
        breakdown_hide_other_aggregation (bool | None | Unset):
        breakdown_histogram_bin_count (int | None | Unset):
        breakdowns (list[Breakdown] | None | Unset): Several breakdowns at once (instead of `breakdown`).
    """

    breakdown: int | list[int | str] | None | str | Unset = UNSET
    breakdown_type: BreakdownType | None | Unset = UNSET
    breakdown_limit: int | None | Unset = UNSET
    breakdown_group_type_index: int | None | Unset = UNSET
    breakdown_normalize_url: bool | None | Unset = UNSET
    breakdown_hide_other_aggregation: bool | None | Unset = UNSET
    breakdown_histogram_bin_count: int | None | Unset = UNSET
    breakdowns: list[Breakdown] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        breakdown: int | list[int | str] | None | str | Unset
        if isinstance(self.breakdown, Unset):
            breakdown = UNSET
        elif isinstance(self.breakdown, list):
            breakdown = []
            for breakdown_type_2_item_data in self.breakdown:
                breakdown_type_2_item: int | str
                breakdown_type_2_item = breakdown_type_2_item_data
                breakdown.append(breakdown_type_2_item)

        else:
            breakdown = self.breakdown

        breakdown_type: None | str | Unset
        if isinstance(self.breakdown_type, Unset):
            breakdown_type = UNSET
        elif isinstance(self.breakdown_type, BreakdownType):
            breakdown_type = self.breakdown_type.value
        else:
            breakdown_type = self.breakdown_type

        breakdown_limit: int | None | Unset
        if isinstance(self.breakdown_limit, Unset):
            breakdown_limit = UNSET
        else:
            breakdown_limit = self.breakdown_limit

        breakdown_group_type_index: int | None | Unset
        if isinstance(self.breakdown_group_type_index, Unset):
            breakdown_group_type_index = UNSET
        else:
            breakdown_group_type_index = self.breakdown_group_type_index

        breakdown_normalize_url: bool | None | Unset
        if isinstance(self.breakdown_normalize_url, Unset):
            breakdown_normalize_url = UNSET
        else:
            breakdown_normalize_url = self.breakdown_normalize_url

        breakdown_hide_other_aggregation: bool | None | Unset
        if isinstance(self.breakdown_hide_other_aggregation, Unset):
            breakdown_hide_other_aggregation = UNSET
        else:
            breakdown_hide_other_aggregation = self.breakdown_hide_other_aggregation

        breakdown_histogram_bin_count: int | None | Unset
        if isinstance(self.breakdown_histogram_bin_count, Unset):
            breakdown_histogram_bin_count = UNSET
        else:
            breakdown_histogram_bin_count = self.breakdown_histogram_bin_count

        breakdowns: list[dict[str, Any]] | None | Unset
        if isinstance(self.breakdowns, Unset):
            breakdowns = UNSET
        elif isinstance(self.breakdowns, list):
            breakdowns = []
            for breakdowns_type_0_item_data in self.breakdowns:
                breakdowns_type_0_item = breakdowns_type_0_item_data.to_dict()
                breakdowns.append(breakdowns_type_0_item)

        else:
            breakdowns = self.breakdowns

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown
        if breakdown_type is not UNSET:
            field_dict["breakdown_type"] = breakdown_type
        if breakdown_limit is not UNSET:
            field_dict["breakdown_limit"] = breakdown_limit
        if breakdown_group_type_index is not UNSET:
            field_dict["breakdown_group_type_index"] = breakdown_group_type_index
        if breakdown_normalize_url is not UNSET:
            field_dict["breakdown_normalize_url"] = breakdown_normalize_url
        if breakdown_hide_other_aggregation is not UNSET:
            field_dict["breakdown_hide_other_aggregation"] = breakdown_hide_other_aggregation
        if breakdown_histogram_bin_count is not UNSET:
            field_dict["breakdown_histogram_bin_count"] = breakdown_histogram_bin_count
        if breakdowns is not UNSET:
            field_dict["breakdowns"] = breakdowns

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
        breakdown_filter = _new(cls)
        if "breakdown" in d:
            try:

                def _parse_breakdown(data: object) -> int | list[int | str] | None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        _breakdown_type_2 = data
                        breakdown_type_2 = []
                        for breakdown_type_2_item_data in _breakdown_type_2:
                            try:

                                def _parse_breakdown_type_2_item(data: object) -> int | str:
                                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                                    UNVERIFIED.count += 1
                                    return cast(int | str, data)

                                breakdown_type_2_item = _parse_breakdown_type_2_item(breakdown_type_2_item_data)

                            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                                add_path(exc, len(breakdown_type_2))  # the index of the item being parsed
                                raise
                            breakdown_type_2.append(breakdown_type_2_item)

                        return breakdown_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(int | list[int | str] | None | str | Unset, data)

                breakdown = _parse_breakdown(d["breakdown"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "breakdown")
                raise
            breakdown_filter.breakdown = breakdown
        else:
            breakdown_filter.breakdown = UNSET
        if "breakdown_type" in d:
            try:

                def _parse_breakdown_type(data: object) -> BreakdownType | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        breakdown_type_type_0 = enum_member(BreakdownType, data)

                        return breakdown_type_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(BreakdownType | None | Unset, data)

                breakdown_type = _parse_breakdown_type(d["breakdown_type"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "breakdown_type")
                raise
            breakdown_filter.breakdown_type = breakdown_type
        else:
            breakdown_filter.breakdown_type = UNSET
        if "breakdown_limit" in d:
            _v = d["breakdown_limit"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("BreakdownFilter", "breakdown_limit", _v, "an integer or null")
            breakdown_filter.breakdown_limit = _v
        else:
            breakdown_filter.breakdown_limit = UNSET
        if "breakdown_group_type_index" in d:
            _v = d["breakdown_group_type_index"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("BreakdownFilter", "breakdown_group_type_index", _v, "an integer or null")
            breakdown_filter.breakdown_group_type_index = _v
        else:
            breakdown_filter.breakdown_group_type_index = UNSET
        if "breakdown_normalize_url" in d:
            _v = d["breakdown_normalize_url"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("BreakdownFilter", "breakdown_normalize_url", _v, "a boolean or null")
            breakdown_filter.breakdown_normalize_url = _v
        else:
            breakdown_filter.breakdown_normalize_url = UNSET
        if "breakdown_hide_other_aggregation" in d:
            _v = d["breakdown_hide_other_aggregation"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("BreakdownFilter", "breakdown_hide_other_aggregation", _v, "a boolean or null")
            breakdown_filter.breakdown_hide_other_aggregation = _v
        else:
            breakdown_filter.breakdown_hide_other_aggregation = UNSET
        if "breakdown_histogram_bin_count" in d:
            _v = d["breakdown_histogram_bin_count"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("BreakdownFilter", "breakdown_histogram_bin_count", _v, "an integer or null")
            breakdown_filter.breakdown_histogram_bin_count = _v
        else:
            breakdown_filter.breakdown_histogram_bin_count = UNSET
        if "breakdowns" in d:
            try:

                def _parse_breakdowns(data: object) -> list[Breakdown] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        _breakdowns_type_0 = data
                        breakdowns_type_0 = []
                        for breakdowns_type_0_item_data in _breakdowns_type_0:
                            try:
                                breakdowns_type_0_item = Breakdown.from_dict(breakdowns_type_0_item_data)

                            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                                add_path(exc, len(breakdowns_type_0))  # the index of the item being parsed
                                raise
                            breakdowns_type_0.append(breakdowns_type_0_item)

                        return breakdowns_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(list[Breakdown] | None | Unset, data)

                breakdowns = _parse_breakdowns(d["breakdowns"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "breakdowns")
                raise
            breakdown_filter.breakdowns = breakdowns
        else:
            breakdown_filter.breakdowns = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        breakdown_filter._sent = (
            None
            if len(d)
            == 0
            + ("breakdown" in d)
            + ("breakdown_type" in d)
            + ("breakdown_limit" in d)
            + ("breakdown_group_type_index" in d)
            + ("breakdown_normalize_url" in d)
            + ("breakdown_hide_other_aggregation" in d)
            + ("breakdown_histogram_bin_count" in d)
            + ("breakdowns" in d)
            else d
        )
        return breakdown_filter

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self, "_sent")

    def __setstate__(self, state: dict[str, Any]) -> None:
        set_state(self, state, "_sent")


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.breakdown import Breakdown as _model1

    globals().update(
        {
            "Breakdown": _model1,
        }
    )
    _LOADED = True
