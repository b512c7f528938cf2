from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define

from ..models.hog_language import HogLanguage
from ..types import (
    UNSET,
    UNVERIFIED,
    KeepsUnknown,
    Unset,
    bad_type,
    enum_member,
    get_state,
    set_state,
    with_unknown,
)

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject
    from ..models.hog_ql_filters import HogQLFilters
    from ..models.hog_ql_variables import HogQLVariables
    from ..models.query_tags import QueryTags


T = TypeVar("T", bound="HogQLMetadata")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "kind",
        "language",
        "query",
        "sourceQuery",
        "filters",
        "variables",
        "globals",
        "debug",
        "version",
        "tags",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "kind",
        "language",
        "query",
        "debug",
        "version",
    )
)
#: The constant ``kind`` a union tells this model apart by (from_dict's dispatch; posthog_rest's type check too).
_KIND = "HogQLMetadata"


@_attrs_define
class HogQLMetadata(KeepsUnknown):
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
        version (float | None | Unset): The schema version PostHog stored the node with (set by PostHog; leave it out).
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
    version: float | None | Unset = UNSET
    tags: None | QueryTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
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

        version: float | None | Unset
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
        hog_ql_metadata = _new(cls)
        _v = d["kind"]
        if _v != "HogQLMetadata":
            raise ValueError(f"kind must match const 'HogQLMetadata', got '{_v}'")
        hog_ql_metadata.kind = _v
        language = enum_member(HogLanguage, d["language"])

        hog_ql_metadata.language = language
        _v = d["query"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("HogQLMetadata", "query", _v, "a string")
        hog_ql_metadata.query = _v
        if "sourceQuery" in d:
            _v = d["sourceQuery"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            hog_ql_metadata.source_query = _v
        else:
            hog_ql_metadata.source_query = UNSET
        if "filters" in d:
            _v = d["filters"]
            if _v is not None:
                try:
                    _v = HogQLFilters.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            hog_ql_metadata.filters = _v
        else:
            hog_ql_metadata.filters = UNSET
        if "variables" in d:
            _v = d["variables"]
            if _v is not None:
                try:
                    _v = HogQLVariables.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            hog_ql_metadata.variables = _v
        else:
            hog_ql_metadata.variables = UNSET
        if "globals" in d:
            _v = d["globals"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            hog_ql_metadata.globals_ = _v
        else:
            hog_ql_metadata.globals_ = UNSET
        if "debug" in d:
            _v = d["debug"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("HogQLMetadata", "debug", _v, "a boolean or null")
            hog_ql_metadata.debug = _v
        else:
            hog_ql_metadata.debug = UNSET
        if "version" in d:
            _v = d["version"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("HogQLMetadata", "version", _v, "a number or null")
            hog_ql_metadata.version = _v
        else:
            hog_ql_metadata.version = UNSET
        if "tags" in d:
            _v = d["tags"]
            if _v is not None:
                try:
                    _v = QueryTags.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            hog_ql_metadata.tags = _v
        else:
            hog_ql_metadata.tags = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        hog_ql_metadata._sent = (
            None
            if len(d)
            == 3
            + ("sourceQuery" in d)
            + ("filters" in d)
            + ("variables" in d)
            + ("globals" in d)
            + ("debug" in d)
            + ("version" in d)
            + ("tags" in d)
            else d
        )
        return hog_ql_metadata

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
    from ..models.hog_ql_filters import HogQLFilters as _model2
    from ..models.hog_ql_variables import HogQLVariables as _model3
    from ..models.query_tags import QueryTags as _model4

    globals().update(
        {
            "FreeFormObject": _model1,
            "HogQLFilters": _model2,
            "HogQLVariables": _model3,
            "QueryTags": _model4,
        }
    )
    _LOADED = True
