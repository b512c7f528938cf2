from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    UNVERIFIED,
    KeepsUnknown,
    Unset,
    add_path,
    bad_item,
    bad_type,
    failing_item,
    get_state,
    set_state,
    with_unknown,
)

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject
    from ..models.property_filter import PropertyFilter
    from ..models.query_tags import QueryTags


T = TypeVar("T", bound="ActorsQuery")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "kind",
        "select",
        "search",
        "properties",
        "fixedProperties",
        "orderBy",
        "limit",
        "offset",
        "source",
        "version",
        "tags",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "kind",
        "select",
        "search",
        "order_by",
        "limit",
        "offset",
        "version",
    )
)
#: The constant ``kind`` a union tells this model apart by (from_dict's dispatch; posthog_rest's type check too).
_KIND = "ActorsQuery"


@_attrs_define
class ActorsQuery(KeepsUnknown):
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
        version (float | None | Unset): The schema version PostHog stored the node with (set by PostHog; leave it out).
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
    version: float | None | Unset = UNSET
    tags: None | QueryTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
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
        actors_query = _new(cls)
        _v = d["kind"]
        if _v != "ActorsQuery":
            raise ValueError(f"kind must match const 'ActorsQuery', got '{_v}'")
        actors_query.kind = _v
        _v = d.get("select", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "ActorsQuery", "select", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        elif not (_v is None or _v is UNSET):
            raise bad_type("ActorsQuery", "select", _v, "null or an array")
        actors_query.select = _v
        if "search" in d:
            _v = d["search"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActorsQuery", "search", _v, "a string or null")
            actors_query.search = _v
        else:
            actors_query.search = UNSET
        _v = d.get("properties", UNSET)
        if isinstance(_v, list):
            _parse = PropertyFilter.from_dict  # bound once, not per item
            try:
                actors_query.properties = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "properties", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            actors_query.properties = _v
        else:
            raise bad_type("ActorsQuery", "properties", _v, "an array")
        _v = d.get("fixedProperties", UNSET)
        if isinstance(_v, list):
            _parse = PropertyFilter.from_dict  # bound once, not per item
            try:
                actors_query.fixed_properties = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "fixedProperties", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            actors_query.fixed_properties = _v
        else:
            raise bad_type("ActorsQuery", "fixedProperties", _v, "an array")
        _v = d.get("orderBy", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "ActorsQuery", "orderBy", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        elif not (_v is None or _v is UNSET):
            raise bad_type("ActorsQuery", "orderBy", _v, "null or an array")
        actors_query.order_by = _v
        if "limit" in d:
            _v = d["limit"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("ActorsQuery", "limit", _v, "an integer or null")
            actors_query.limit = _v
        else:
            actors_query.limit = UNSET
        if "offset" in d:
            _v = d["offset"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("ActorsQuery", "offset", _v, "an integer or null")
            actors_query.offset = _v
        else:
            actors_query.offset = UNSET
        if "source" in d:
            _v = d["source"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            actors_query.source = _v
        else:
            actors_query.source = UNSET
        if "version" in d:
            _v = d["version"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("ActorsQuery", "version", _v, "a number or null")
            actors_query.version = _v
        else:
            actors_query.version = UNSET
        if "tags" in d:
            _v = d["tags"]
            if _v is not None:
                try:
                    _v = QueryTags.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            actors_query.tags = _v
        else:
            actors_query.tags = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        actors_query._sent = None if _FIELDS.issuperset(d) else d
        return actors_query

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
    from ..models.property_filter import PropertyFilter as _model2
    from ..models.query_tags import QueryTags as _model3

    globals().update(
        {
            "FreeFormObject": _model1,
            "PropertyFilter": _model2,
            "QueryTags": _model3,
        }
    )
    _LOADED = True
