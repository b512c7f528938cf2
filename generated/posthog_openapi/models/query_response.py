from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hog_ql_query_modifiers import HogQLQueryModifiers
    from ..models.query_status import QueryStatus
    from ..models.query_timing import QueryTiming
    from ..models.resolved_date_range import ResolvedDateRange


T = TypeVar("T", bound="QueryResponse")


@_attrs_define
class QueryResponse:
    """The answer of `POST query/`. Its shape depends on the query's kind: parse it with that kind's response schema
    (`HogQLQueryResponse`, `TrendsQueryResponse`, …) or call the operation for the kind. On HTTP 202 only the cache
    fields and `query_status` are set.

        Attributes:
            results (Any | Unset): The result (any JSON): rows for SQL-like kinds, series for trends, steps for funnels,
                cohorts for retention.
            columns (list[Any] | None | Unset):
            types (list[Any] | None | Unset):
            has_more (bool | None | Unset): More rows exist beyond `limit` (set when PostHog applied its default limit of
                100, or the query's LIMIT cut rows).
            limit (int | None | Unset): The row limit applied.
            offset (int | None | Unset): The offset applied.
            is_cached (bool | None | Unset): Whether the result came from PostHog's cache.
            cache_key (None | str | Unset): The key the result is cached under.
            last_refresh (datetime.datetime | None | Unset): When the result was calculated.
            next_allowed_client_refresh (datetime.datetime | None | Unset): When a client may ask to recalculate again.
            cache_target_age (datetime.datetime | None | Unset): When the cached result becomes stale.
            calculation_trigger (None | str | Unset): What triggered the calculation (PostHog's bookkeeping).
            timezone (None | str | Unset): The project's timezone the result was calculated in.
            query_status (None | QueryStatus | Unset): The background calculation, when the query runs asynchronously
                (`complete: false` with HTTP 202).
            timings (list[QueryTiming] | None | Unset): How long each step of the query took, in seconds.
            hogql (None | str | Unset): The HogQL PostHog generated and ran.
            error (None | str | Unset): An error message, returned only with `explain` or `modifiers.debug`; otherwise a
                failure is an HTTP error.
            modifiers (HogQLQueryModifiers | None | Unset): The modifiers the query ran with.
            resolved_date_range (None | ResolvedDateRange | Unset): The absolute date range a relative one resolved to.
    """

    results: Any | Unset = UNSET
    columns: list[Any] | None | Unset = UNSET
    types: list[Any] | None | Unset = UNSET
    has_more: bool | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    offset: int | None | Unset = UNSET
    is_cached: bool | None | Unset = UNSET
    cache_key: None | str | Unset = UNSET
    last_refresh: datetime.datetime | None | Unset = UNSET
    next_allowed_client_refresh: datetime.datetime | None | Unset = UNSET
    cache_target_age: datetime.datetime | None | Unset = UNSET
    calculation_trigger: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    query_status: None | QueryStatus | Unset = UNSET
    timings: list[QueryTiming] | None | Unset = UNSET
    hogql: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    modifiers: HogQLQueryModifiers | None | Unset = UNSET
    resolved_date_range: None | ResolvedDateRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hog_ql_query_modifiers import HogQLQueryModifiers  # noqa: PLC0415
        from ..models.query_status import QueryStatus  # noqa: PLC0415
        from ..models.resolved_date_range import ResolvedDateRange  # noqa: PLC0415

        results = self.results

        columns: list[Any] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, list):
            columns = self.columns

        else:
            columns = self.columns

        types: list[Any] | None | Unset
        if isinstance(self.types, Unset):
            types = UNSET
        elif isinstance(self.types, list):
            types = self.types

        else:
            types = self.types

        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        is_cached: bool | None | Unset
        if isinstance(self.is_cached, Unset):
            is_cached = UNSET
        else:
            is_cached = self.is_cached

        cache_key: None | str | Unset
        if isinstance(self.cache_key, Unset):
            cache_key = UNSET
        else:
            cache_key = self.cache_key

        last_refresh: None | str | Unset
        if isinstance(self.last_refresh, Unset):
            last_refresh = UNSET
        elif isinstance(self.last_refresh, datetime.datetime):
            last_refresh = self.last_refresh.isoformat()
        else:
            last_refresh = self.last_refresh

        next_allowed_client_refresh: None | str | Unset
        if isinstance(self.next_allowed_client_refresh, Unset):
            next_allowed_client_refresh = UNSET
        elif isinstance(self.next_allowed_client_refresh, datetime.datetime):
            next_allowed_client_refresh = self.next_allowed_client_refresh.isoformat()
        else:
            next_allowed_client_refresh = self.next_allowed_client_refresh

        cache_target_age: None | str | Unset
        if isinstance(self.cache_target_age, Unset):
            cache_target_age = UNSET
        elif isinstance(self.cache_target_age, datetime.datetime):
            cache_target_age = self.cache_target_age.isoformat()
        else:
            cache_target_age = self.cache_target_age

        calculation_trigger: None | str | Unset
        if isinstance(self.calculation_trigger, Unset):
            calculation_trigger = UNSET
        else:
            calculation_trigger = self.calculation_trigger

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        query_status: dict[str, Any] | None | Unset
        if isinstance(self.query_status, Unset):
            query_status = UNSET
        elif isinstance(self.query_status, QueryStatus):
            query_status = self.query_status.to_dict()
        else:
            query_status = self.query_status

        timings: list[dict[str, Any]] | None | Unset
        if isinstance(self.timings, Unset):
            timings = UNSET
        elif isinstance(self.timings, list):
            timings = []
            for timings_type_0_item_data in self.timings:
                timings_type_0_item = timings_type_0_item_data.to_dict()
                timings.append(timings_type_0_item)

        else:
            timings = self.timings

        hogql: None | str | Unset
        if isinstance(self.hogql, Unset):
            hogql = UNSET
        else:
            hogql = self.hogql

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        modifiers: dict[str, Any] | None | Unset
        if isinstance(self.modifiers, Unset):
            modifiers = UNSET
        elif isinstance(self.modifiers, HogQLQueryModifiers):
            modifiers = self.modifiers.to_dict()
        else:
            modifiers = self.modifiers

        resolved_date_range: dict[str, Any] | None | Unset
        if isinstance(self.resolved_date_range, Unset):
            resolved_date_range = UNSET
        elif isinstance(self.resolved_date_range, ResolvedDateRange):
            resolved_date_range = self.resolved_date_range.to_dict()
        else:
            resolved_date_range = self.resolved_date_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results
        if columns is not UNSET:
            field_dict["columns"] = columns
        if types is not UNSET:
            field_dict["types"] = types
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if is_cached is not UNSET:
            field_dict["is_cached"] = is_cached
        if cache_key is not UNSET:
            field_dict["cache_key"] = cache_key
        if last_refresh is not UNSET:
            field_dict["last_refresh"] = last_refresh
        if next_allowed_client_refresh is not UNSET:
            field_dict["next_allowed_client_refresh"] = next_allowed_client_refresh
        if cache_target_age is not UNSET:
            field_dict["cache_target_age"] = cache_target_age
        if calculation_trigger is not UNSET:
            field_dict["calculation_trigger"] = calculation_trigger
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if query_status is not UNSET:
            field_dict["query_status"] = query_status
        if timings is not UNSET:
            field_dict["timings"] = timings
        if hogql is not UNSET:
            field_dict["hogql"] = hogql
        if error is not UNSET:
            field_dict["error"] = error
        if modifiers is not UNSET:
            field_dict["modifiers"] = modifiers
        if resolved_date_range is not UNSET:
            field_dict["resolved_date_range"] = resolved_date_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hog_ql_query_modifiers import HogQLQueryModifiers  # noqa: PLC0415
        from ..models.query_status import QueryStatus  # noqa: PLC0415
        from ..models.query_timing import QueryTiming  # noqa: PLC0415
        from ..models.resolved_date_range import ResolvedDateRange  # noqa: PLC0415

        d = dict(src_dict)
        results = d.pop("results", UNSET)

        def _parse_columns(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                columns_type_0 = cast(list[Any], data)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        def _parse_types(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                types_type_0 = cast(list[Any], data)

                return types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        types = _parse_types(d.pop("types", UNSET))

        def _parse_has_more(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_more = _parse_has_more(d.pop("hasMore", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        offset = _parse_offset(d.pop("offset", UNSET))

        def _parse_is_cached(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_cached = _parse_is_cached(d.pop("is_cached", UNSET))

        def _parse_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_key = _parse_cache_key(d.pop("cache_key", UNSET))

        def _parse_last_refresh(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_refresh_type_0 = datetime.datetime.fromisoformat(data)

                return last_refresh_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_refresh = _parse_last_refresh(d.pop("last_refresh", UNSET))

        def _parse_next_allowed_client_refresh(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_allowed_client_refresh_type_0 = datetime.datetime.fromisoformat(data)

                return next_allowed_client_refresh_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_allowed_client_refresh = _parse_next_allowed_client_refresh(d.pop("next_allowed_client_refresh", UNSET))

        def _parse_cache_target_age(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cache_target_age_type_0 = datetime.datetime.fromisoformat(data)

                return cache_target_age_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cache_target_age = _parse_cache_target_age(d.pop("cache_target_age", UNSET))

        def _parse_calculation_trigger(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        calculation_trigger = _parse_calculation_trigger(d.pop("calculation_trigger", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_query_status(data: object) -> None | QueryStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_status_type_0 = QueryStatus.from_dict(data)

                return query_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryStatus | Unset, data)

        query_status = _parse_query_status(d.pop("query_status", UNSET))

        def _parse_timings(data: object) -> list[QueryTiming] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                timings_type_0 = []
                _timings_type_0 = data
                for timings_type_0_item_data in _timings_type_0:
                    timings_type_0_item = QueryTiming.from_dict(timings_type_0_item_data)

                    timings_type_0.append(timings_type_0_item)

                return timings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QueryTiming] | None | Unset, data)

        timings = _parse_timings(d.pop("timings", UNSET))

        def _parse_hogql(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hogql = _parse_hogql(d.pop("hogql", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_modifiers(data: object) -> HogQLQueryModifiers | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                modifiers_type_0 = HogQLQueryModifiers.from_dict(data)

                return modifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HogQLQueryModifiers | None | Unset, data)

        modifiers = _parse_modifiers(d.pop("modifiers", UNSET))

        def _parse_resolved_date_range(data: object) -> None | ResolvedDateRange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolved_date_range_type_0 = ResolvedDateRange.from_dict(data)

                return resolved_date_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResolvedDateRange | Unset, data)

        resolved_date_range = _parse_resolved_date_range(d.pop("resolved_date_range", UNSET))

        query_response = cls(
            results=results,
            columns=columns,
            types=types,
            has_more=has_more,
            limit=limit,
            offset=offset,
            is_cached=is_cached,
            cache_key=cache_key,
            last_refresh=last_refresh,
            next_allowed_client_refresh=next_allowed_client_refresh,
            cache_target_age=cache_target_age,
            calculation_trigger=calculation_trigger,
            timezone=timezone,
            query_status=query_status,
            timings=timings,
            hogql=hogql,
            error=error,
            modifiers=modifiers,
            resolved_date_range=resolved_date_range,
        )

        query_response.additional_properties = d
        return query_response

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
