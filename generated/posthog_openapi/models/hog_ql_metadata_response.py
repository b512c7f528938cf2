from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    UNVERIFIED,
    Unset,
    add_path,
    bad_item,
    bad_type,
    failing_item,
)

if TYPE_CHECKING:
    from ..models.hog_ql_notice import HogQLNotice
    from ..models.query_timing import QueryTiming


T = TypeVar("T", bound="HogQLMetadataResponse")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "errors",
        "warnings",
        "notices",
        "isValid",
        "isValidView",
        "query",
        "table_names",
        "ch_table_names",
        "timings",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "errors",
        "warnings",
        "notices",
        "is_valid",
        "is_valid_view",
        "query",
        "table_names",
        "ch_table_names",
    )
)


@_attrs_define
class HogQLMetadataResponse:
    """What PostHog found in HogQL (nothing was run).

    Attributes:
        errors (list[HogQLNotice]):
        warnings (list[HogQLNotice]):
        notices (list[HogQLNotice]):
        is_valid (bool | None | Unset): Whether the code has no errors.
        is_valid_view (bool | None | Unset):
        query (None | str | Unset):
        table_names (list[str] | None | Unset):
        ch_table_names (list[str] | None | Unset):
        timings (list[QueryTiming] | None | Unset):
    """

    errors: list[HogQLNotice]
    warnings: list[HogQLNotice]
    notices: list[HogQLNotice]
    is_valid: bool | None | Unset = UNSET
    is_valid_view: bool | None | Unset = UNSET
    query: None | str | Unset = UNSET
    table_names: list[str] | None | Unset = UNSET
    ch_table_names: list[str] | None | Unset = UNSET
    timings: list[QueryTiming] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        notices = []
        for notices_item_data in self.notices:
            notices_item = notices_item_data.to_dict()
            notices.append(notices_item)

        is_valid: bool | None | Unset
        if isinstance(self.is_valid, Unset):
            is_valid = UNSET
        else:
            is_valid = self.is_valid

        is_valid_view: bool | None | Unset
        if isinstance(self.is_valid_view, Unset):
            is_valid_view = UNSET
        else:
            is_valid_view = self.is_valid_view

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        table_names: list[str] | None | Unset
        if isinstance(self.table_names, Unset):
            table_names = UNSET
        elif isinstance(self.table_names, list):
            table_names = self.table_names

        else:
            table_names = self.table_names

        ch_table_names: list[str] | None | Unset
        if isinstance(self.ch_table_names, Unset):
            ch_table_names = UNSET
        elif isinstance(self.ch_table_names, list):
            ch_table_names = self.ch_table_names

        else:
            ch_table_names = self.ch_table_names

        timings: list[dict[str, Any]] | None | Unset
        if isinstance(self.timings, Unset):
            timings = UNSET
        elif isinstance(self.timings, list):
            timings = []
            for timings_type_0_item_data in self.timings:
                timings_type_0_item = timings_type_0_item_data.to_dict()
                timings.append(timings_type_0_item)

        else:
            timings = self.timings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "warnings": warnings,
                "notices": notices,
            }
        )
        if is_valid is not UNSET:
            field_dict["isValid"] = is_valid
        if is_valid_view is not UNSET:
            field_dict["isValidView"] = is_valid_view
        if query is not UNSET:
            field_dict["query"] = query
        if table_names is not UNSET:
            field_dict["table_names"] = table_names
        if ch_table_names is not UNSET:
            field_dict["ch_table_names"] = ch_table_names
        if timings is not UNSET:
            field_dict["timings"] = timings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        hog_ql_metadata_response = _new(cls)
        _v = d["errors"]
        if isinstance(_v, list):
            _parse = HogQLNotice.from_dict  # bound once, not per item
            try:
                hog_ql_metadata_response.errors = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "errors", *failing_item(_parse, _v))
                raise
        else:
            raise bad_type("HogQLMetadataResponse", "errors", _v, "an array")
        _v = d["warnings"]
        if isinstance(_v, list):
            _parse = HogQLNotice.from_dict  # bound once, not per item
            try:
                hog_ql_metadata_response.warnings = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "warnings", *failing_item(_parse, _v))
                raise
        else:
            raise bad_type("HogQLMetadataResponse", "warnings", _v, "an array")
        _v = d["notices"]
        if isinstance(_v, list):
            _parse = HogQLNotice.from_dict  # bound once, not per item
            try:
                hog_ql_metadata_response.notices = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "notices", *failing_item(_parse, _v))
                raise
        else:
            raise bad_type("HogQLMetadataResponse", "notices", _v, "an array")
        if "isValid" in d:
            _v = d["isValid"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("HogQLMetadataResponse", "isValid", _v, "a boolean or null")
            hog_ql_metadata_response.is_valid = _v
        else:
            hog_ql_metadata_response.is_valid = UNSET
        if "isValidView" in d:
            _v = d["isValidView"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("HogQLMetadataResponse", "isValidView", _v, "a boolean or null")
            hog_ql_metadata_response.is_valid_view = _v
        else:
            hog_ql_metadata_response.is_valid_view = UNSET
        if "query" in d:
            _v = d["query"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("HogQLMetadataResponse", "query", _v, "a string or null")
            hog_ql_metadata_response.query = _v
        else:
            hog_ql_metadata_response.query = UNSET
        _v = d.get("table_names", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "HogQLMetadataResponse",
                    "table_names",
                    _v,
                    next(_i for _i in _v if not isinstance(_i, str)),
                    "a string",
                ) from None
        elif not (_v is None or _v is UNSET):
            raise bad_type("HogQLMetadataResponse", "table_names", _v, "null or an array")
        hog_ql_metadata_response.table_names = _v
        _v = d.get("ch_table_names", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "HogQLMetadataResponse",
                    "ch_table_names",
                    _v,
                    next(_i for _i in _v if not isinstance(_i, str)),
                    "a string",
                ) from None
        elif not (_v is None or _v is UNSET):
            raise bad_type("HogQLMetadataResponse", "ch_table_names", _v, "null or an array")
        hog_ql_metadata_response.ch_table_names = _v
        if "timings" in d:
            try:

                def _parse_timings(data: object) -> list[QueryTiming] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        _timings_type_0 = data
                        timings_type_0 = []
                        for timings_type_0_item_data in _timings_type_0:
                            try:
                                timings_type_0_item = QueryTiming.from_dict(timings_type_0_item_data)

                            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                                add_path(exc, len(timings_type_0))  # the index of the item being parsed
                                raise
                            timings_type_0.append(timings_type_0_item)

                        return timings_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    # No parsed member took it: kept as sent (posthog_rest's type check looks at it).
                    UNVERIFIED.count += 1
                    return cast(list[QueryTiming] | None | Unset, data)

                timings = _parse_timings(d["timings"])

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "timings")
                raise
            hog_ql_metadata_response.timings = timings
        else:
            hog_ql_metadata_response.timings = UNSET
        if len(d) == 3 + ("isValid" in d) + ("isValidView" in d) + ("query" in d) + ("table_names" in d) + (
            "ch_table_names" in d
        ) + ("timings" in d):  # usually there is nothing else
            hog_ql_metadata_response.additional_properties = {}
        else:
            hog_ql_metadata_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return hog_ql_metadata_response

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
    from ..models.hog_ql_notice import HogQLNotice as _model1
    from ..models.query_timing import QueryTiming as _model2

    globals().update(
        {
            "HogQLNotice": _model1,
            "QueryTiming": _model2,
        }
    )
    _LOADED = True
