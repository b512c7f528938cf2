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
    from ..models.property_filter import PropertyFilter
    from ..models.query_tags import QueryTags


T = TypeVar("T", bound="EventsQuery")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "kind",
        "select",
        "where",
        "event",
        "properties",
        "fixedProperties",
        "orderBy",
        "after",
        "before",
        "personId",
        "actionId",
        "filterTestAccounts",
        "limit",
        "offset",
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
        "where",
        "event",
        "order_by",
        "after",
        "before",
        "person_id",
        "action_id",
        "filter_test_accounts",
        "limit",
        "offset",
        "version",
    )
)
#: The constant ``kind`` a union tells this model apart by (from_dict's dispatch; posthog_rest's type check too).
_KIND = "EventsQuery"


@_attrs_define
class EventsQuery(KeepsUnknown):
    """Raw events, columns chosen by HogQL expressions: PostHog's events table view. Newest first unless `orderBy` says
    otherwise.

        Attributes:
            kind (Literal['EventsQuery']): Always `EventsQuery`. Default: 'EventsQuery'.
            select (list[str]): The columns: HogQL expressions such as `*`, `event`, `timestamp`, `properties.$browser`,
                `count()`.
            where (list[str] | None | Unset): HogQL conditions, all of which must hold.
            event (None | str | Unset): Only this event.
            properties (list[PropertyFilter] | Unset): Property filters, all of which must match.
            fixed_properties (list[PropertyFilter] | Unset): Property filters that cannot be edited in PostHog's UI.
            order_by (list[str] | None | Unset): HogQL ORDER BY expressions, e.g. `timestamp DESC`.
            after (None | str | Unset): Only events after this time (absolute, or relative like `-24h`; PostHog's default is
                `-24h`).
            before (None | str | Unset): Only events before this time.
            person_id (None | str | Unset): Only this person's events (the person's UUID).
            action_id (int | None | Unset): Only events matching this action.
            filter_test_accounts (bool | None | Unset):
            limit (int | None | Unset): At most this many rows (PostHog's default is 100, maximum 50,000).
            offset (int | None | Unset): Skip this many rows.
            version (float | None | Unset): The schema version PostHog stored the node with (set by PostHog; leave it out).
            tags (None | QueryTags | Unset): Tags PostHog attaches to the query for its own accounting.
    """

    select: list[str]
    kind: Literal["EventsQuery"] = "EventsQuery"
    where: list[str] | None | Unset = UNSET
    event: None | str | Unset = UNSET
    properties: list[PropertyFilter] | Unset = UNSET
    fixed_properties: list[PropertyFilter] | Unset = UNSET
    order_by: list[str] | None | Unset = UNSET
    after: None | str | Unset = UNSET
    before: None | str | Unset = UNSET
    person_id: None | str | Unset = UNSET
    action_id: int | None | Unset = UNSET
    filter_test_accounts: bool | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    offset: int | None | Unset = UNSET
    version: float | None | Unset = UNSET
    tags: None | QueryTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        kind = self.kind

        select = self.select

        where: list[str] | None | Unset
        if isinstance(self.where, Unset):
            where = UNSET
        elif isinstance(self.where, list):
            where = self.where

        else:
            where = self.where

        event: None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event

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

        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        else:
            after = self.after

        before: None | str | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        else:
            before = self.before

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        action_id: int | None | Unset
        if isinstance(self.action_id, Unset):
            action_id = UNSET
        else:
            action_id = self.action_id

        filter_test_accounts: bool | None | Unset
        if isinstance(self.filter_test_accounts, Unset):
            filter_test_accounts = UNSET
        else:
            filter_test_accounts = self.filter_test_accounts

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
                "select": select,
            }
        )
        if where is not UNSET:
            field_dict["where"] = where
        if event is not UNSET:
            field_dict["event"] = event
        if properties is not UNSET:
            field_dict["properties"] = properties
        if fixed_properties is not UNSET:
            field_dict["fixedProperties"] = fixed_properties
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if after is not UNSET:
            field_dict["after"] = after
        if before is not UNSET:
            field_dict["before"] = before
        if person_id is not UNSET:
            field_dict["personId"] = person_id
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if filter_test_accounts is not UNSET:
            field_dict["filterTestAccounts"] = filter_test_accounts
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
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
        events_query = _new(cls)
        _v = d["kind"]
        if _v != "EventsQuery":
            raise ValueError(f"kind must match const 'EventsQuery', got '{_v}'")
        events_query.kind = _v
        _v = d["select"]
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "EventsQuery", "select", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        else:
            raise bad_type("EventsQuery", "select", _v, "an array")
        events_query.select = _v
        _v = d.get("where", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "EventsQuery", "where", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        elif not (_v is None or _v is UNSET):
            raise bad_type("EventsQuery", "where", _v, "null or an array")
        events_query.where = _v
        if "event" in d:
            _v = d["event"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("EventsQuery", "event", _v, "a string or null")
            events_query.event = _v
        else:
            events_query.event = UNSET
        _v = d.get("properties", UNSET)
        if isinstance(_v, list):
            _parse = PropertyFilter.from_dict  # bound once, not per item
            try:
                events_query.properties = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "properties", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            events_query.properties = _v
        else:
            raise bad_type("EventsQuery", "properties", _v, "an array")
        _v = d.get("fixedProperties", UNSET)
        if isinstance(_v, list):
            _parse = PropertyFilter.from_dict  # bound once, not per item
            try:
                events_query.fixed_properties = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "fixedProperties", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            events_query.fixed_properties = _v
        else:
            raise bad_type("EventsQuery", "fixedProperties", _v, "an array")
        _v = d.get("orderBy", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "EventsQuery", "orderBy", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        elif not (_v is None or _v is UNSET):
            raise bad_type("EventsQuery", "orderBy", _v, "null or an array")
        events_query.order_by = _v
        if "after" in d:
            _v = d["after"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("EventsQuery", "after", _v, "a string or null")
            events_query.after = _v
        else:
            events_query.after = UNSET
        if "before" in d:
            _v = d["before"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("EventsQuery", "before", _v, "a string or null")
            events_query.before = _v
        else:
            events_query.before = UNSET
        if "personId" in d:
            _v = d["personId"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("EventsQuery", "personId", _v, "a string or null")
            events_query.person_id = _v
        else:
            events_query.person_id = UNSET
        if "actionId" in d:
            _v = d["actionId"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("EventsQuery", "actionId", _v, "an integer or null")
            events_query.action_id = _v
        else:
            events_query.action_id = UNSET
        if "filterTestAccounts" in d:
            _v = d["filterTestAccounts"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("EventsQuery", "filterTestAccounts", _v, "a boolean or null")
            events_query.filter_test_accounts = _v
        else:
            events_query.filter_test_accounts = UNSET
        if "limit" in d:
            _v = d["limit"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("EventsQuery", "limit", _v, "an integer or null")
            events_query.limit = _v
        else:
            events_query.limit = UNSET
        if "offset" in d:
            _v = d["offset"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("EventsQuery", "offset", _v, "an integer or null")
            events_query.offset = _v
        else:
            events_query.offset = UNSET
        if "version" in d:
            _v = d["version"]
            if not (
                type(_v) is float
                or type(_v) is int
                or (isinstance(_v, int | float) and type(_v) is not bool)
                or _v is None
            ):
                raise bad_type("EventsQuery", "version", _v, "a number or null")
            events_query.version = _v
        else:
            events_query.version = UNSET
        if "tags" in d:
            _v = d["tags"]
            if _v is not None:
                try:
                    _v = QueryTags.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            events_query.tags = _v
        else:
            events_query.tags = UNSET
        # Kept only with keys this version does not know (to_dict writes them back); None is cheaper to read
        # in to_dict than a slot never set.
        events_query._sent = None if _FIELDS.issuperset(d) else d
        return events_query

    def __getstate__(self) -> dict[str, Any]:
        return get_state(self, "_sent")

    def __setstate__(self, state: dict[str, Any]) -> None:
        set_state(self, state, "_sent")


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.property_filter import PropertyFilter as _model1
    from ..models.query_tags import QueryTags as _model2

    globals().update(
        {
            "PropertyFilter": _model1,
            "QueryTags": _model2,
        }
    )
    _LOADED = True
