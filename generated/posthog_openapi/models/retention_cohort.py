from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyModel,
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
    from ..models.retention_value import RetentionValue


T = TypeVar("T", bound="RetentionCohort")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "label",
        "date",
        "values",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "label",
        "date",
        "values",
    )
)


def _convert_date(d: dict[str, Any]) -> datetime.datetime:
    value = d["date"]
    return parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "date": _convert_date,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class RetentionCohort(LazyModel):
    """One cohort (users who started in one period) and its return counts.

    Attributes:
        label (str):
        date (datetime.datetime):
        values (list[RetentionValue]):
    """

    label: str
    date: datetime.datetime
    values: list[RetentionValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        label = self.label

        try:
            _date = _slot_date(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            date = self._src["date"]
        else:
            if sent_unchanged(self, "date", _date, _convert_date):
                date = self._src["date"]
            else:
                date = _date.isoformat()

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "date": date,
                "values": values,
            }
        )

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        retention_cohort = _new(cls)
        retention_cohort._src = d
        _v = d["label"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("RetentionCohort", "label", _v, "a string")
        retention_cohort.label = _v
        _v = d["date"]
        try:
            parse_datetime(_v)
        except ValueError:
            raise bad_text("RetentionCohort", "date", _v, "a date-time") from None
        except TypeError:
            raise bad_type("RetentionCohort", "date", _v, "a string") from None
        _v = d["values"]
        if isinstance(_v, list):
            _parse = RetentionValue.from_dict  # bound once, not per item
            try:
                retention_cohort.values = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "values", *failing_item(_parse, _v))
                raise
        else:
            raise bad_type("RetentionCohort", "values", _v, "an array")
        # additional_properties: found in the source on first read
        return retention_cohort

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
_slot_date = RetentionCohort.__dict__["date"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.retention_value import RetentionValue as _model1

    globals().update(
        {
            "RetentionValue": _model1,
        }
    )
    _LOADED = True
