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
    bad_item,
    bad_text,
    bad_type,
    in_sent_order,
    no_attribute,
    parse_datetime,
    sent_unchanged,
)

if TYPE_CHECKING:
    from ..models.query_progress import QueryProgress


T = TypeVar("T", bound="QueryStatus")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "id",
        "complete",
        "team_id",
        "error",
        "error_message",
        "results",
        "query_async",
        "start_time",
        "pickup_time",
        "end_time",
        "expiration_time",
        "task_id",
        "insight_id",
        "dashboard_id",
        "labels",
        "query_progress",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "id",
        "complete",
        "team_id",
        "error",
        "error_message",
        "results",
        "query_async",
        "start_time",
        "pickup_time",
        "end_time",
        "expiration_time",
        "task_id",
        "insight_id",
        "dashboard_id",
        "labels",
    )
)


def _convert_start_time(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("start_time", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_pickup_time(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("pickup_time", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_end_time(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("end_time", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_expiration_time(d: dict[str, Any]) -> datetime.datetime | None | Unset:
    value = d.get("expiration_time", UNSET)
    return value if value is None or value is UNSET else parse_datetime(value)


def _convert_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


_LAZY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "start_time": _convert_start_time,
    "pickup_time": _convert_pickup_time,
    "end_time": _convert_end_time,
    "expiration_time": _convert_expiration_time,
    "additional_properties": _convert_additional_properties,
}


@_attrs_define
class QueryStatus(LazyModel):
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
        if not _LOADED:
            _load()
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

        try:
            _start_time = _slot_start_time(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            start_time = self._src.get("start_time", UNSET)
        else:
            if sent_unchanged(self, "start_time", _start_time, _convert_start_time):
                start_time = self._src["start_time"]
            else:
                start_time: None | str | Unset
                if isinstance(_start_time, Unset):
                    start_time = UNSET
                elif isinstance(_start_time, datetime.datetime):
                    start_time = _start_time.isoformat()
                else:
                    start_time = _start_time

        try:
            _pickup_time = _slot_pickup_time(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            pickup_time = self._src.get("pickup_time", UNSET)
        else:
            if sent_unchanged(self, "pickup_time", _pickup_time, _convert_pickup_time):
                pickup_time = self._src["pickup_time"]
            else:
                pickup_time: None | str | Unset
                if isinstance(_pickup_time, Unset):
                    pickup_time = UNSET
                elif isinstance(_pickup_time, datetime.datetime):
                    pickup_time = _pickup_time.isoformat()
                else:
                    pickup_time = _pickup_time

        try:
            _end_time = _slot_end_time(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            end_time = self._src.get("end_time", UNSET)
        else:
            if sent_unchanged(self, "end_time", _end_time, _convert_end_time):
                end_time = self._src["end_time"]
            else:
                end_time: None | str | Unset
                if isinstance(_end_time, Unset):
                    end_time = UNSET
                elif isinstance(_end_time, datetime.datetime):
                    end_time = _end_time.isoformat()
                else:
                    end_time = _end_time

        try:
            _expiration_time = _slot_expiration_time(self)
        except AttributeError:  # not read or replaced since parsing: the server's own JSON, as sent
            expiration_time = self._src.get("expiration_time", UNSET)
        else:
            if sent_unchanged(self, "expiration_time", _expiration_time, _convert_expiration_time):
                expiration_time = self._src["expiration_time"]
            else:
                expiration_time: None | str | Unset
                if isinstance(_expiration_time, Unset):
                    expiration_time = UNSET
                elif isinstance(_expiration_time, datetime.datetime):
                    expiration_time = _expiration_time.isoformat()
                else:
                    expiration_time = _expiration_time

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

        return in_sent_order(self, field_dict)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        query_status = _new(cls)
        query_status._src = d
        _v = d["id"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("QueryStatus", "id", _v, "a string")
        query_status.id = _v
        _v = d["complete"]
        if not (_v is True or _v is False or _v is None):
            raise bad_type("QueryStatus", "complete", _v, "a boolean or null")
        query_status.complete = _v
        if "team_id" in d:
            _v = d["team_id"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
                raise bad_type("QueryStatus", "team_id", _v, "an integer")
            query_status.team_id = _v
        else:
            query_status.team_id = UNSET
        if "error" in d:
            _v = d["error"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("QueryStatus", "error", _v, "a boolean or null")
            query_status.error = _v
        else:
            query_status.error = UNSET
        if "error_message" in d:
            _v = d["error_message"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("QueryStatus", "error_message", _v, "a string or null")
            query_status.error_message = _v
        else:
            query_status.error_message = UNSET
        query_status.results = d.get("results", UNSET)
        if "query_async" in d:
            _v = d["query_async"]
            if not (_v is True or _v is False):
                raise bad_type("QueryStatus", "query_async", _v, "a boolean")
            query_status.query_async = _v
        else:
            query_status.query_async = UNSET
        _v = d.get("start_time")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("QueryStatus", "start_time", _v, "a date-time") from None
            except TypeError:
                raise bad_type("QueryStatus", "start_time", _v, "a string or null") from None
        _v = d.get("pickup_time")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("QueryStatus", "pickup_time", _v, "a date-time") from None
            except TypeError:
                raise bad_type("QueryStatus", "pickup_time", _v, "a string or null") from None
        _v = d.get("end_time")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("QueryStatus", "end_time", _v, "a date-time") from None
            except TypeError:
                raise bad_type("QueryStatus", "end_time", _v, "a string or null") from None
        _v = d.get("expiration_time")
        if _v is not None:
            try:
                parse_datetime(_v)
            except ValueError:
                raise bad_text("QueryStatus", "expiration_time", _v, "a date-time") from None
            except TypeError:
                raise bad_type("QueryStatus", "expiration_time", _v, "a string or null") from None
        if "task_id" in d:
            _v = d["task_id"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("QueryStatus", "task_id", _v, "a string or null")
            query_status.task_id = _v
        else:
            query_status.task_id = UNSET
        if "insight_id" in d:
            _v = d["insight_id"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("QueryStatus", "insight_id", _v, "an integer or null")
            query_status.insight_id = _v
        else:
            query_status.insight_id = UNSET
        if "dashboard_id" in d:
            _v = d["dashboard_id"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool) or _v is None):
                raise bad_type("QueryStatus", "dashboard_id", _v, "an integer or null")
            query_status.dashboard_id = _v
        else:
            query_status.dashboard_id = UNSET
        _v = d.get("labels", UNSET)
        if type(_v) is list or isinstance(_v, list):
            try:
                "".join(_v)  # checks in C that every item is a string
            except TypeError:
                raise bad_item(
                    "QueryStatus", "labels", _v, next(_i for _i in _v if not isinstance(_i, str)), "a string"
                ) from None
        elif not (_v is None or _v is UNSET):
            raise bad_type("QueryStatus", "labels", _v, "null or an array")
        query_status.labels = _v
        if "query_progress" in d:
            _v = d["query_progress"]
            if _v is not None:
                try:
                    _v = QueryProgress.from_dict(_v)
                except (TypeError, ValueError, AttributeError, KeyError):
                    UNVERIFIED.count += 1  # the JSON is kept, as the generator does (the SDK's type check names it)
            query_status.query_progress = _v
        else:
            query_status.query_progress = UNSET
        # additional_properties: found in the source on first read
        return query_status

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
_slot_start_time = QueryStatus.__dict__["start_time"].__get__
_slot_pickup_time = QueryStatus.__dict__["pickup_time"].__get__
_slot_end_time = QueryStatus.__dict__["end_time"].__get__
_slot_expiration_time = QueryStatus.__dict__["expiration_time"].__get__

_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.query_progress import QueryProgress as _model1

    globals().update(
        {
            "QueryProgress": _model1,
        }
    )
    _LOADED = True
