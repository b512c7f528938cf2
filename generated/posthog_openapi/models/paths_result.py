from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyModel,
    Unset,
    add_path,
    bad_text,
    bad_type,
    failing_item,
    in_sent_order,
    no_attribute,
    parse_datetime,
    sent_unchanged,
)

if TYPE_CHECKING:
    from ..models.path_link import PathLink


T = TypeVar("T", bound="PathsResult")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "result",
        "is_cached",
        "last_refresh",
        "timezone",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "result",
        "is_cached",
        "last_refresh",
        "timezone",
    )
)


def _convert_last_refresh(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("last_refresh", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "last_refresh": _convert_last_refresh,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class PathsResult(LazyModel):
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
        if not _LOADED:
            _load()
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        is_cached = self.is_cached

        try:
            _last_refresh = _slot_last_refresh(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            last_refresh = self._src.get("last_refresh", UNSET)
        else:
            if sent_unchanged(self, "last_refresh", _last_refresh, _convert_last_refresh):
                last_refresh = self._src["last_refresh"]
            else:
                last_refresh: None | str | Unset
                if isinstance(_last_refresh, Unset):
                    last_refresh = UNSET
                elif isinstance(_last_refresh, datetime.datetime):
                    last_refresh = _last_refresh.isoformat()
                else:
                    last_refresh = _last_refresh

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

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        paths_result = _new(cls)
        paths_result._src = d
        _v = d["result"]
        if isinstance(_v, list):
            _parse = PathLink.from_dict  # bound once, not per item
            try:
                paths_result.result = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "result", *failing_item(_parse, _v))
                raise
        else:
            raise bad_type("PathsResult", "result", _v, "an array")
        if "is_cached" in d:
            _v = d["is_cached"]
            if not (_v is True or _v is False):
                raise bad_type("PathsResult", "is_cached", _v, "a boolean")
            paths_result.is_cached = _v
        else:
            paths_result.is_cached = UNSET
        _v = d.get("last_refresh")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("PathsResult", "last_refresh", _v, "a date-time") from None
            except TypeError:
                raise bad_type("PathsResult", "last_refresh", _v, "a string or null") from None
        if "timezone" in d:
            _v = d["timezone"]
            if not (type(_v) is str or isinstance(_v, str)):
                raise bad_type("PathsResult", "timezone", _v, "a string")
            paths_result.timezone = _v
        else:
            paths_result.timezone = UNSET
        # additional_properties: found in the source on first read
        return paths_result

    if not TYPE_CHECKING:  # type checkers see only the declared fields

        def __getattr__(self, name: str) -> Any:
            convert = _LAZY.get(name)
            if convert is None:
                raise no_attribute(self, name)
            value = convert(self._src)
            setattr(self, name, value)
            return value

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


# The slots' own getters: they raise AttributeError for a field not converted yet (to_dict then sends the JSON as is).
_slot_last_refresh = PathsResult.__dict__["last_refresh"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.path_link import PathLink as _model1

    globals().update(
        {
            "PathLink": _model1,
        }
    )
    _LOADED = True
