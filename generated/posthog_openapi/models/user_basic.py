from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject


T = TypeVar("T", bound="UserBasic")


@_attrs_define
class UserBasic:
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
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415

        id = self.id

        uuid = str(self.uuid)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        uuid = UUID(d.pop("uuid"))

        email = d.pop("email")

        def _parse_distinct_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distinct_id = _parse_distinct_id(d.pop("distinct_id", UNSET))

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        def _parse_is_email_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_email_verified = _parse_is_email_verified(d.pop("is_email_verified", UNSET))

        def _parse_hedgehog_config(data: object) -> FreeFormObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hedgehog_config_type_0 = FreeFormObject.from_dict(data)

                return hedgehog_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreeFormObject | None | Unset, data)

        hedgehog_config = _parse_hedgehog_config(d.pop("hedgehog_config", UNSET))

        user_basic = cls(
            id=id,
            uuid=uuid,
            email=email,
            distinct_id=distinct_id,
            first_name=first_name,
            last_name=last_name,
            is_email_verified=is_email_verified,
            hedgehog_config=hedgehog_config,
        )

        user_basic.additional_properties = d
        return user_basic

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
