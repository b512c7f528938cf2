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

T = TypeVar("T", bound="HogQLQueryModifiers")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "debug",
        "timings",
        "personsOnEventsMode",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "debug",
        "timings",
        "persons_on_events_mode",
    )
)


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
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        hog_ql_query_modifiers = _new(cls)
        if "debug" in d:
            _v = d["debug"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("HogQLQueryModifiers", "debug", _v, "a boolean or null")
            hog_ql_query_modifiers.debug = _v
        else:
            hog_ql_query_modifiers.debug = UNSET
        if "timings" in d:
            _v = d["timings"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("HogQLQueryModifiers", "timings", _v, "a boolean or null")
            hog_ql_query_modifiers.timings = _v
        else:
            hog_ql_query_modifiers.timings = UNSET
        if "personsOnEventsMode" in d:
            _v = d["personsOnEventsMode"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("HogQLQueryModifiers", "personsOnEventsMode", _v, "a string or null")
            hog_ql_query_modifiers.persons_on_events_mode = _v
        else:
            hog_ql_query_modifiers.persons_on_events_mode = UNSET
        if len(d) == 0 + ("debug" in d) + ("timings" in d) + (
            "personsOnEventsMode" in d
        ):  # usually there is nothing else
            hog_ql_query_modifiers.additional_properties = {}
        else:
            hog_ql_query_modifiers.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
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
