from __future__ import annotations

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
    parse_uuid,
    sent_unchanged,
)

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject


T = TypeVar("T", bound="UserBasic")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "uuid",
        "email",
        "distinct_id",
        "first_name",
        "last_name",
        "is_email_verified",
        "hedgehog_config",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "uuid",
        "email",
        "distinct_id",
        "first_name",
        "last_name",
        "is_email_verified",
    )
)


def _convert_uuid(d: dict[str, Any]) -> UUID:
    value = d["uuid"]
    return parse_uuid(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "uuid": _convert_uuid,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class UserBasic(LazyModel):
    """A user as embedded in other objects.

    Attributes:
        id (int):
        uuid (UUID):
        email (str):
        distinct_id (None | str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        is_email_verified (bool | None | Unset):
        hedgehog_config (FreeFormObject | None | Unset):
    """

    id: int
    uuid: UUID
    email: str
    distinct_id: None | str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    is_email_verified: bool | None | Unset = UNSET
    hedgehog_config: FreeFormObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
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

        email = self.email

        distinct_id: None | str | Unset
        if isinstance(self.distinct_id, Unset):
            distinct_id = UNSET
        else:
            distinct_id = self.distinct_id

        first_name = self.first_name

        last_name = self.last_name

        is_email_verified: bool | None | Unset
        if isinstance(self.is_email_verified, Unset):
            is_email_verified = UNSET
        else:
            is_email_verified = self.is_email_verified

        hedgehog_config: dict[str, Any] | None | Unset
        if isinstance(self.hedgehog_config, Unset):
            hedgehog_config = UNSET
        elif isinstance(self.hedgehog_config, FreeFormObject):
            hedgehog_config = self.hedgehog_config.to_dict()
        else:
            hedgehog_config = self.hedgehog_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "email": email,
            }
        )
        if distinct_id is not UNSET:
            field_dict["distinct_id"] = distinct_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if is_email_verified is not UNSET:
            field_dict["is_email_verified"] = is_email_verified
        if hedgehog_config is not UNSET:
            field_dict["hedgehog_config"] = hedgehog_config

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        user_basic = _new(cls)
        user_basic._src = d
        _v = d["id"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
            raise bad_type("UserBasic", "id", _v, "an integer")
        user_basic.id = _v
        _v = d["uuid"]
        try:
            _h = _v.replace("-", "")
            _ok = len(_h) == 32 and len(hex_bytes(_h)) == 16
        except ValueError:
            _ok = False
        except (AttributeError, TypeError):
            raise bad_type("UserBasic", "uuid", _v, "a string") from None
        if not _ok and not is_uuid(_v):
            raise bad_text("UserBasic", "uuid", _v, "a UUID")
        _v = d["email"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("UserBasic", "email", _v, "a string")
        user_basic.email = _v
        if "distinct_id" in d:
            _v = d["distinct_id"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("UserBasic", "distinct_id", _v, "a string or null")
            user_basic.distinct_id = _v
        else:
            user_basic.distinct_id = UNSET
        if "first_name" in d:
            _v = d["first_name"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("UserBasic", "first_name", _v, "a string")
            user_basic.first_name = _v
        else:
            user_basic.first_name = UNSET
        if "last_name" in d:
            _v = d["last_name"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("UserBasic", "last_name", _v, "a string")
            user_basic.last_name = _v
        else:
            user_basic.last_name = UNSET
        if "is_email_verified" in d:
            _v = d["is_email_verified"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("UserBasic", "is_email_verified", _v, "a boolean or null")
            user_basic.is_email_verified = _v
        else:
            user_basic.is_email_verified = UNSET
        if "hedgehog_config" in d:
            _v = d["hedgehog_config"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            user_basic.hedgehog_config = _v
        else:
            user_basic.hedgehog_config = UNSET
        # additional_properties: found in the source on first read
        return user_basic

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
_slot_uuid = UserBasic.__dict__["uuid"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.free_form_object import FreeFormObject as _model1

    globals().update(
        {
            "FreeFormObject": _model1,
        }
    )
    _LOADED = True
