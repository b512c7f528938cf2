from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_progress import QueryProgress


T = TypeVar("T", bound="QueryStatus")


@_attrs_define
class QueryStatus:
    """The state of a background calculation. Poll it with
    `GET /api/projects/{project_id}/query/{query_id}/`.

        Attributes:
            id (str): The query id to poll or cancel.
            complete (bool | None): Whether the calculation has finished (successfully or not). PostHog's schema types it
                `Optional[bool] = False`: null means not finished (the SDK reports it as false).
            team_id (int | Unset):
            error (bool | None | Unset): Whether the calculation failed. `Optional[bool] = False` in PostHog's schema: null
                means no (the SDK reports it as false).
            error_message (None | str | Unset):
            results (Any | Unset): The calculation's results, when complete (any JSON).
            query_async (bool | Unset):
            start_time (datetime.datetime | None | Unset):
            pickup_time (datetime.datetime | None | Unset):
            end_time (datetime.datetime | None | Unset):
            expiration_time (datetime.datetime | None | Unset):
            task_id (None | str | Unset):
            insight_id (int | None | Unset):
            dashboard_id (int | None | Unset):
            labels (list[str] | None | Unset):
            query_progress (None | QueryProgress | Unset): Progress counters (rows and bytes read, estimated total), when
                known.
    """

    id: str
    complete: bool | None
    team_id: int | Unset = UNSET
    error: bool | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    results: Any | Unset = UNSET
    query_async: bool | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    pickup_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    expiration_time: datetime.datetime | None | Unset = UNSET
    task_id: None | str | Unset = UNSET
    insight_id: int | None | Unset = UNSET
    dashboard_id: int | None | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    query_progress: None | QueryProgress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.query_progress import QueryProgress  # noqa: PLC0415

        id = self.id

        complete: bool | None
        complete = self.complete

        team_id = self.team_id

        error: bool | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        results = self.results

        query_async = self.query_async

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        pickup_time: None | str | Unset
        if isinstance(self.pickup_time, Unset):
            pickup_time = UNSET
        elif isinstance(self.pickup_time, datetime.datetime):
            pickup_time = self.pickup_time.isoformat()
        else:
            pickup_time = self.pickup_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        expiration_time: None | str | Unset
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        elif isinstance(self.expiration_time, datetime.datetime):
            expiration_time = self.expiration_time.isoformat()
        else:
            expiration_time = self.expiration_time

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        insight_id: int | None | Unset
        if isinstance(self.insight_id, Unset):
            insight_id = UNSET
        else:
            insight_id = self.insight_id

        dashboard_id: int | None | Unset
        if isinstance(self.dashboard_id, Unset):
            dashboard_id = UNSET
        else:
            dashboard_id = self.dashboard_id

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        query_progress: dict[str, Any] | None | Unset
        if isinstance(self.query_progress, Unset):
            query_progress = UNSET
        elif isinstance(self.query_progress, QueryProgress):
            query_progress = self.query_progress.to_dict()
        else:
            query_progress = self.query_progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "complete": complete,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if error is not UNSET:
            field_dict["error"] = error
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if results is not UNSET:
            field_dict["results"] = results
        if query_async is not UNSET:
            field_dict["query_async"] = query_async
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if pickup_time is not UNSET:
            field_dict["pickup_time"] = pickup_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if insight_id is not UNSET:
            field_dict["insight_id"] = insight_id
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if labels is not UNSET:
            field_dict["labels"] = labels
        if query_progress is not UNSET:
            field_dict["query_progress"] = query_progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_progress import QueryProgress  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_complete(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        complete = _parse_complete(d.pop("complete"))

        team_id = d.pop("team_id", UNSET)

        def _parse_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        results = d.pop("results", UNSET)

        query_async = d.pop("query_async", UNSET)

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_pickup_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pickup_time_type_0 = datetime.datetime.fromisoformat(data)

                return pickup_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        pickup_time = _parse_pickup_time(d.pop("pickup_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_expiration_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_time_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_time = _parse_expiration_time(d.pop("expiration_time", UNSET))

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_insight_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        insight_id = _parse_insight_id(d.pop("insight_id", UNSET))

        def _parse_dashboard_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dashboard_id = _parse_dashboard_id(d.pop("dashboard_id", UNSET))

        def _parse_labels(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                labels_type_0 = cast(list[str], data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_query_progress(data: object) -> None | QueryProgress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_progress_type_0 = QueryProgress.from_dict(data)

                return query_progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryProgress | Unset, data)

        query_progress = _parse_query_progress(d.pop("query_progress", UNSET))

        query_status = cls(
            id=id,
            complete=complete,
            team_id=team_id,
            error=error,
            error_message=error_message,
            results=results,
            query_async=query_async,
            start_time=start_time,
            pickup_time=pickup_time,
            end_time=end_time,
            expiration_time=expiration_time,
            task_id=task_id,
            insight_id=insight_id,
            dashboard_id=dashboard_id,
            labels=labels,
            query_progress=query_progress,
        )

        query_status.additional_properties = d
        return query_status

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
