from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HogQLQueryModifiers")


@_attrs_define
class HogQLQueryModifiers:
    """Switches that change how PostHog builds the SQL (persons-on-events mode, session table version, debug output, …).
    Free-form: PostHog adds modifiers often.

        Attributes:
            debug (bool | None | Unset): Return the ClickHouse SQL and errors in the response instead of failing.
            timings (bool | None | Unset): Return detailed timings.
            persons_on_events_mode (None | str | Unset): Where person properties come from, e.g.
                `person_id_override_properties_on_events`.
    """

    debug: bool | None | Unset = UNSET
    timings: bool | None | Unset = UNSET
    persons_on_events_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debug: bool | None | Unset
        if isinstance(self.debug, Unset):
            debug = UNSET
        else:
            debug = self.debug

        timings: bool | None | Unset
        if isinstance(self.timings, Unset):
            timings = UNSET
        else:
            timings = self.timings

        persons_on_events_mode: None | str | Unset
        if isinstance(self.persons_on_events_mode, Unset):
            persons_on_events_mode = UNSET
        else:
            persons_on_events_mode = self.persons_on_events_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if debug is not UNSET:
            field_dict["debug"] = debug
        if timings is not UNSET:
            field_dict["timings"] = timings
        if persons_on_events_mode is not UNSET:
            field_dict["personsOnEventsMode"] = persons_on_events_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_debug(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        debug = _parse_debug(d.pop("debug", UNSET))

        def _parse_timings(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        timings = _parse_timings(d.pop("timings", UNSET))

        def _parse_persons_on_events_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        persons_on_events_mode = _parse_persons_on_events_mode(d.pop("personsOnEventsMode", UNSET))

        hog_ql_query_modifiers = cls(
            debug=debug,
            timings=timings,
            persons_on_events_mode=persons_on_events_mode,
        )

        hog_ql_query_modifiers.additional_properties = d
        return hog_ql_query_modifiers

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
