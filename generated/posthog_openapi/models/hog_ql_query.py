from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hog_ql_filters import HogQLFilters
    from ..models.hog_ql_query_modifiers import HogQLQueryModifiers
    from ..models.hog_ql_values import HogQLValues
    from ..models.hog_ql_variables import HogQLVariables
    from ..models.query_tags import QueryTags


T = TypeVar("T", bound="HogQLQuery")


@_attrs_define
class HogQLQuery:
    """A HogQL (PostHog's ClickHouse SQL) query, e.g. `{"kind": "HogQLQuery", "query": "SELECT event, count() FROM events
    WHERE timestamp > {since} GROUP BY event", "values": {"since": "2026-11-01"}}`. Without LIMIT PostHog returns 100
    rows and `hasMore`; LIMIT may go up to 50,000; OFFSET is refused for personal API keys (page by keyset on
    `timestamp`).

        Attributes:
            kind (Literal['HogQLQuery']): Always `HogQLQuery`. Default: 'HogQLQuery'.
            query (str): The SELECT statement.
            values (HogQLValues | None | Unset): Values for the query's `{placeholders}`.
            filters (HogQLFilters | None | Unset): Filters for the `{filters}` placeholder.
            modifiers (HogQLQueryModifiers | None | Unset): How PostHog builds the SQL.
            variables (HogQLVariables | None | Unset): SQL variables (`{variables.name}`) by id.
            name (None | str | Unset): A name for the query, shown in PostHog's query log (`QueryRequest.name` takes
                precedence).
            explain (bool | None | Unset): Return ClickHouse's EXPLAIN output too.
            version (int | None | Unset): The schema version PostHog stored the node with (set by PostHog; leave it out).
            tags (None | QueryTags | Unset): Tags PostHog attaches to the query for its own accounting.
    """

    query: str
    kind: Literal["HogQLQuery"] = "HogQLQuery"
    values: HogQLValues | None | Unset = UNSET
    filters: HogQLFilters | None | Unset = UNSET
    modifiers: HogQLQueryModifiers | None | Unset = UNSET
    variables: HogQLVariables | None | Unset = UNSET
    name: None | str | Unset = UNSET
    explain: bool | None | Unset = UNSET
    version: int | None | Unset = UNSET
    tags: None | QueryTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.hog_ql_filters import HogQLFilters  # noqa: PLC0415
        from ..models.hog_ql_query_modifiers import HogQLQueryModifiers  # noqa: PLC0415
        from ..models.hog_ql_values import HogQLValues  # noqa: PLC0415
        from ..models.hog_ql_variables import HogQLVariables  # noqa: PLC0415
        from ..models.query_tags import QueryTags  # noqa: PLC0415

        kind = self.kind

        query = self.query

        values: dict[str, Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, HogQLValues):
            values = self.values.to_dict()
        else:
            values = self.values

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, HogQLFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        modifiers: dict[str, Any] | None | Unset
        if isinstance(self.modifiers, Unset):
            modifiers = UNSET
        elif isinstance(self.modifiers, HogQLQueryModifiers):
            modifiers = self.modifiers.to_dict()
        else:
            modifiers = self.modifiers

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, HogQLVariables):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        explain: bool | None | Unset
        if isinstance(self.explain, Unset):
            explain = UNSET
        else:
            explain = self.explain

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
                "query": query,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values
        if filters is not UNSET:
            field_dict["filters"] = filters
        if modifiers is not UNSET:
            field_dict["modifiers"] = modifiers
        if variables is not UNSET:
            field_dict["variables"] = variables
        if name is not UNSET:
            field_dict["name"] = name
        if explain is not UNSET:
            field_dict["explain"] = explain
        if version is not UNSET:
            field_dict["version"] = version
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hog_ql_filters import HogQLFilters  # noqa: PLC0415
        from ..models.hog_ql_query_modifiers import HogQLQueryModifiers  # noqa: PLC0415
        from ..models.hog_ql_values import HogQLValues  # noqa: PLC0415
        from ..models.hog_ql_variables import HogQLVariables  # noqa: PLC0415
        from ..models.query_tags import QueryTags  # noqa: PLC0415

        d = dict(src_dict)
        kind = cast(Literal["HogQLQuery"], d.pop("kind"))
        if kind != "HogQLQuery":
            raise ValueError(f"kind must match const 'HogQLQuery', got '{kind}'")

        query = d.pop("query")

        def _parse_values(data: object) -> HogQLValues | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = HogQLValues.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HogQLValues | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        def _parse_filters(data: object) -> HogQLFilters | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = HogQLFilters.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HogQLFilters | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

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

        def _parse_variables(data: object) -> HogQLVariables | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_type_0 = HogQLVariables.from_dict(data)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HogQLVariables | None | Unset, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_explain(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        explain = _parse_explain(d.pop("explain", UNSET))

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

        hog_ql_query = cls(
            kind=kind,
            query=query,
            values=values,
            filters=filters,
            modifiers=modifiers,
            variables=variables,
            name=name,
            explain=explain,
            version=version,
            tags=tags,
        )

        return hog_ql_query
