from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_detail import ActivityDetail
    from ..models.activity_log_user import ActivityLogUser


T = TypeVar("T", bound="ActivityLogEntry")


@_attrs_define
class ActivityLogEntry:
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
        from ..models.activity_detail import ActivityDetail  # noqa: PLC0415
        from ..models.activity_log_user import ActivityLogUser  # noqa: PLC0415

        id = str(self.id)

        activity = self.activity

        scope = self.scope

        created_at = self.created_at.isoformat()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_detail import ActivityDetail  # noqa: PLC0415
        from ..models.activity_log_user import ActivityLogUser  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        activity = d.pop("activity")

        scope = d.pop("scope")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_user(data: object) -> ActivityLogUser | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = ActivityLogUser.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityLogUser | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        def _parse_detail(data: object) -> ActivityDetail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                detail_type_0 = ActivityDetail.from_dict(data)

                return detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityDetail | None | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_is_system(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_system = _parse_is_system(d.pop("is_system", UNSET))

        activity_log_entry = cls(
            id=id,
            activity=activity,
            scope=scope,
            created_at=created_at,
            user=user,
            item_id=item_id,
            detail=detail,
            is_system=is_system,
        )

        activity_log_entry.additional_properties = d
        return activity_log_entry

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
