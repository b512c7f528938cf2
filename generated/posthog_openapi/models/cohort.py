from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="Cohort")


@_attrs_define
class Cohort:
    """A cohort (a group of persons).

    Attributes:
        id (int):
        name (None | str | Unset):
        description (None | str | Unset):
        deleted (bool | Unset):
        is_static (bool | Unset):
        is_calculating (bool | Unset):
        count (int | None | Unset):
        created_at (datetime.datetime | None | Unset):
        created_by (None | Unset | UserBasic):
        last_calculation (datetime.datetime | None | Unset):
        errors_calculating (int | None | Unset):
        filters (FreeFormObject | None | Unset):
    """

    id: int
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    deleted: bool | Unset = UNSET
    is_static: bool | Unset = UNSET
    is_calculating: bool | Unset = UNSET
    count: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by: None | Unset | UserBasic = UNSET
    last_calculation: datetime.datetime | None | Unset = UNSET
    errors_calculating: int | None | Unset = UNSET
    filters: FreeFormObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        deleted = self.deleted

        is_static = self.is_static

        is_calculating = self.is_calculating

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        last_calculation: None | str | Unset
        if isinstance(self.last_calculation, Unset):
            last_calculation = UNSET
        elif isinstance(self.last_calculation, datetime.datetime):
            last_calculation = self.last_calculation.isoformat()
        else:
            last_calculation = self.last_calculation

        errors_calculating: int | None | Unset
        if isinstance(self.errors_calculating, Unset):
            errors_calculating = UNSET
        else:
            errors_calculating = self.errors_calculating

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, FreeFormObject):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if is_static is not UNSET:
            field_dict["is_static"] = is_static
        if is_calculating is not UNSET:
            field_dict["is_calculating"] = is_calculating
        if count is not UNSET:
            field_dict["count"] = count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_calculation is not UNSET:
            field_dict["last_calculation"] = last_calculation
        if errors_calculating is not UNSET:
            field_dict["errors_calculating"] = errors_calculating
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415
        from ..models.user_basic import UserBasic  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        deleted = d.pop("deleted", UNSET)

        is_static = d.pop("is_static", UNSET)

        is_calculating = d.pop("is_calculating", UNSET)

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_created_by(data: object) -> None | Unset | UserBasic:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = UserBasic.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserBasic, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_last_calculation(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_calculation_type_0 = datetime.datetime.fromisoformat(data)

                return last_calculation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_calculation = _parse_last_calculation(d.pop("last_calculation", UNSET))

        def _parse_errors_calculating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        errors_calculating = _parse_errors_calculating(d.pop("errors_calculating", UNSET))

        def _parse_filters(data: object) -> FreeFormObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = FreeFormObject.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreeFormObject | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        cohort = cls(
            id=id,
            name=name,
            description=description,
            deleted=deleted,
            is_static=is_static,
            is_calculating=is_calculating,
            count=count,
            created_at=created_at,
            created_by=created_by,
            last_calculation=last_calculation,
            errors_calculating=errors_calculating,
            filters=filters,
        )

        cohort.additional_properties = d
        return cohort

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
