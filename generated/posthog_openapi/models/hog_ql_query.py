from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    UNVERIFIED,
    KeepsUnknown,
    Unset,
    bad_type,
    get_state,
    set_state,
    with_unknown,
)

if TYPE_CHECKING:
    from ..models.hog_ql_filters import HogQLFilters
    from ..models.hog_ql_query_modifiers import HogQLQueryModifiers
    from ..models.hog_ql_values import HogQLValues
    from ..models.hog_ql_variables import HogQLVariables
    from ..models.query_tags import QueryTags


T = TypeVar("T", bound="HogQLQuery")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "kind",
        "query",
        "values",
        "filters",
        "modifiers",
        "variables",
        "name",
        "explain",
        "version",
        "tags",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "kind",
        "query",
        "name",
        "explain",
        "version",
    )
)
#: The constant ``kind`` a union tells this model apart by (from_dict's dispatch; posthog_rest's type check too).
_KIND = "HogQLQuery"


@_attrs_define
class HogQLQuery(KeepsUnknown):
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
            version (float | None | Unset): The schema version PostHog stored the node with (set by PostHog; leave it out).
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
    version: float | None | Unset = UNSET
    tags: None | QueryTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
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
        hog_ql_query = _new(cls)
        _v = d["kind"]
        if _v != "HogQLQuery":
            raise ValueError(f"kind must match const 'HogQLQuery', got '{_v}'")
        hog_ql_query.kind = _v
        _v = d["query"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("HogQLQuery", "query", _v, "a string")
        hog_ql_query.query = _v
        if "values" in d:
            _v = d["values"]
            if _v is not None:
                try:
                    _v = HogQLValues.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            hog_ql_query.values = _v
        else:
            hog_ql_query.values = UNSET
        if "filters" in d:
            _v = d["filters"]
            if _v is not None:
                try:
                    _v = HogQLFilters.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            hog_ql_query.filters = _v
        else:
            hog_ql_query.filters = UNSET
        if "modifiers" in d:
            _v = d["modifiers"]
            if _v is not None:
                try:
                    _v = HogQLQueryModifiers.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            hog_ql_query.modifiers = _v
        else:
            hog_ql_query.modifiers = UNSET
        if "variables" in d:
            _v = d["variables"]
            if _v is not None:
                try:
                    _v = HogQLVariables.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            hog_ql_query.variables = _v
        else:
            hog_ql_query.variables = UNSET
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("HogQLQuery", "name", _v, "a string or null")
            hog_ql_query.name = _v
        else:
            hog_ql_query.name = UNSET
        if "explain" in d:
            _v = d["explain"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("HogQLQuery", "explain", _v, "a boolean or null")
            hog_ql_query.explain = _v
        else:
            hog_ql_query.explain = UNSET
        if "version" in d:
            _v = d["version"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("HogQLQuery", "version", _v, "a number or null")
            hog_ql_query.version = _v
        else:
            hog_ql_query.version = UNSET
        if "tags" in d:
            _v = d["tags"]
            if _v is not None:
                try:
                    _v = QueryTags.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            hog_ql_query.tags = _v
        else:
            hog_ql_query.tags = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        hog_ql_query._sent = (
            None
            if len(d)
            == 2
            + ("values" in d)
            + ("filters" in d)
            + ("modifiers" in d)
            + ("variables" in d)
            + ("name" in d)
            + ("explain" in d)
            + ("version" in d)
            + ("tags" in d)
            else d
        )
        return hog_ql_query

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self, "_sent")

    def __setstate__(self, state: dict[str, Any]) -> None:
        set_state(self, state, "_sent")


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.hog_ql_filters import HogQLFilters as _model1
    from ..models.hog_ql_query_modifiers import HogQLQueryModifiers as _model2
    from ..models.hog_ql_values import HogQLValues as _model3
    from ..models.hog_ql_variables import HogQLVariables as _model4
    from ..models.query_tags import QueryTags as _model5

    globals().update(
        {
            "HogQLFilters": _model1,
            "HogQLQueryModifiers": _model2,
            "HogQLValues": _model3,
            "HogQLVariables": _model4,
            "QueryTags": _model5,
        }
    )
    _LOADED = True
