from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UNVERIFIED,
    LazyModel,
    Unset,
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
    from ..models.activity_detail import ActivityDetail
    from ..models.activity_log_user import ActivityLogUser


T = TypeVar("T", bound="ActivityLogEntry")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "activity",
        "scope",
        "created_at",
        "user",
        "item_id",
        "detail",
        "is_system",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "activity",
        "scope",
        "created_at",
        "item_id",
        "is_system",
    )
)


def _convert_id(d: dict[str, Any]) -> UUID:
    value = d["id"]
    return parse_uuid(value)


def _convert_created_at(d: dict[str, Any]) -> datetime.datetime:
    value = d["created_at"]
    return parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "id": _convert_id,
    "created_at": _convert_created_at,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class ActivityLogEntry(LazyModel):
    """One recorded change.

    Attributes:
        id (UUID):
        activity (str): What happened, e.g. `created`, `updated`, `deleted`.
        scope (str): The kind of object, e.g. `Insight` or `Person`.
        created_at (datetime.datetime):
        user (ActivityLogUser | None | Unset):
        item_id (None | str | Unset):
        detail (ActivityDetail | None | Unset): The change itself (name, changes with before and after, …).
        is_system (bool | None | Unset):
    """

    id: UUID
    activity: str
    scope: str
    created_at: datetime.datetime
    user: ActivityLogUser | None | Unset = UNSET
    item_id: None | str | Unset = UNSET
    detail: ActivityDetail | None | Unset = UNSET
    is_system: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        try:
            _id = _slot_id(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            id = self._src["id"]
        else:
            if sent_unchanged(self, "id", _id, _convert_id):
                id = self._src["id"]
            else:
                id = str(_id)

        activity = self.activity

        scope = self.scope

        try:
            _created_at = _slot_created_at(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            created_at = self._src["created_at"]
        else:
            if sent_unchanged(self, "created_at", _created_at, _convert_created_at):
                created_at = self._src["created_at"]
            else:
                created_at = _created_at.isoformat()

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, ActivityLogUser):
            user = self.user.to_dict()
        else:
            user = self.user

        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        detail: dict[str, Any] | None | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, ActivityDetail):
            detail = self.detail.to_dict()
        else:
            detail = self.detail

        is_system: bool | None | Unset
        if isinstance(self.is_system, Unset):
            is_system = UNSET
        else:
            is_system = self.is_system

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "activity": activity,
                "scope": scope,
                "created_at": created_at,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if detail is not UNSET:
            field_dict["detail"] = detail
        if is_system is not UNSET:
            field_dict["is_system"] = is_system

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        activity_log_entry = _new(cls)
        activity_log_entry._src = d
        _v = d["id"]
        try:
            _h = _v.replace("-", "")
            _ok = len(_h) == 32 and len(hex_bytes(_h)) == 16
        except ValueError:
            _ok = False
        except (AttributeError, TypeError):
            raise bad_type("ActivityLogEntry", "id", _v, "a string") from None
        if not _ok and not is_uuid(_v):
            raise bad_text("ActivityLogEntry", "id", _v, "a UUID")
        _v = d["activity"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("ActivityLogEntry", "activity", _v, "a string")
        activity_log_entry.activity = _v
        _v = d["scope"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("ActivityLogEntry", "scope", _v, "a string")
        activity_log_entry.scope = _v
        _v = d["created_at"]
        try:
            parse_datetime(_v)
        except ValueError:
            raise bad_text("ActivityLogEntry", "created_at", _v, "a date-time") from None
        except TypeError:
            raise bad_type("ActivityLogEntry", "created_at", _v, "a string") from None
        if "user" in d:
            _v = d["user"]
            if _v is not None:
                try:
                    _v = ActivityLogUser.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            activity_log_entry.user = _v
        else:
            activity_log_entry.user = UNSET
        if "item_id" in d:
            _v = d["item_id"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("ActivityLogEntry", "item_id", _v, "a string or null")
            activity_log_entry.item_id = _v
        else:
            activity_log_entry.item_id = UNSET
        if "detail" in d:
            _v = d["detail"]
            if _v is not None:
                try:
                    _v = ActivityDetail.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            activity_log_entry.detail = _v
        else:
            activity_log_entry.detail = UNSET
        if "is_system" in d:
            _v = d["is_system"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("ActivityLogEntry", "is_system", _v, "a boolean or null")
            activity_log_entry.is_system = _v
        else:
            activity_log_entry.is_system = UNSET
        # additional_properties: found in the source on first read
        return activity_log_entry

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
_slot_id = ActivityLogEntry.__dict__["id"].__get__
_slot_created_at = ActivityLogEntry.__dict__["created_at"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.activity_detail import ActivityDetail as _model1
    from ..models.activity_log_user import ActivityLogUser as _model2

    globals().update(
        {
            "ActivityDetail": _model1,
            "ActivityLogUser": _model2,
        }
    )
    _LOADED = True
