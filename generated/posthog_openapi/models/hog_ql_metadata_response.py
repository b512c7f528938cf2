from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hog_ql_notice import HogQLNotice
    from ..models.query_timing import QueryTiming


T = TypeVar("T", bound="HogQLMetadataResponse")


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
        from ..models.hog_ql_notice import HogQLNotice  # noqa: PLC0415
        from ..models.query_timing import QueryTiming  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = HogQLNotice.from_dict(errors_item_data)

            errors.append(errors_item)

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = HogQLNotice.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        notices = []
        _notices = d.pop("notices")
        for notices_item_data in _notices:
            notices_item = HogQLNotice.from_dict(notices_item_data)

            notices.append(notices_item)

        def _parse_is_valid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_valid = _parse_is_valid(d.pop("isValid", UNSET))

        def _parse_is_valid_view(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_valid_view = _parse_is_valid_view(d.pop("isValidView", UNSET))

        def _parse_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query = _parse_query(d.pop("query", UNSET))

        def _parse_table_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                table_names_type_0 = cast(list[str], data)

                return table_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        table_names = _parse_table_names(d.pop("table_names", UNSET))

        def _parse_ch_table_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ch_table_names_type_0 = cast(list[str], data)

                return ch_table_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ch_table_names = _parse_ch_table_names(d.pop("ch_table_names", UNSET))

        def _parse_timings(data: object) -> list[QueryTiming] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                timings_type_0 = []
                _timings_type_0 = data
                for timings_type_0_item_data in _timings_type_0:
                    timings_type_0_item = QueryTiming.from_dict(timings_type_0_item_data)

                    timings_type_0.append(timings_type_0_item)

                return timings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QueryTiming] | None | Unset, data)

        timings = _parse_timings(d.pop("timings", UNSET))

        hog_ql_metadata_response = cls(
            errors=errors,
            warnings=warnings,
            notices=notices,
            is_valid=is_valid,
            is_valid_view=is_valid_view,
            query=query,
            table_names=table_names,
            ch_table_names=ch_table_names,
            timings=timings,
        )

        hog_ql_metadata_response.additional_properties = d
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
