from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.hog_language import HogLanguage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject
    from ..models.hog_ql_filters import HogQLFilters
    from ..models.hog_ql_variables import HogQLVariables
    from ..models.query_tags import QueryTags


T = TypeVar("T", bound="HogQLMetadata")


@_attrs_define
class HogQLMetadata:
    """Validate HogQL without running it: answers errors, warnings and notices with their positions in the text.

    Attributes:
        kind (Literal['HogQLMetadata']): Always `HogQLMetadata`. Default: 'HogQLMetadata'.
        language (HogLanguage): The language of the code `HogQLMetadata` validates.
            * `hogQL` - a HogQL SELECT query
            * `hogQLExpr` - a HogQL expression
            * `hog` - a Hog program
            * `hogTemplate` - a Hog template string
            * `hogJson` - Hog in JSON
            * `liquid` - a Liquid template
        query (str): The code to validate.
        source_query (FreeFormObject | None | Unset): The query the code belongs to (for expressions), when any.
        filters (HogQLFilters | None | Unset):
        variables (HogQLVariables | None | Unset):
        globals_ (FreeFormObject | None | Unset): Globals for Hog code.
        debug (bool | None | Unset): Also return the generated ClickHouse SQL.
        version (int | None | Unset): The schema version PostHog stored the node with (set by PostHog; leave it out).
        tags (None | QueryTags | Unset): Tags PostHog attaches to the query for its own accounting.
    """

    language: HogLanguage
    query: str
    kind: Literal["HogQLMetadata"] = "HogQLMetadata"
    source_query: FreeFormObject | None | Unset = UNSET
    filters: HogQLFilters | None | Unset = UNSET
    variables: HogQLVariables | None | Unset = UNSET
    globals_: FreeFormObject | None | Unset = UNSET
    debug: bool | None | Unset = UNSET
    version: int | None | Unset = UNSET
    tags: None | QueryTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415
        from ..models.hog_ql_filters import HogQLFilters  # noqa: PLC0415
        from ..models.hog_ql_variables import HogQLVariables  # noqa: PLC0415
        from ..models.query_tags import QueryTags  # noqa: PLC0415

        kind = self.kind

        language = self.language.value

        query = self.query

        source_query: dict[str, Any] | None | Unset
        if isinstance(self.source_query, Unset):
            source_query = UNSET
        elif isinstance(self.source_query, FreeFormObject):
            source_query = self.source_query.to_dict()
        else:
            source_query = self.source_query

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, HogQLFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, HogQLVariables):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        globals_: dict[str, Any] | None | Unset
        if isinstance(self.globals_, Unset):
            globals_ = UNSET
        elif isinstance(self.globals_, FreeFormObject):
            globals_ = self.globals_.to_dict()
        else:
            globals_ = self.globals_

        debug: bool | None | Unset
        if isinstance(self.debug, Unset):
            debug = UNSET
        else:
            debug = self.debug

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
                "language": language,
                "query": query,
            }
        )
        if source_query is not UNSET:
            field_dict["sourceQuery"] = source_query
        if filters is not UNSET:
            field_dict["filters"] = filters
        if variables is not UNSET:
            field_dict["variables"] = variables
        if globals_ is not UNSET:
            field_dict["globals"] = globals_
        if debug is not UNSET:
            field_dict["debug"] = debug
        if version is not UNSET:
            field_dict["version"] = version
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415
        from ..models.hog_ql_filters import HogQLFilters  # noqa: PLC0415
        from ..models.hog_ql_variables import HogQLVariables  # noqa: PLC0415
        from ..models.query_tags import QueryTags  # noqa: PLC0415

        d = dict(src_dict)
        kind = cast(Literal["HogQLMetadata"], d.pop("kind"))
        if kind != "HogQLMetadata":
            raise ValueError(f"kind must match const 'HogQLMetadata', got '{kind}'")

        language = HogLanguage(d.pop("language"))

        query = d.pop("query")

        def _parse_source_query(data: object) -> FreeFormObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_query_type_0 = FreeFormObject.from_dict(data)

                return source_query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreeFormObject | None | Unset, data)

        source_query = _parse_source_query(d.pop("sourceQuery", UNSET))

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

        def _parse_globals_(data: object) -> FreeFormObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                globals_type_0 = FreeFormObject.from_dict(data)

                return globals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreeFormObject | None | Unset, data)

        globals_ = _parse_globals_(d.pop("globals", UNSET))

        def _parse_debug(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        debug = _parse_debug(d.pop("debug", UNSET))

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

        hog_ql_metadata = cls(
            kind=kind,
            language=language,
            query=query,
            source_query=source_query,
            filters=filters,
            variables=variables,
            globals_=globals_,
            debug=debug,
            version=version,
            tags=tags,
        )

        return hog_ql_metadata
