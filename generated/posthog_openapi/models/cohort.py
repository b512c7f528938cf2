from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UNVERIFIED,
    LazyModel,
    Unset,
    bad_text,
    bad_type,
    in_sent_order,
    no_attribute,
    parse_datetime,
    sent_unchanged,
)

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="Cohort")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "name",
        "description",
        "deleted",
        "is_static",
        "is_calculating",
        "count",
        "created_at",
        "created_by",
        "last_calculation",
        "errors_calculating",
        "filters",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "name",
        "description",
        "deleted",
        "is_static",
        "is_calculating",
        "count",
        "created_at",
        "last_calculation",
        "errors_calculating",
    )
)


def _convert_created_at(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("created_at", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_last_calculation(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("last_calculation", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "created_at": _convert_created_at,
    "last_calculation": _convert_last_calculation,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class Cohort(LazyModel):
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
        if not _LOADED:
            _load()
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

        try:
            _created_at = _slot_created_at(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            created_at = self._src.get("created_at", UNSET)
        else:
            if sent_unchanged(self, "created_at", _created_at, _convert_created_at):
                created_at = self._src["created_at"]
            else:
                created_at: None | str | Unset
                if isinstance(_created_at, Unset):
                    created_at = UNSET
                elif isinstance(_created_at, datetime.datetime):
                    created_at = _created_at.isoformat()
                else:
                    created_at = _created_at

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        try:
            _last_calculation = _slot_last_calculation(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            last_calculation = self._src.get("last_calculation", UNSET)
        else:
            if sent_unchanged(self, "last_calculation", _last_calculation, _convert_last_calculation):
                last_calculation = self._src["last_calculation"]
            else:
                last_calculation: None | str | Unset
                if isinstance(_last_calculation, Unset):
                    last_calculation = UNSET
                elif isinstance(_last_calculation, datetime.datetime):
                    last_calculation = _last_calculation.isoformat()
                else:
                    last_calculation = _last_calculation

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

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        cohort = _new(cls)
        cohort._src = d
        _v = d["id"]
        if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
            raise bad_type("Cohort", "id", _v, "an integer")
        cohort.id = _v
        if "name" in d:
            _v = d["name"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("Cohort", "name", _v, "a string or null")
            cohort.name = _v
        else:
            cohort.name = UNSET
        if "description" in d:
            _v = d["description"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("Cohort", "description", _v, "a string or null")
            cohort.description = _v
        else:
            cohort.description = UNSET
        if "deleted" in d:
            _v = d["deleted"]
            if not (_v is True or _v is False):
                raise bad_type("Cohort", "deleted", _v, "a boolean")
            cohort.deleted = _v
        else:
            cohort.deleted = UNSET
        if "is_static" in d:
            _v = d["is_static"]
            if not (_v is True or _v is False):
                raise bad_type("Cohort", "is_static", _v, "a boolean")
            cohort.is_static = _v
        else:
            cohort.is_static = UNSET
        if "is_calculating" in d:
            _v = d["is_calculating"]
            if not (_v is True or _v is False):
                raise bad_type("Cohort", "is_calculating", _v, "a boolean")
            cohort.is_calculating = _v
        else:
            cohort.is_calculating = UNSET
        if "count" in d:
            _v = d["count"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("Cohort", "count", _v, "an integer or null")
            cohort.count = _v
        else:
            cohort.count = UNSET
        _v = d.get("created_at")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Cohort", "created_at", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Cohort", "created_at", _v, "a string or null") from None
        if "created_by" in d:
            _v = d["created_by"]
            if _v is not None:
                try:
                    _v = UserBasic.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            cohort.created_by = _v
        else:
            cohort.created_by = UNSET
        _v = d.get("last_calculation")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("Cohort", "last_calculation", _v, "a date-time") from None
            except TypeError:
                raise bad_type("Cohort", "last_calculation", _v, "a string or null") from None
        if "errors_calculating" in d:
            _v = d["errors_calculating"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("Cohort", "errors_calculating", _v, "an integer or null")
            cohort.errors_calculating = _v
        else:
            cohort.errors_calculating = UNSET
        if "filters" in d:
            _v = d["filters"]
            if _v is not None:
                try:
                    _v = FreeFormObject.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            cohort.filters = _v
        else:
            cohort.filters = UNSET
        # additional_properties: found in the source on first read
        return cohort

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
_slot_created_at = Cohort.__dict__["created_at"].__get__
_slot_last_calculation = Cohort.__dict__["last_calculation"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.free_form_object import FreeFormObject as _model1
    from ..models.user_basic import UserBasic as _model2

    globals().update(
        {
            "FreeFormObject": _model1,
            "UserBasic": _model2,
        }
    )
    _LOADED = True
