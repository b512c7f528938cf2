from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    add_path,
    bad_item,
    bad_type,
    failing_item,
)

if TYPE_CHECKING:
    from ..models.properties_timeline_point import PropertiesTimelinePoint


T = TypeVar("T", bound="PropertiesTimeline")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "points",
        "crucial_property_keys",
        "effective_date_from",
        "effective_date_to",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "points",
        "crucial_property_keys",
        "effective_date_from",
        "effective_date_to",
    )
)


@_attrs_define
class PropertiesTimeline:
    """How a person's properties changed over time.

    Attributes:
        points (list[PropertiesTimelinePoint]):
        crucial_property_keys (list[str]):
        effective_date_from (None | str | Unset):
        effective_date_to (None | str | Unset):
    """

    points: list[PropertiesTimelinePoint]
    crucial_property_keys: list[str]
    effective_date_from: None | str | Unset = UNSET
    effective_date_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        crucial_property_keys = self.crucial_property_keys

        effective_date_from: None | str | Unset
        if isinstance(self.effective_date_from, Unset):
            effective_date_from = UNSET
        else:
            effective_date_from = self.effective_date_from

        effective_date_to: None | str | Unset
        if isinstance(self.effective_date_to, Unset):
            effective_date_to = UNSET
        else:
            effective_date_to = self.effective_date_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "points": points,
                "crucial_property_keys": crucial_property_keys,
            }
        )
        if effective_date_from is not UNSET:
            field_dict["effective_date_from"] = effective_date_from
        if effective_date_to is not UNSET:
            field_dict["effective_date_to"] = effective_date_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        properties_timeline = _new(cls)
        _v = d["points"]
        if isinstance(_v, list):
            _parse = PropertiesTimelinePoint.from_dict  # bound once, not per item
            try:
                properties_timeline.points = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "points", *failing_item(_parse, _v))
                raise
        else:
            raise bad_type("PropertiesTimeline", "points", _v, "an array")
        _v = d["crucial_property_keys"]
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "PropertiesTimeline",
                    "crucial_property_keys",
                    _v,
                    next(_i for _i in _v if not isinstance(_i, str)),
                    "a string",
                ) from None
        else:
            raise bad_type("PropertiesTimeline", "crucial_property_keys", _v, "an array")
        properties_timeline.crucial_property_keys = _v
        if "effective_date_from" in d:
            _v = d["effective_date_from"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("PropertiesTimeline", "effective_date_from", _v, "a string or null")
            properties_timeline.effective_date_from = _v
        else:
            properties_timeline.effective_date_from = UNSET
        if "effective_date_to" in d:
            _v = d["effective_date_to"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("PropertiesTimeline", "effective_date_to", _v, "a string or null")
            properties_timeline.effective_date_to = _v
        else:
            properties_timeline.effective_date_to = UNSET
        if len(d) == 2 + ("effective_date_from" in d) + ("effective_date_to" in d):  # usually there is nothing else
            properties_timeline.additional_properties = {}
        else:
            properties_timeline.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return properties_timeline

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


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.properties_timeline_point import PropertiesTimelinePoint as _model1

    globals().update(
        {
            "PropertiesTimelinePoint": _model1,
        }
    )
    _LOADED = True
