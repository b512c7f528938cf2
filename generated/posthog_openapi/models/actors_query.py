from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject
    from ..models.property_filter import PropertyFilter
    from ..models.query_tags import QueryTags


T = TypeVar("T", bound="ActorsQuery")


@_attrs_define
class ActorsQuery:
    """Persons (or groups) with chosen columns: PostHog's recommended way to list and export persons.

    Attributes:
        kind (Literal['ActorsQuery']): Always `ActorsQuery`. Default: 'ActorsQuery'.
        select (list[str] | None | Unset): The columns, e.g. `person`, `id`, `properties.email`, `created_at`.
        search (None | str | Unset): Match email, name or distinct id.
        properties (list[PropertyFilter] | Unset): Property filters, all of which must match.
        fixed_properties (list[PropertyFilter] | Unset): Property filters that cannot be edited in PostHog's UI.
        order_by (list[str] | None | Unset): HogQL ORDER BY expressions.
        limit (int | None | Unset):
        offset (int | None | Unset):
        source (FreeFormObject | None | Unset): An insight actors query (the persons behind one data point), when set.
        version (int | None | Unset): The schema version PostHog stored the node with (set by PostHog; leave it out).
        tags (None | QueryTags | Unset): Tags PostHog attaches to the query for its own accounting.
    """

    kind: Literal["ActorsQuery"] = "ActorsQuery"
    select: list[str] | None | Unset = UNSET
    search: None | str | Unset = UNSET
    properties: list[PropertyFilter] | Unset = UNSET
    fixed_properties: list[PropertyFilter] | Unset = UNSET
    order_by: list[str] | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    offset: int | None | Unset = UNSET
    source: FreeFormObject | None | Unset = UNSET
    version: int | None | Unset = UNSET
    tags: None | QueryTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415
        from ..models.query_tags import QueryTags  # noqa: PLC0415

        kind = self.kind

        select: list[str] | None | Unset
        if isinstance(self.select, Unset):
            select = UNSET
        elif isinstance(self.select, list):
            select = self.select

        else:
            select = self.select

        search: None | str | Unset
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        fixed_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fixed_properties, Unset):
            fixed_properties = []
            for fixed_properties_item_data in self.fixed_properties:
                fixed_properties_item = fixed_properties_item_data.to_dict()
                fixed_properties.append(fixed_properties_item)

        order_by: list[str] | None | Unset
        if isinstance(self.order_by, Unset):
            order_by = UNSET
        elif isinstance(self.order_by, list):
            order_by = self.order_by

        else:
            order_by = self.order_by

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

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, FreeFormObject):
            source = self.source.to_dict()
        else:
            source = self.source

        version: int | None | Unset
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
            }
        )
        if select is not UNSET:
            field_dict["select"] = select
        if search is not UNSET:
            field_dict["search"] = search
        if properties is not UNSET:
            field_dict["properties"] = properties
        if fixed_properties is not UNSET:
            field_dict["fixedProperties"] = fixed_properties
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if source is not UNSET:
            field_dict["source"] = source
        if version is not UNSET:
            field_dict["version"] = version
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415
        from ..models.property_filter import PropertyFilter  # noqa: PLC0415
        from ..models.query_tags import QueryTags  # noqa: PLC0415

        d = dict(src_dict)
        kind = cast(Literal["ActorsQuery"], d.pop("kind"))
        if kind != "ActorsQuery":
            raise ValueError(f"kind must match const 'ActorsQuery', got '{kind}'")

        def _parse_select(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                select_type_0 = cast(list[str], data)

                return select_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        select = _parse_select(d.pop("select", UNSET))

        def _parse_search(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search = _parse_search(d.pop("search", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: list[PropertyFilter] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = PropertyFilter.from_dict(properties_item_data)

                properties.append(properties_item)

        _fixed_properties = d.pop("fixedProperties", UNSET)
        fixed_properties: list[PropertyFilter] | Unset = UNSET
        if _fixed_properties is not UNSET:
            fixed_properties = []
            for fixed_properties_item_data in _fixed_properties:
                fixed_properties_item = PropertyFilter.from_dict(fixed_properties_item_data)

                fixed_properties.append(fixed_properties_item)

        def _parse_order_by(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_by_type_0 = cast(list[str], data)

                return order_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        order_by = _parse_order_by(d.pop("orderBy", UNSET))

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

        def _parse_source(data: object) -> FreeFormObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = FreeFormObject.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreeFormObject | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_tags(data: object) -> None | QueryTags | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = QueryTags.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryTags | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        actors_query = cls(
            kind=kind,
            select=select,
            search=search,
            properties=properties,
            fixed_properties=fixed_properties,
            order_by=order_by,
            limit=limit,
            offset=offset,
            source=source,
            version=version,
            tags=tags,
        )

        return actors_query
