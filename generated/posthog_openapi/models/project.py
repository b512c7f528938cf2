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

T = TypeVar("T", bound="Project")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "name",
        "uuid",
        "organization",
        "api_token",
        "timezone",
        "created_at",
        "is_demo",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "name",
        "uuid",
        "organization",
        "api_token",
        "timezone",
        "created_at",
        "is_demo",
    )
)


def _convert_uuid(d: dict[str, Any]) -> UUID | Unset:
    value = d.get("uuid", UNSET)
    return value if value is UNSET else parse_uuid(value)


def _convert_organization(d: dict[str, Any]) -> UUID | Unset:
    value = d.get("organization", UNSET)
    return value if value is UNSET else parse_uuid(value)


def _convert_created_at(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("created_at", UNSET)
    return value if value is UNSET else parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "uuid": _convert_uuid,
    "organization": _convert_organization,
    "created_at": _convert_created_at,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class Project(LazyModel):
    """A PostHog project (called a team in older parts of the API).

    Attributes:
        id (int): The project id used in `/api/projects/{project_id}/…` paths.
        name (str):
        uuid (UUID | Unset):
        organization (UUID | Unset): The id of the organization that owns the project.
        api_token (str | Unset): The project token (`phc_…`) used to capture events. Not a personal API key.
        timezone (str | Unset):
        created_at (datetime.datetime | Unset):
        is_demo (bool | Unset):
    """

    id: int
    name: str
    uuid: UUID | Unset = UNSET
    organization: UUID | Unset = UNSET
    api_token: str | Unset = UNSET
    timezone: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    is_demo: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        try:
            _uuid = _slot_uuid(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            uuid = self._src.get("uuid", UNSET)
        else:
            if sent_unchanged(self, "uuid", _uuid, _convert_uuid):
                uuid = self._src["uuid"]
            else:
                uuid: str | Unset = UNSET
                if not isinstance(_uuid, Unset):
                    uuid = str(_uuid)

        try:
            _organization = _slot_organization(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            organization = self._src.get("organization", UNSET)
        else:
            if sent_unchanged(self, "organization", _organization, _convert_organization):
                organization = self._src["organization"]
            else:
                organization: str | Unset = UNSET
                if not isinstance(_organization, Unset):
                    organization = str(_organization)

        api_token = self.api_token

        timezone = self.timezone

        try:
            _created_at = _slot_created_at(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            created_at = self._src.get("created_at", UNSET)
        else:
            if sent_unchanged(self, "created_at", _created_at, _convert_created_at):
                created_at = self._src["created_at"]
            else:
                created_at: str | Unset = UNSET
                if not isinstance(_created_at, Unset):
                    created_at = _created_at.isoformat()

        is_demo = self.is_demo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if organization is not UNSET:
            field_dict["organization"] = organization
        if api_token is not UNSET:
            field_dict["api_token"] = api_token
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_demo is not UNSET:
            field_dict["is_demo"] = is_demo

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        project = _new(cls)
        project._src = d
        _v = d["id"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
            raise bad_type("Project", "id", _v, "an integer")
        project.id = _v
        _v = d["name"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("Project", "name", _v, "a string")
        project.name = _v
        _v = d.get("uuid", UNSET)
        if _v is not UNSET:
            try:
                _h = _v.replace("-", "")
                _ok = len(_h) == 32 and len(hex_bytes(_h)) == 16
            except ValueError:
                _ok = False
            except (AttributeError, TypeError):
                raise bad_type("Project", "uuid", _v, "a string") from None
            if not _ok and not is_uuid(_v):
                raise bad_text("Project", "uuid", _v, "a UUID")
        _v = d.get("organization", UNSET)
        if _v is not UNSET:
            try:
                _h = _v.replace("-", "")
                _ok = len(_h) == 32 and len(hex_bytes(_h)) == 16
            except ValueError:
                _ok = False
            except (AttributeError, TypeError):
                raise bad_type("Project", "organization", _v, "a string") from None
            if not _ok and not is_uuid(_v):
                raise bad_text("Project", "organization", _v, "a UUID")
        if "api_token" in d:
            _v = d["api_token"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("Project", "api_token", _v, "a string")
            project.api_token = _v
        else:
            project.api_token = UNSET
        if "timezone" in d:
            _v = d["timezone"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("Project", "timezone", _v, "a string")
            project.timezone = _v
        else:
            project.timezone = UNSET
        _v = d.get("created_at", UNSET)
        if _v is not UNSET:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Project", "created_at", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Project", "created_at", _v, "a string") from None
        if "is_demo" in d:
            _v = d["is_demo"]
            if not (_v is True or _v is False):
                raise bad_type("Project", "is_demo", _v, "a boolean")
            project.is_demo = _v
        else:
            project.is_demo = UNSET
        # additional_properties: found in the source on first read
        return project

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
_slot_uuid = Project.__dict__["uuid"].__get__
_slot_organization = Project.__dict__["organization"].__get__
_slot_created_at = Project.__dict__["created_at"].__get__
