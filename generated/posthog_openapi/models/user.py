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
    add_path,
    bad_text,
    bad_type,
    failing_item,
    hex_bytes,
    in_sent_order,
    is_uuid,
    no_attribute,
    parse_datetime,
    parse_uuid,
    sent_unchanged,
)

if TYPE_CHECKING:
    from ..models.organization import Organization
    from ..models.organization_basic import OrganizationBasic
    from ..models.team_basic import TeamBasic


T = TypeVar("T", bound="User")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "uuid",
        "email",
        "distinct_id",
        "first_name",
        "last_name",
        "is_email_verified",
        "date_joined",
        "team",
        "organization",
        "organizations",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "uuid",
        "email",
        "distinct_id",
        "first_name",
        "last_name",
        "is_email_verified",
        "date_joined",
        "organizations",
    )
)


def _convert_uuid(d: dict[str, Any]) -> UUID:
    value = d["uuid"]
    return parse_uuid(value)


def _convert_date_joined(d: dict[str, Any]) -> datetime.datetime | Unset:
    value = d.get("date_joined", UNSET)
    return value if value is UNSET else parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "uuid": _convert_uuid,
    "date_joined": _convert_date_joined,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class User(LazyModel):
    """The current user, as `GET /api/users/@me/` returns it.

    Attributes:
        uuid (UUID):
        email (str):
        distinct_id (None | str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        is_email_verified (bool | None | Unset):
        date_joined (datetime.datetime | Unset):
        team (None | TeamBasic | Unset): The user's current project, or null.
        organization (None | Organization | Unset): The user's current organization, or null.
        organizations (list[OrganizationBasic] | Unset):
    """

    uuid: UUID
    email: str
    distinct_id: None | str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    is_email_verified: bool | None | Unset = UNSET
    date_joined: datetime.datetime | Unset = UNSET
    team: None | TeamBasic | Unset = UNSET
    organization: None | Organization | Unset = UNSET
    organizations: list[OrganizationBasic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
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

        try:
            _date_joined = _slot_date_joined(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            date_joined = self._src.get("date_joined", UNSET)
        else:
            if sent_unchanged(self, "date_joined", _date_joined, _convert_date_joined):
                date_joined = self._src["date_joined"]
            else:
                date_joined: str | Unset = UNSET
                if not isinstance(_date_joined, Unset):
                    date_joined = _date_joined.isoformat()

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, TeamBasic):
            team = self.team.to_dict()
        else:
            team = self.team

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, Organization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined
        if team is not UNSET:
            field_dict["team"] = team
        if organization is not UNSET:
            field_dict["organization"] = organization
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        user = _new(cls)
        user._src = d
        _v = d["uuid"]
        try:
            _h = _v.replace("-", "")
            _ok = len(_h) == 32 and len(hex_bytes(_h)) == 16
        except ValueError:
            _ok = False
        except (AttributeError, TypeError):
            raise bad_type("User", "uuid", _v, "a string") from None
        if not _ok and not is_uuid(_v):
            raise bad_text("User", "uuid", _v, "a UUID")
        _v = d["email"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("User", "email", _v, "a string")
        user.email = _v
        if "distinct_id" in d:
            _v = d["distinct_id"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("User", "distinct_id", _v, "a string or null")
            user.distinct_id = _v
        else:
            user.distinct_id = UNSET
        if "first_name" in d:
            _v = d["first_name"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("User", "first_name", _v, "a string")
            user.first_name = _v
        else:
            user.first_name = UNSET
        if "last_name" in d:
            _v = d["last_name"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("User", "last_name", _v, "a string")
            user.last_name = _v
        else:
            user.last_name = UNSET
        if "is_email_verified" in d:
            _v = d["is_email_verified"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("User", "is_email_verified", _v, "a boolean or null")
            user.is_email_verified = _v
        else:
            user.is_email_verified = UNSET
        _v = d.get("date_joined", UNSET)
        if _v is not UNSET:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("User", "date_joined", _v, "a date-time") from None
            except TypeError:
                raise bad_type("User", "date_joined", _v, "a string") from None
        if "team" in d:
            _v = d["team"]
            if _v is not None:
                try:
                    _v = TeamBasic.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            user.team = _v
        else:
            user.team = UNSET
        if "organization" in d:
            _v = d["organization"]
            if _v is not None:
                try:
                    _v = Organization.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            user.organization = _v
        else:
            user.organization = UNSET
        _v = d.get("organizations", UNSET)
        if isinstance(_v, list):
            _parse = OrganizationBasic.from_dict  # bound once, not per item
            try:
                user.organizations = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "organizations", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            user.organizations = _v
        else:
            raise bad_type("User", "organizations", _v, "an array")
        # additional_properties: found in the source on first read
        return user

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
_slot_uuid = User.__dict__["uuid"].__get__
_slot_date_joined = User.__dict__["date_joined"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.organization import Organization as _model1
    from ..models.organization_basic import OrganizationBasic as _model2
    from ..models.team_basic import TeamBasic as _model3

    globals().update(
        {
            "Organization": _model1,
            "OrganizationBasic": _model2,
            "TeamBasic": _model3,
        }
    )
    _LOADED = True
