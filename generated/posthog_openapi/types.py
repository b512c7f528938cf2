"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote
from uuid import UUID, SafeUUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


class LazyModel:
    """Base of models whose ``from_dict`` converts some fields on first access instead of at parse time.

    Parsing a page of 1,000 persons builds 1,000 objects; most readers look at a few fields of each. So
    ``from_dict`` checks every required key and the JSON type of every field up front (a bad response still
    fails at parse time), assigns plain JSON values directly, and keeps the source dict in ``_src``: a UUID,
    date-time, free-form object or ``additional_properties`` is built from it when first read, then stored
    in its slot like any other attribute. (Custom template: config/openapi-python-client-templates/.)
    """

    __slots__ = ("_src",)
    _src: dict[str, Any]


_src_of = LazyModel.__dict__["_src"].__get__


def as_sent(model: object) -> dict[str, Any] | None:
    """The JSON object a model was parsed from, exactly as the server sent it (keys, order, ``"…Z"`` text).

    ``None`` for a model built by its constructor, or of a class that does not keep its source. This is
    the parsed dict itself, not a copy, and it knows nothing of changes made to the model since parsing:
    read it, do not change it; ``to_dict()`` is the model's current state. For writing out what was just
    fetched (an export) it saves a ``to_dict()`` per item.
    """
    try:
        return _src_of(model)  # type: ignore[no-any-return]
    except (AttributeError, TypeError):  # not parsed, or not a LazyModel
        return None


def no_attribute(obj: object, name: str) -> AttributeError:
    """The error for a name that is neither a field nor a lazily converted one."""
    return AttributeError(f"{type(obj).__name__!r} object has no attribute {name!r}", name=name, obj=obj)


_new_uuid = object.__new__
_set_uuid_int = UUID.int.__set__  # type: ignore[attr-defined]
_set_uuid_safe = UUID.is_safe.__set__  # type: ignore[attr-defined]


def parse_uuid(text: str) -> UUID:
    """``UUID(text)``, twice as fast for the canonical 36-character form (the same checks; same result)."""
    if len(text) == 36 and text[8] == text[13] == text[18] == text[23] == "-":
        digits = text.replace("-", "")
        if len(digits) == 32:
            value = _new_uuid(UUID)
            _set_uuid_int(value, int(digits, 16))  # what UUID.__init__ does after the same length check
            _set_uuid_safe(value, SafeUUID.unknown)
            return value
    return UUID(text)


def sent_unchanged(obj: LazyModel, key: str, value: object, convert: Callable[[dict[str, Any]], Any]) -> bool:
    """Whether a converted field still holds what the server sent (``to_dict`` then returns the server's text).

    So ``to_dict()`` gives the same JSON whether or not a field was read: ``"…Z"`` stays ``"…Z"``.
    """
    try:
        src = obj._src
    except AttributeError:  # built by the constructor, not parsed
        return False
    return key in src and src[key] is not None and convert(src) == value


def in_sent_order(obj: LazyModel, out: dict[str, Any]) -> dict[str, Any]:
    """``to_dict``'s output with the keys in the order the server sent them (new keys last): parsed JSON round-trips."""
    try:
        src = obj._src
    except AttributeError:  # built by the constructor, not parsed
        return out
    ordered = {key: out[key] for key in src if key in out}
    if len(ordered) != len(out):
        ordered.update(out)
    return ordered


def bad_type(model: str, key: str, value: object, expected: str) -> TypeError:
    """The error for a field whose JSON value has the wrong type (raised by ``from_dict``)."""
    return TypeError(f"{model}.{key}: expected {expected}, got {type(value).__name__}")


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_HTTP_STATUSES = {status.value: status for status in HTTPStatus}


def http_status(code: int) -> HTTPStatus:
    """``HTTPStatus(code)`` by one dict lookup for the statuses it knows (an Enum call costs more, every response)."""
    found = _HTTP_STATUSES.get(code)
    return found if found is not None else HTTPStatus(code)


E = TypeVar("E", bound=Enum)


def enum_member(cls: type[E], value: object) -> E:
    """``cls(value)``: the same member, or the same error; a known value by one dict lookup (the Enum call costs
    three times as much, for every enum field of every answer)."""
    try:
        return cls._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):  # not a member's value, or unhashable: the class says why
        return cls(value)


def path_segment(value: object) -> str:
    """``quote(str(value), safe="")`` with no call into urllib when there is nothing to quote (ids, short ids)."""
    text = str(value)
    return text if text.isascii() and text.isalnum() else quote(text, safe="")


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "LazyModel",
    "RequestFiles",
    "Response",
    "Unset",
    "as_sent",
    "bad_type",
    "enum_member",
    "http_status",
    "in_sent_order",
    "no_attribute",
    "parse_uuid",
    "path_segment",
    "sent_unchanged",
]
