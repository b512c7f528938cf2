from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UNVERIFIED,
    LazyModel,
    Unset,
    bad_item,
    bad_type,
    in_sent_order,
    no_attribute,
)

if TYPE_CHECKING:
    from ..models.insight_filters import InsightFilters
    from ..models.query_node import QueryNode


T = TypeVar("T", bound="InsightRequest")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "name",
        "derived_name",
        "filters",
        "query",
        "order",
        "deleted",
        "dashboards",
        "description",
        "tags",
        "favorited",
        "saved",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "name",
        "derived_name",
        "filters",
        "order",
        "deleted",
        "dashboards",
        "description",
        "tags",
        "favorited",
        "saved",
    )
)


def _convert_filters(d: dict[str, Any]) -> InsightFilters | Unset:
    if not _LOADED:
        _load()
    _filters = d.get("filters", UNSET)
    filters: InsightFilters | Unset
    if isinstance(_filters, Unset):
        filters = UNSET
    else:
        filters = InsightFilters.from_dict(_filters)

    return filters


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "filters": _convert_filters,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class InsightRequest(LazyModel):
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
        if not _LOADED:
            _load()
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

        try:
            _filters = _slot_filters(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            filters = self._src.get("filters", UNSET)
            if not isinstance(filters, Unset):
                filters = dict(filters)
        else:
            filters: dict[str, Any] | Unset = UNSET
            if not isinstance(_filters, Unset):
                filters = _filters.to_dict()

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

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        insight_request = _new(cls)
        insight_request._src = d
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("InsightRequest", "name", _v, "a string or null")
            insight_request.name = _v
        else:
            insight_request.name = UNSET
        if "derived_name" in d:
            _v = d["derived_name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("InsightRequest", "derived_name", _v, "a string or null")
            insight_request.derived_name = _v
        else:
            insight_request.derived_name = UNSET
        _v = d.get("filters", UNSET)
        if not (_v is UNSET or type(_v) is dict or isinstance(_v, Mapping)):
            raise bad_type("InsightRequest", "filters", _v, "an object")
        if "query" in d:
            _v = d["query"]
            if _v is not None:
                try:
                    _v = QueryNode.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            insight_request.query = _v
        else:
            insight_request.query = UNSET
        if "order" in d:
            _v = d["order"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("InsightRequest", "order", _v, "an integer or null")
            insight_request.order = _v
        else:
            insight_request.order = UNSET
        if "deleted" in d:
            _v = d["deleted"]
            if not (_v is True or _v is False):
                raise bad_type("InsightRequest", "deleted", _v, "a boolean")
            insight_request.deleted = _v
        else:
            insight_request.deleted = UNSET
        _v = d.get("dashboards", UNSET)
        if type(_v) is list or isinstance(_v, list):
            for _i in _v:
                if not (type(_i) is int or (isinstance(_i, int) and type(_i) is not bool)):
                    raise bad_item("InsightRequest", "dashboards", _v, _i, "an integer")
        elif not (_v is UNSET):
            raise bad_type("InsightRequest", "dashboards", _v, "an array")
        insight_request.dashboards = _v
        if "description" in d:
            _v = d["description"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("InsightRequest", "description", _v, "a string or null")
            insight_request.description = _v
        else:
            insight_request.description = UNSET
        _v = d.get("tags", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "InsightRequest", "tags", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        elif not (_v is UNSET):
            raise bad_type("InsightRequest", "tags", _v, "an array")
        insight_request.tags = _v
        if "favorited" in d:
            _v = d["favorited"]
            if not (_v is True or _v is False):
                raise bad_type("InsightRequest", "favorited", _v, "a boolean")
            insight_request.favorited = _v
        else:
            insight_request.favorited = UNSET
        if "saved" in d:
            _v = d["saved"]
            if not (_v is True or _v is False):
                raise bad_type("InsightRequest", "saved", _v, "a boolean")
            insight_request.saved = _v
        else:
            insight_request.saved = UNSET
        # additional_properties: found in the source on first read
        return insight_request

    if not TYPE_CHECKING:  # type checkers see only the declared fields

        def __getattr__(self, name: str) -> Any:
            convert = _LAZY.get(name)
            if convert is None:
                raise no_attribute(self, name)
            value = convert(self._src)
            setattr(self, name, value)
            return value

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


# The slots' own getters: they raise AttributeError for a field not converted yet (to_dict then sends the JSON as is).
_slot_filters = InsightRequest.__dict__["filters"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.insight_filters import InsightFilters as _model1
    from ..models.query_node import QueryNode as _model2

    globals().update(
        {
            "InsightFilters": _model1,
            "QueryNode": _model2,
        }
    )
    _LOADED = True
