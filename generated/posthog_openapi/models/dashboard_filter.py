from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.breakdown_filter import BreakdownFilter
    from ..models.property_filter import PropertyFilter


T = TypeVar("T", bound="DashboardFilter")


@_attrs_define
class DashboardFilter:
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
        from ..models.breakdown_filter import BreakdownFilter  # noqa: PLC0415

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.breakdown_filter import BreakdownFilter  # noqa: PLC0415
        from ..models.property_filter import PropertyFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_date_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_from = _parse_date_from(d.pop("date_from", UNSET))

        def _parse_date_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_to = _parse_date_to(d.pop("date_to", UNSET))

        def _parse_explicit_date(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        explicit_date = _parse_explicit_date(d.pop("explicitDate", UNSET))

        def _parse_properties(data: object) -> list[PropertyFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                properties_type_0 = []
                _properties_type_0 = data
                for properties_type_0_item_data in _properties_type_0:
                    properties_type_0_item = PropertyFilter.from_dict(properties_type_0_item_data)

                    properties_type_0.append(properties_type_0_item)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PropertyFilter] | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_breakdown_filter(data: object) -> BreakdownFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                breakdown_filter_type_0 = BreakdownFilter.from_dict(data)

                return breakdown_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BreakdownFilter | None | Unset, data)

        breakdown_filter = _parse_breakdown_filter(d.pop("breakdown_filter", UNSET))

        dashboard_filter = cls(
            date_from=date_from,
            date_to=date_to,
            explicit_date=explicit_date,
            properties=properties,
            breakdown_filter=breakdown_filter,
        )

        return dashboard_filter
