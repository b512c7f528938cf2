from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DateRange")


@_attrs_define
class DateRange:
    """A date range: absolute dates (`2026-11-01`, `2026-11-01T10:00:00Z`) or relative ones (`-7d`, `-24h`, `-1w`, `-3m`,
    `mStart`, `yStart`, `all`). PostHog's default is the last 7 days.

        Attributes:
            date_from (None | str | Unset): The start (inclusive).
            date_to (None | str | Unset): The end (inclusive); null or absent means now.
            explicit_date (bool | None | Unset): Use the exact times given instead of widening to whole intervals.
    """

    date_from: None | str | Unset = UNSET
    date_to: None | str | Unset = UNSET
    explicit_date: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        date_from: None | str | Unset
        if isinstance(self.date_from, Unset):
            date_from = UNSET
        else:
            date_from = self.date_from

        date_to: None | str | Unset
        if isinstance(self.date_to, Unset):
            date_to = UNSET
        else:
            date_to = self.date_to

        explicit_date: bool | None | Unset
        if isinstance(self.explicit_date, Unset):
            explicit_date = UNSET
        else:
            explicit_date = self.explicit_date

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if explicit_date is not UNSET:
            field_dict["explicitDate"] = explicit_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_date_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_from = _parse_date_from(d.pop("date_from", UNSET))

        def _parse_date_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_to = _parse_date_to(d.pop("date_to", UNSET))

        def _parse_explicit_date(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        explicit_date = _parse_explicit_date(d.pop("explicitDate", UNSET))

        date_range = cls(
            date_from=date_from,
            date_to=date_to,
            explicit_date=explicit_date,
        )

        return date_range
