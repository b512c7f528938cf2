from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.path_link import PathLink


T = TypeVar("T", bound="PathsResult")


@_attrs_define
class PathsResult:
    """The result of a paths calculation.

    Attributes:
        result (list[PathLink]):
        is_cached (bool | Unset):
        last_refresh (datetime.datetime | None | Unset):
        timezone (str | Unset):
    """

    result: list[PathLink]
    is_cached: bool | Unset = UNSET
    last_refresh: datetime.datetime | None | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        is_cached = self.is_cached

        last_refresh: None | str | Unset
        if isinstance(self.last_refresh, Unset):
            last_refresh = UNSET
        elif isinstance(self.last_refresh, datetime.datetime):
            last_refresh = self.last_refresh.isoformat()
        else:
            last_refresh = self.last_refresh

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if is_cached is not UNSET:
            field_dict["is_cached"] = is_cached
        if last_refresh is not UNSET:
            field_dict["last_refresh"] = last_refresh
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.path_link import PathLink  # noqa: PLC0415

        d = dict(src_dict)
        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = PathLink.from_dict(result_item_data)

            result.append(result_item)

        is_cached = d.pop("is_cached", UNSET)

        def _parse_last_refresh(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_refresh_type_0 = datetime.datetime.fromisoformat(data)

                return last_refresh_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_refresh = _parse_last_refresh(d.pop("last_refresh", UNSET))

        timezone = d.pop("timezone", UNSET)

        paths_result = cls(
            result=result,
            is_cached=is_cached,
            last_refresh=last_refresh,
            timezone=timezone,
        )

        paths_result.additional_properties = d
        return paths_result

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
