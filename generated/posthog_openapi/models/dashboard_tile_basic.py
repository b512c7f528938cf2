from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bad_type,
)

T = TypeVar("T", bound="DashboardTileBasic")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "dashboard_id",
        "deleted",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "dashboard_id",
        "deleted",
    )
)


@_attrs_define
class DashboardTileBasic:
    """A dashboard tile that shows the insight.

    Attributes:
        id (int):
        dashboard_id (int):
        deleted (bool | None | Unset):
    """

    id: int
    dashboard_id: int
    deleted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        dashboard_id = self.dashboard_id

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dashboard_id": dashboard_id,
            }
        )
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        dashboard_tile_basic = _new(cls)
        _v = d["id"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
            raise bad_type("DashboardTileBasic", "id", _v, "an integer")
        dashboard_tile_basic.id = _v
        _v = d["dashboard_id"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
            raise bad_type("DashboardTileBasic", "dashboard_id", _v, "an integer")
        dashboard_tile_basic.dashboard_id = _v
        if "deleted" in d:
            _v = d["deleted"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("DashboardTileBasic", "deleted", _v, "a boolean or null")
            dashboard_tile_basic.deleted = _v
        else:
            dashboard_tile_basic.deleted = UNSET
        if len(d) == 2 + ("deleted" in d):  # usually there is nothing else
            dashboard_tile_basic.additional_properties = {}
        else:
            dashboard_tile_basic.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return dashboard_tile_basic

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
