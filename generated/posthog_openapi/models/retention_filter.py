from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retention_period import RetentionPeriod
from ..models.retention_type import RetentionType
from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    bad_type,
    enum_member,
)

if TYPE_CHECKING:
    from ..models.retention_entity import RetentionEntity


T = TypeVar("T", bound="RetentionFilter")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "retentionType",
        "period",
        "totalIntervals",
        "targetEntity",
        "returningEntity",
        "cumulative",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "total_intervals",
        "cumulative",
    )
)


@_attrs_define
class RetentionFilter:
    """Retention options (free-form: PostHog adds options often).

    Attributes:
        retention_type (None | RetentionType | Unset):
        period (None | RetentionPeriod | Unset):
        total_intervals (int | None | Unset): How many intervals to follow (PostHog's default is 8; the seeds' docs say
            11).
        target_entity (None | RetentionEntity | Unset): What starts a cohort.
        returning_entity (None | RetentionEntity | Unset): What counts as coming back.
        cumulative (bool | None | Unset):
    """

    retention_type: None | RetentionType | Unset = UNSET
    period: None | RetentionPeriod | Unset = UNSET
    total_intervals: int | None | Unset = UNSET
    target_entity: None | RetentionEntity | Unset = UNSET
    returning_entity: None | RetentionEntity | Unset = UNSET
    cumulative: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        retention_type: None | str | Unset
        if isinstance(self.retention_type, Unset):
            retention_type = UNSET
        elif isinstance(self.retention_type, RetentionType):
            retention_type = self.retention_type.value
        else:
            retention_type = self.retention_type

        period: None | str | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, RetentionPeriod):
            period = self.period.value
        else:
            period = self.period

        total_intervals: int | None | Unset
        if isinstance(self.total_intervals, Unset):
            total_intervals = UNSET
        else:
            total_intervals = self.total_intervals

        target_entity: dict[str, Any] | None | Unset
        if isinstance(self.target_entity, Unset):
            target_entity = UNSET
        elif isinstance(self.target_entity, RetentionEntity):
            target_entity = self.target_entity.to_dict()
        else:
            target_entity = self.target_entity

        returning_entity: dict[str, Any] | None | Unset
        if isinstance(self.returning_entity, Unset):
            returning_entity = UNSET
        elif isinstance(self.returning_entity, RetentionEntity):
            returning_entity = self.returning_entity.to_dict()
        else:
            returning_entity = self.returning_entity

        cumulative: bool | None | Unset
        if isinstance(self.cumulative, Unset):
            cumulative = UNSET
        else:
            cumulative = self.cumulative

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retention_type is not UNSET:
            field_dict["retentionType"] = retention_type
        if period is not UNSET:
            field_dict["period"] = period
        if total_intervals is not UNSET:
            field_dict["totalIntervals"] = total_intervals
        if target_entity is not UNSET:
            field_dict["targetEntity"] = target_entity
        if returning_entity is not UNSET:
            field_dict["returningEntity"] = returning_entity
        if cumulative is not UNSET:
            field_dict["cumulative"] = cumulative

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        retention_filter = _new(cls)
        if "retentionType" in d:
            try:

                def _parse_retention_type(data: object) -> None | RetentionType | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        retention_type_type_0 = enum_member(RetentionType, data)

                        return retention_type_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(None | RetentionType | Unset, data)

                retention_type = _parse_retention_type(d["retentionType"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "retentionType")
                raise
            retention_filter.retention_type = retention_type
        else:
            retention_filter.retention_type = UNSET
        if "period" in d:
            try:

                def _parse_period(data: object) -> None | RetentionPeriod | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        period_type_0 = enum_member(RetentionPeriod, data)

                        return period_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(None | RetentionPeriod | Unset, data)

                period = _parse_period(d["period"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "period")
                raise
            retention_filter.period = period
        else:
            retention_filter.period = UNSET
        if "totalIntervals" in d:
            _v = d["totalIntervals"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("RetentionFilter", "totalIntervals", _v, "an integer or null")
            retention_filter.total_intervals = _v
        else:
            retention_filter.total_intervals = UNSET
        if "targetEntity" in d:
            _v = d["targetEntity"]
            if _v is not None:
                try:
                    _v = RetentionEntity.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            retention_filter.target_entity = _v
        else:
            retention_filter.target_entity = UNSET
        if "returningEntity" in d:
            _v = d["returningEntity"]
            if _v is not None:
                try:
                    _v = RetentionEntity.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            retention_filter.returning_entity = _v
        else:
            retention_filter.returning_entity = UNSET
        if "cumulative" in d:
            _v = d["cumulative"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("RetentionFilter", "cumulative", _v, "a boolean or null")
            retention_filter.cumulative = _v
        else:
            retention_filter.cumulative = UNSET
        if len(d) == 0 + ("retentionType" in d) + ("period" in d) + ("totalIntervals" in d) + ("targetEntity" in d) + (
            "returningEntity" in d
        ) + ("cumulative" in d):  # usually there is nothing else
            retention_filter.additional_properties = {}
        else:
            retention_filter.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return retention_filter

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
    from ..models.retention_entity import RetentionEntity as _model1

    globals().update(
        {
            "RetentionEntity": _model1,
        }
    )
    _LOADED = True
