"""Contains some shared types for properties"""

import datetime
import threading
from collections.abc import Callable, Mapping, MutableMapping
from contextvars import ContextVar
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote
from uuid import UUID, SafeUUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        # Copies and pickles are UNSET itself: to_dict leaves a field out by `is not UNSET`.
        return "UNSET"


UNSET: Unset = Unset()


class _Unverified(threading.local):
    count = 0


#: How many values ``from_dict`` kept without checking them against their annotation, in this thread: a nested
#: object that did not parse (kept as its JSON), a union value none of whose parsed members took it, a field with
#: no check of its own. A parse that leaves it unchanged checked every field itself, so posthog_rest's type check
#: (which walks the parsed model for exactly such values) has nothing to find. (Custom template:
#: config/openapi-python-client-templates/.)
UNVERIFIED = _Unverified()


class LazyModel:
    """Base of models whose ``from_dict`` converts some fields on first access instead of at parse time.

    Parsing a page of 1,000 persons builds 1,000 objects; most readers look at a few fields of each. So
    ``from_dict`` checks every required key and the JSON type of every field up front (a bad response still
    fails at parse time), assigns plain JSON values directly, and keeps the source dict in ``_src``: a UUID,
    date-time, free-form object or ``additional_properties`` is built from it when first read, then stored
    in its slot like any other attribute. The source is the dict ``from_dict`` was given, not a copy (a parsed
    response's JSON, which nothing else holds): parse a copy of a dict you will change afterwards.
    (Custom template: config/openapi-python-client-templates/.)
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


class KeepsUnknown:
    """Base of models whose schema lists every key (``additionalProperties: false``: PostHog's query nodes, whose
    pydantic models forbid extra keys) and that have no lazily built field.

    PostHog adds fields to these nodes all the time, so a newer PostHog sends keys this version's spec lacks. An
    insight's query that is read, changed and sent back must not lose them, so ``from_dict`` keeps the dict it
    was given in ``_sent`` when it has such keys (found by counting the known ones; ``None`` when there are none:
    nothing is kept, nothing is paid beyond the count), and ``to_dict`` writes them back as sent, in the order
    the server sent the keys (:func:`with_unknown`). They are not fields: ``==``, ``repr`` and the constructor see
    only the fields this version knows. Copies and pickles keep them (:func:`get_state`); ``attrs.evolve``
    builds a new model through the constructor, so, like ``additional_properties``, it starts without them.
    (Custom template: config/openapi-python-client-templates/.)
    """

    __slots__ = ("_sent",)
    _sent: dict[str, Any]


def with_unknown(out: dict[str, Any], sent: dict[str, Any] | None, fields: frozenset[str]) -> dict[str, Any]:
    """``to_dict``'s output ``out`` with the keys of ``sent`` (the parsed JSON) that no field names, as sent.

    Keys come in the order the server sent them (fields set since parsing last); a field's own value always
    wins over a sent key of the same name, and a field unset since parsing stays out.
    """
    if sent is None or _known_keys_only.get():  # (None: built by the constructor, or nothing unknown was sent)
        return out
    ordered = {key: out[key] if key in out else value for key, value in sent.items() if key in out or key not in fields}
    for key, value in out.items():
        if key not in ordered:
            ordered[key] = value
    return ordered


_known_keys_only: ContextVar[bool] = ContextVar("known_keys_only", default=False)


def to_known_dict(model: Any) -> dict[str, Any]:
    """``model.to_dict()`` without the keys this version's spec does not list (nested models' too), as it was
    before they were kept: what a validator whose models forbid unknown keys (``posthog_models``) takes.

    To send a model back to PostHog, use ``to_dict()``: it loses nothing.
    """
    token = _known_keys_only.set(True)
    try:
        out: dict[str, Any] = model.to_dict()
    finally:
        _known_keys_only.reset(token)
    return out


def get_state(model: Any, slot: str) -> dict[str, Any]:
    """The pickle / copy state of an attrs model: its fields, and the parsed JSON in ``slot`` when it keeps one
    (what attrs's own ``__getstate__`` leaves out: the keys :func:`with_unknown` writes back)."""
    state = {a.name: getattr(model, a.name) for a in type(model).__attrs_attrs__}
    sent = getattr(model, slot, None)
    if sent is not None:
        state[slot] = sent
    return state


def set_state(model: Any, state: dict[str, Any], slot: str) -> None:
    """Restore what :func:`get_state` saved (names that are no field nor ``slot`` are ignored, as attrs does)."""
    names = {a.name for a in type(model).__attrs_attrs__}
    names.add(slot)
    for name, value in state.items():
        if name in names:
            object.__setattr__(model, name, value)


def bad_type(model: str, key: str, value: object, expected: str) -> TypeError:
    """The error for a field whose JSON value has the wrong type (raised by ``from_dict``)."""
    error = TypeError(f"{model}.{key}: expected {expected}, got {type(value).__name__}")
    error.json_path = (key,)  # type: ignore[attr-defined]
    return error


def add_path(error: BaseException, *steps: str | int) -> None:
    """Put ``steps`` (a field's JSON key, a list index) in front of the JSON path of a parse error on its way out of
    ``from_dict``, and say the path in the error's note: ``at query.source.series[0].event``.

    The path is in ``error.json_path`` (a tuple), outermost step first.
    """
    path = (*steps, *getattr(error, "json_path", ()))
    error.json_path = path  # type: ignore[attr-defined]
    note = "at " + path_text(path)
    notes = getattr(error, "__notes__", None)
    if notes and notes[-1].startswith("at ") and getattr(error, "_path_noted", False):
        notes[-1] = note  # the note of the step inside this one: replaced by the longer path
    else:
        error.add_note(note)
        error._path_noted = True  # type: ignore[attr-defined]


def path_text(path: tuple[str | int, ...]) -> str:
    """``("query", "source", "series", 0, "event")`` as ``query.source.series[0].event``."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def failing_item(parse: Callable[[Any], Any], items: object) -> tuple[int, ...]:
    """The index of the first item ``parse`` refuses, as a 1-tuple (``()`` when ``items`` is no list or all parse).

    For the error path of a list parsed in one comprehension: which item failed is found by parsing them again.
    """
    if not isinstance(items, list):
        return ()
    for index, item in enumerate(items):
        try:
            parse(item)
        except Exception:  # noqa: BLE001 - whatever made the comprehension fail
            return (index,)
    return ()


class UnknownKind(ValueError):
    """A query node whose ``kind`` this version of the models does not know, where no generic member can keep it.

    ``from_dict`` of a union whose members are told apart by ``kind`` raises it; the nearest enclosing union that
    has a generic member (an insight's ``query``: ``QueryNode``) catches it and keeps the whole node there, so a
    node kind PostHog adds later still parses. Any other error inside a known kind is the answer breaking the spec.
    """


def unknown_kind(value: object, kinds: tuple[str, ...]) -> Exception:
    """The error for a ``kind``-dispatched union value no member takes: :class:`UnknownKind` for an object whose
    ``kind`` is a string not in ``kinds``; a ``TypeError`` for anything else (not an object, no string ``kind``).
    The field it is in is added to its path on the way out (:func:`add_path`)."""
    known = ", ".join(kinds)
    if not isinstance(value, dict):
        return TypeError(f"expected an object with a kind ({known}), got {type(value).__name__}")
    kind = value.get("kind")
    if not isinstance(kind, str):
        error = TypeError(f"kind: expected a string ({known}), got {type(kind).__name__}")
        error.json_path = ("kind",)  # type: ignore[attr-defined]
        return error
    return UnknownKind(f"unknown kind {kind[:80]!r} (this version knows {known})")


def bad_item(model: str, key: str, items: list[Any], item: object, expected: str) -> TypeError:
    """The error for an array ``item`` (of the field's value ``items``) of the wrong JSON type (raised by ``from_dict``)."""
    index = next(i for i, candidate in enumerate(items) if candidate is item)
    return TypeError(f"{model}.{key}[{index}]: expected {expected}, got {type(item).__name__}")


def bad_text(model: str, key: str, value: str, expected: str) -> TypeError:
    """The error for a string that is not the format its field has (raised by ``from_dict``)."""
    shown = repr(value) if len(value) <= 60 else repr(value[:57]) + "..."
    return TypeError(f"{model}.{key}: expected {expected}, got {shown}")


#: A date-time's / date's parser, one name each (a module attribute and a class attribute fewer per call).
parse_datetime = datetime.datetime.fromisoformat
parse_date = datetime.date.fromisoformat

#: Reads hex digits (a UUID's, once its hyphens are gone) in C: the UUID check builds no UUID and runs no pattern.
hex_bytes = bytes.fromhex


def is_uuid(text: str) -> bool:
    """Whether ``UUID(text)`` reads ``text`` (for the forms the quick check in ``from_dict`` leaves to it: braces, ``urn:uuid:``...)."""
    try:
        parse_uuid(text)
    except ValueError:
        return False
    return True


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
    "KeepsUnknown",
    "LazyModel",
    "RequestFiles",
    "Response",
    "UnknownKind",
    "Unset",
    "add_path",
    "as_sent",
    "bad_type",
    "enum_member",
    "failing_item",
    "get_state",
    "http_status",
    "in_sent_order",
    "no_attribute",
    "parse_uuid",
    "path_segment",
    "path_text",
    "sent_unchanged",
    "set_state",
    "to_known_dict",
    "unknown_kind",
    "with_unknown",
]
