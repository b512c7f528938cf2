from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.property_filter import PropertyFilter
    from ..models.query_tags import QueryTags


T = TypeVar("T", bound="EventsQuery")


@_attrs_define
class EventsQuery:
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
            version (int | None | Unset): The schema version PostHog stored the node with (set by PostHog; leave it out).
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
    version: int | None | Unset = UNSET
    tags: None | QueryTags | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.query_tags import QueryTags  # noqa: PLC0415

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_filter import PropertyFilter  # noqa: PLC0415
        from ..models.query_tags import QueryTags  # noqa: PLC0415

        d = dict(src_dict)
        kind = cast(Literal["EventsQuery"], d.pop("kind"))
        if kind != "EventsQuery":
            raise ValueError(f"kind must match const 'EventsQuery', got '{kind}'")

        select = cast(list[str], d.pop("select"))

        def _parse_where(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                where_type_0 = cast(list[str], data)

                return where_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        where = _parse_where(d.pop("where", UNSET))

        def _parse_event(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

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

        def _parse_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after = _parse_after(d.pop("after", UNSET))

        def _parse_before(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        before = _parse_before(d.pop("before", UNSET))

        def _parse_person_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_id = _parse_person_id(d.pop("personId", UNSET))

        def _parse_action_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        action_id = _parse_action_id(d.pop("actionId", UNSET))

        def _parse_filter_test_accounts(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        filter_test_accounts = _parse_filter_test_accounts(d.pop("filterTestAccounts", UNSET))

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

        events_query = cls(
            kind=kind,
            select=select,
            where=where,
            event=event,
            properties=properties,
            fixed_properties=fixed_properties,
            order_by=order_by,
            after=after,
            before=before,
            person_id=person_id,
            action_id=action_id,
            filter_test_accounts=filter_test_accounts,
            limit=limit,
            offset=offset,
            version=version,
            tags=tags,
        )

        return events_query
