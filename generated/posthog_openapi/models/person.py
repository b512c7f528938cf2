from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyModel,
    Unset,
    bad_item,
    bad_text,
    bad_type,
    hex_bytes,
    in_sent_order,
    is_uuid,
    no_attribute,
    parse_datetime,
    parse_uuid,
    sent_unchanged,
)

if TYPE_CHECKING:
    from ..models.person_properties import PersonProperties


T = TypeVar("T", bound="Person")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "uuid",
        "distinct_ids",
        "properties",
        "name",
        "created_at",
        "last_seen_at",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "uuid",
        "distinct_ids",
        "properties",
        "name",
        "created_at",
        "last_seen_at",
    )
)


def _convert_uuid(d: dict[str, Any]) -> UUID:
    value = d["uuid"]
    return parse_uuid(value)


def _convert_properties(d: dict[str, Any]) -> PersonProperties:
    if not _LOADED:
        _load()
    properties = PersonProperties.from_dict(d["properties"])

    return properties


def _convert_created_at(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("created_at", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_last_seen_at(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("last_seen_at", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "uuid": _convert_uuid,
    "properties": _convert_properties,
    "created_at": _convert_created_at,
    "last_seen_at": _convert_last_seen_at,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class Person(LazyModel):
    """A person (one of your users), with every distinct id merged into them. A
    "missing person" (events whose person is not stored yet) comes back with
    `id`, `name` and `created_at` null.

        Attributes:
            id (int | None):
            uuid (UUID):
            distinct_ids (list[str]):
            properties (PersonProperties): A person's properties by key, e.g. `email`, `$initial_os`, `plan`.
            name (None | str | Unset): A display name (the email, or a distinct id).
            created_at (datetime.datetime | None | Unset):
            last_seen_at (datetime.datetime | None | Unset): Newer servers only.
    """

    id: int | None
    uuid: UUID
    distinct_ids: list[str]
    properties: PersonProperties
    name: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    last_seen_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        id: int | None
        id = self.id

        try:
            _uuid = _slot_uuid(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            uuid = self._src["uuid"]
        else:
            if sent_unchanged(self, "uuid", _uuid, _convert_uuid):
                uuid = self._src["uuid"]
            else:
                uuid = str(_uuid)

        distinct_ids = self.distinct_ids

        try:
            _properties = _slot_properties(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            properties = dict(self._src["properties"])
        else:
            properties = _properties.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        try:
            _created_at = _slot_created_at(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            created_at = self._src.get("created_at", UNSET)
        else:
            if sent_unchanged(self, "created_at", _created_at, _convert_created_at):
                created_at = self._src["created_at"]
            else:
                created_at: None | str | Unset
                if isinstance(_created_at, Unset):
                    created_at = UNSET
                elif isinstance(_created_at, datetime.datetime):
                    created_at = _created_at.isoformat()
                else:
                    created_at = _created_at

        try:
            _last_seen_at = _slot_last_seen_at(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            last_seen_at = self._src.get("last_seen_at", UNSET)
        else:
            if sent_unchanged(self, "last_seen_at", _last_seen_at, _convert_last_seen_at):
                last_seen_at = self._src["last_seen_at"]
            else:
                last_seen_at: None | str | Unset
                if isinstance(_last_seen_at, Unset):
                    last_seen_at = UNSET
                elif isinstance(_last_seen_at, datetime.datetime):
                    last_seen_at = _last_seen_at.isoformat()
                else:
                    last_seen_at = _last_seen_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "distinct_ids": distinct_ids,
                "properties": properties,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        person = _new(cls)
        person._src = d
        _v = d["id"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
            raise bad_type("Person", "id", _v, "an integer or null")
        person.id = _v
        _v = d["uuid"]
        try:
            _h = _v.replace("-", "")
            _ok = len(_h) == 32 and len(hex_bytes(_h)) == 16
        except ValueError:
            _ok = False
        except (AttributeError, TypeError):
            raise bad_type("Person", "uuid", _v, "a string") from None
        if not _ok and not is_uuid(_v):
            raise bad_text("Person", "uuid", _v, "a UUID")
        _v = d["distinct_ids"]
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "Person", "distinct_ids", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        else:
            raise bad_type("Person", "distinct_ids", _v, "an array")
        person.distinct_ids = _v
        _v = d["properties"]
        if not (type(_v) is dict or isinstance(_v, Mapping)):
            raise bad_type("Person", "properties", _v, "an object")
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("Person", "name", _v, "a string or null")
            person.name = _v
        else:
            person.name = UNSET
        _v = d.get("created_at")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Person", "created_at", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Person", "created_at", _v, "a string or null") from None
        _v = d.get("last_seen_at")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Person", "last_seen_at", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Person", "last_seen_at", _v, "a string or null") from None
        # additional_properties: found in the source on first read
        return person

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
_slot_uuid = Person.__dict__["uuid"].__get__
_slot_properties = Person.__dict__["properties"].__get__
_slot_created_at = Person.__dict__["created_at"].__get__
_slot_last_seen_at = Person.__dict__["last_seen_at"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.person_properties import PersonProperties as _model1

    globals().update(
        {
            "PersonProperties": _model1,
        }
    )
    _LOADED = True
