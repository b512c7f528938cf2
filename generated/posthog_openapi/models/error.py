from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_type import ErrorType
from ..types import (
    UNSET,
    Unset,
    add_path,
    bad_type,
    enum_member,
    failing_item,
)

T = TypeVar("T", bound="Error")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "type",
        "code",
        "detail",
        "attr",
        "list",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "type_",
        "code",
        "detail",
        "attr",
        "list_",
    )
)


@_attrs_define
class Error:
    """The envelope of every PostHog error response.

    Attributes:
        type_ (ErrorType): The kind of error.
            * `authentication_error` - 401 and 403: bad key, missing scope
            * `invalid_request` - 404, 405: no such object, method not allowed
            * `validation_error` - 400: bad input
            * `throttled_error` - 429: rate limited
            * `server_error` - 5xx
            * `multiple` - several errors, listed in `list`
        code (str): A machine-readable code, e.g. `invalid_personal_api_key`, `permission_denied`, `not_found`,
            `throttled`.
        detail (str): A human-readable message.
        attr (None | str | Unset): The request field the error is about, when there is one.
        list_ (list[Error] | Unset): The individual errors when `type` is `multiple`.
    """

    type_: ErrorType
    code: str
    detail: str
    attr: None | str | Unset = UNSET
    list_: list[Error] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        code = self.code

        detail = self.detail

        attr: None | str | Unset
        if isinstance(self.attr, Unset):
            attr = UNSET
        else:
            attr = self.attr

        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = []
            for list_item_data in self.list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "detail": detail,
            }
        )
        if attr is not UNSET:
            field_dict["attr"] = attr
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        error = _new(cls)
        type_ = enum_member(ErrorType, d["type"])

        error.type_ = type_
        _v = d["code"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("Error", "code", _v, "a string")
        error.code = _v
        _v = d["detail"]
        if not (type(_v) is str or isinstance(_v, str)):
            raise bad_type("Error", "detail", _v, "a string")
        error.detail = _v
        if "attr" in d:
            _v = d["attr"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("Error", "attr", _v, "a string or null")
            error.attr = _v
        else:
            error.attr = UNSET
        _v = d.get("list", UNSET)
        if isinstance(_v, list):
            _parse = Error.from_dict  # bound once, not per item
            try:
                error.list_ = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "list", *failing_item(_parse, _v))
                raise
        elif _v is UNSET:
            error.list_ = _v
        else:
            raise bad_type("Error", "list", _v, "an array")
        if len(d) == 3 + ("attr" in d) + ("list" in d):  # usually there is nothing else
            error.additional_properties = {}
        else:
            error.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return error

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
