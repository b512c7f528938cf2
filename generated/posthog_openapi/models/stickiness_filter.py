from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chart_display_type import ChartDisplayType
from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    enum_member,
)

T = TypeVar("T", bound="StickinessFilter")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(("display",))
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(())


@_attrs_define
class StickinessFilter:
    """Stickiness options (free-form).

    Attributes:
        display (ChartDisplayType | None | Unset):
    """

    display: ChartDisplayType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display: None | str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, ChartDisplayType):
            display = self.display.value
        else:
            display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        stickiness_filter = _new(cls)
        if "display" in d:
            try:

                def _parse_display(data: object) -> ChartDisplayType | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        display_type_0 = enum_member(ChartDisplayType, data)

                        return display_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(ChartDisplayType | None | Unset, data)

                display = _parse_display(d["display"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "display")
                raise
            stickiness_filter.display = display
        else:
            stickiness_filter.display = UNSET
        if len(d) == 0 + ("display" in d):  # usually there is nothing else
            stickiness_filter.additional_properties = {}
        else:
            stickiness_filter.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return stickiness_filter

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
