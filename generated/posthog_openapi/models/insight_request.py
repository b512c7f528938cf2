from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insight_filters import InsightFilters
    from ..models.query_node import QueryNode


T = TypeVar("T", bound="InsightRequest")


@_attrs_define
class InsightRequest:
    """The writable fields of an insight, for create, update and the legacy
    calculation endpoints. Every field is optional.

        Attributes:
            name (None | str | Unset):
            derived_name (None | str | Unset):
            filters (InsightFilters | Unset): An insight's legacy filters (events, actions, date_from, date_to,
                display, interval, properties, breakdown, …) as one JSON object.
            query (None | QueryNode | Unset): Query node JSON.
            order (int | None | Unset):
            deleted (bool | Unset): Set to true to soft-delete the insight (hard delete is not allowed).
            dashboards (list[int] | Unset): DEPRECATED. Will be removed in a future release. Use
                dashboard_tiles instead. A dashboard ID for each of the dashboards
                that this insight is displayed on.
            description (None | str | Unset):
            tags (list[str] | Unset):
            favorited (bool | Unset):
            saved (bool | Unset):
    """

    name: None | str | Unset = UNSET
    derived_name: None | str | Unset = UNSET
    filters: InsightFilters | Unset = UNSET
    query: None | QueryNode | Unset = UNSET
    order: int | None | Unset = UNSET
    deleted: bool | Unset = UNSET
    dashboards: list[int] | Unset = UNSET
    description: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    favorited: bool | Unset = UNSET
    saved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.query_node import QueryNode  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        derived_name: None | str | Unset
        if isinstance(self.derived_name, Unset):
            derived_name = UNSET
        else:
            derived_name = self.derived_name

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        query: dict[str, Any] | None | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        elif isinstance(self.query, QueryNode):
            query = self.query.to_dict()
        else:
            query = self.query

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        deleted = self.deleted

        dashboards: list[int] | Unset = UNSET
        if not isinstance(self.dashboards, Unset):
            dashboards = self.dashboards

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        favorited = self.favorited

        saved = self.saved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if derived_name is not UNSET:
            field_dict["derived_name"] = derived_name
        if filters is not UNSET:
            field_dict["filters"] = filters
        if query is not UNSET:
            field_dict["query"] = query
        if order is not UNSET:
            field_dict["order"] = order
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if dashboards is not UNSET:
            field_dict["dashboards"] = dashboards
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if favorited is not UNSET:
            field_dict["favorited"] = favorited
        if saved is not UNSET:
            field_dict["saved"] = saved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.insight_filters import InsightFilters  # noqa: PLC0415
        from ..models.query_node import QueryNode  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_derived_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        derived_name = _parse_derived_name(d.pop("derived_name", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: InsightFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = InsightFilters.from_dict(_filters)

        def _parse_query(data: object) -> None | QueryNode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_type_0 = QueryNode.from_dict(data)

                return query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryNode | Unset, data)

        query = _parse_query(d.pop("query", UNSET))

        def _parse_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        deleted = d.pop("deleted", UNSET)

        dashboards = cast(list[int], d.pop("dashboards", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        favorited = d.pop("favorited", UNSET)

        saved = d.pop("saved", UNSET)

        insight_request = cls(
            name=name,
            derived_name=derived_name,
            filters=filters,
            query=query,
            order=order,
            deleted=deleted,
            dashboards=dashboards,
            description=description,
            tags=tags,
            favorited=favorited,
            saved=saved,
        )

        insight_request.additional_properties = d
        return insight_request

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
