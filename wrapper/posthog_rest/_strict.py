"""Check a parsed response against the generated models' own type annotations.

The generated ``from_dict`` refuses a scalar of the wrong JSON type (``id="abc"``) and an unknown enum value
itself (the fields its module lists in ``_CHECKED``), but copies lists as they come and, when a nested object
does not parse, keeps the raw ``dict`` in its place (``me().organization`` as a ``dict``). This check walks a
model ``from_dict`` built once, field by field, against the annotations the generator wrote from the spec (all
but the ``_CHECKED`` fields), so a response that breaks the spec is a
:class:`~posthog_rest.ResponseValidationError` naming the field, not a wrong value that fails far away. The
checks are compiled once per model class (a few ``isinstance`` calls per field).

Example:
    >>> check(User.from_dict({"uuid": "…", "email": 5}))  # doctest: +SKIP
    Traceback (most recent call last):
    TypeError: User.email: expected str, got int
"""

from __future__ import annotations

import datetime
import enum
import importlib
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from uuid import UUID

#: A compiled check: ``(is_candidate(value), check(value, path))``; the first picks a union's alternative.
Node = tuple[Callable[[Any], bool], Callable[[Any, str], None]]
_MODELS: dict[type, Callable[[Any, str], None]] = {}


class SpecMismatchError(TypeError):
    """A value that does not match its field's annotation."""


def check(value: Any) -> None:
    """Raise :class:`SpecMismatchError` when ``value`` (a model ``from_dict`` built, or anything else) breaks its types.

    Example:
        >>> check(None)  # not a model: nothing to check
    """
    cls = type(value)
    entry = _ENTRIES.get(cls)
    if entry is None:
        if not hasattr(cls, "__attrs_attrs__"):
            return
        entry = _ENTRIES[cls] = (_model_checker(cls), _name(cls))
    entry[0](value, entry[1])


#: Each checked class's checker and the name its messages start with (looked up once per class).
_ENTRIES: dict[type, tuple[Callable[[Any, str], None], str]] = {}


def _name(cls: type) -> str:
    for klass in cls.__mro__:
        if klass.__module__.startswith("posthog_openapi."):
            return klass.__name__
    return cls.__name__


class _Namespace(Mapping[str, Any]):
    """Names the generated annotations use: their module's, and every generated model (imported on demand)."""

    def __init__(self, module: types.ModuleType) -> None:
        self.module = module

    def __getitem__(self, name: str) -> Any:
        if name in vars(self.module):
            return vars(self.module)[name]
        models = importlib.import_module("posthog_openapi.models")
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(vars(self.module))

    def __len__(self) -> int:
        return len(vars(self.module))


def _model_checker(cls: type) -> Callable[[Any, str], None]:
    found = _MODELS.get(cls)
    if found is not None:
        return found
    _MODELS[cls] = _pending  # a model that contains itself: checked once the compile below is done
    base = next(k for k in cls.__mro__ if "__attrs_attrs__" in vars(k))
    module = importlib.import_module(base.__module__)
    hints = typing.get_type_hints(base, globalns=vars(module), localns=_Namespace(module))
    attributes = vars(base)["__attrs_attrs__"]
    lazy = getattr(module, "_LAZY", {})  # the generated model's lazily built fields (see _generate)
    formats = getattr(module, "_FORMATS", {})  # those of them parsed from a JSON string: key and parser
    # Fields whose JSON type from_dict itself refused to take wrong (a scalar's type, an enum's value).
    enforced: frozenset[str] = getattr(module, "_CHECKED", frozenset())
    fields = [(a.name, hints[a.name]) for a in attributes if a.init and a.name in hints and a.name not in enforced]
    check_model = _generate(cls, fields, lazy, formats)
    _MODELS[cls] = check_model
    return check_model


_PLAIN: dict[Any, tuple[type, ...]] = {
    int: (int,),
    float: (int, float),
    str: (str,),
    bool: (bool,),
    type(None): (type(None),),
    datetime.datetime: (datetime.datetime,),
    datetime.date: (datetime.date,),
    UUID: (UUID,),
}


def _plain(annotation: Any) -> tuple[tuple[type, ...], bool] | None:
    """``(types, bool_ok)`` when one ``isinstance`` decides the annotation (no models, lists or literals)."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation) if origin in (typing.Union, types.UnionType) else (annotation,)
    found: list[type] = []
    for arg in args:
        if arg is Any or arg is object:
            return None
        if arg in _PLAIN:
            found += _PLAIN[arg]
        elif isinstance(arg, type) and not hasattr(arg, "__attrs_attrs__") and typing.get_origin(arg) is None:
            found.append(arg)  # Unset, an enum
        else:
            return None
    bool_ok = bool in args
    return tuple(found), bool_ok


def _generate(
    cls: type,
    fields: list[tuple[str, Any]],
    lazy: Mapping[str, Callable[[Any], Any]],
    formats: Mapping[str, tuple[str, Callable[[str], Any]]],
) -> Callable[[Any, str], None]:
    """A checker for ``cls`` as straight-line code: one ``isinstance`` per plain field, a call for the rest.

    A parsed model builds its UUIDs, date-times and free-form objects on first read (``lazy``: the generated
    converters, by field). Reading them here would build every one of them for every item of a page: a
    UUID or date-time is built from the parsed JSON instead and checked without being kept, and a free-form
    object is not built at all (``from_dict`` checked that it is a JSON object; nothing else can be wrong).
    """
    # Raw reads: the wrapper's models read an absent field as None, the annotations speak of Unset.
    namespace: dict[str, Any] = {"SpecMismatchError": SpecMismatchError, "raw": object.__getattribute__}
    lines = ["def check_model(value, path):", "    try:"]
    if lazy:
        lines += [
            "        try:",
            "            src = raw(value, '_src')",
            "        except AttributeError:  # not parsed: every field is set",
            "            src = None",
        ]
    for index, (name, annotation) in enumerate(fields):
        namespace[f"check{index}"] = _compile(annotation)[1]
        where = f'path + ".{name}"'
        convert = lazy.get(name)
        if convert is not None and _is_model(annotation):
            lines.append(f"        if src is None: check{index}(raw(value, {name!r}), {where})")
            continue
        indent = "        "
        if name in formats:
            # Parsed: from_dict checked the JSON is a string (or an allowed null); parsing it is the check.
            key, namespace[f"parse{index}"] = formats[name]
            lines += [
                "        if src is not None:",
                f"            v = src.get({key!r})",
                "            if v is not None:",
                "                try:",
                f"                    parse{index}(v)",
                "                except (TypeError, ValueError) as exc:  # e.g. a malformed UUID or date-time",
                f"                    raise SpecMismatchError(f'{{{where}}}: {{exc}}') from None",
                "        else:",
            ]
            indent = "            "
        elif convert is not None:
            # Parsed: building the value from the JSON is the check (its converter returns the right type or
            # raises); set by hand: the value itself, below.
            namespace[f"convert{index}"] = convert
            lines += [
                "        if src is not None:",
                "            try:",
                f"                convert{index}(src)",
                "            except (TypeError, ValueError) as exc:  # e.g. a malformed UUID or date-time",
                f"                raise SpecMismatchError(f'{{{where}}}: {{exc}}') from None",
                "        else:",
            ]
            indent = "            "
        lines.append(f"{indent}v = raw(value, {name!r})")
        plain = _plain(annotation)
        if plain is not None:
            namespace[f"types{index}"] = plain[0]
            bool_guard = "" if plain[1] else " or type(v) is bool"
            lines.append(f"{indent}if not isinstance(v, types{index}){bool_guard}: check{index}(v, {where})")
        else:
            done = _exact_plain(annotation)  # e.g. None or Unset in `Model | None | Unset`: no call at all
            namespace[f"done{index}"] = done
            guard = f"if type(v) not in done{index}: " if done else ""
            # A union's checker by the value's exact type (filled as values are seen): one call, not three.
            known = getattr(namespace[f"check{index}"], "by_type", None)
            if known is not None:
                namespace[f"known{index}"] = known.get
                lines.append(f"{indent}{guard}(known{index}(type(v)) or check{index})(v, {where})")
            else:
                lines.append(f"{indent}{guard}check{index}(v, {where})")
    lines += [
        "    except SpecMismatchError:",
        "        raise",
        "    except (TypeError, ValueError, AttributeError) as exc:  # a lazily built field that does not parse",
        "        raise SpecMismatchError(f'{path}: {exc}') from None",
    ]
    if not fields:
        lines[1:] = ["    return None"]
    exec(compile("\n".join(lines), f"<check {cls.__name__}>", "exec"), namespace)  # our own generated source
    return namespace["check_model"]  # type: ignore[no-any-return]


def _exact_plain(annotation: Any) -> frozenset[type]:
    """The exact types a union accepts with no further check (its ``None``, ``Unset``, ``str``...)."""
    args = typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, types.UnionType) else ()
    found: set[type] = set()
    for arg in args:
        if arg in _PLAIN:
            found.update(_PLAIN[arg])
        elif isinstance(arg, type) and not hasattr(arg, "__attrs_attrs__") and typing.get_origin(arg) is None:
            found.add(arg)  # Unset, an enum: its members' type is the class itself
    return frozenset(found)


def _is_model(annotation: Any) -> bool:
    """Whether the annotation is a generated model (or one, ``None`` or ``Unset``)."""
    args = typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, types.UnionType) else ()
    return any(isinstance(arg, type) and hasattr(arg, "__attrs_attrs__") for arg in (annotation, *args))


def _pending(value: Any, path: str) -> None:
    _MODELS[type(value)](value, path)


def _describe(annotation: Any) -> str:
    return getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")


def _fail(expected: str, value: Any, path: str) -> typing.NoReturn:
    raise SpecMismatchError(f"{path}: expected {expected}, got {type(value).__name__} {_sample(value)}")


def _sample(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _leaf(accepts: Callable[[Any], bool], expected: str) -> Node:
    def check_leaf(value: Any, path: str) -> None:
        if not accepts(value):
            _fail(expected, value, path)

    return accepts, check_leaf


_SIMPLE: dict[Any, Node] = {
    int: _leaf(lambda v: type(v) is int or (isinstance(v, int) and not isinstance(v, bool)), "an integer"),
    float: _leaf(lambda v: isinstance(v, int | float) and not isinstance(v, bool), "a number"),
    str: _leaf(lambda v: isinstance(v, str), "a string"),
    bool: _leaf(lambda v: isinstance(v, bool), "a boolean"),
    type(None): _leaf(lambda v: v is None, "null"),
    datetime.datetime: _leaf(lambda v: isinstance(v, datetime.datetime), "a date-time"),
    datetime.date: _leaf(lambda v: isinstance(v, datetime.date), "a date"),
    UUID: _leaf(lambda v: isinstance(v, UUID), "a UUID"),
    Any: (lambda v: True, lambda v, p: None),
    object: (lambda v: True, lambda v, p: None),
}


#: The picks that decide by a value's type alone (see ``_union``).
_TYPE_PICKS = {node[0] for key, node in _SIMPLE.items() if key is not datetime.date}


def _compile(annotation: Any) -> Node:
    simple = _SIMPLE.get(annotation)
    if simple is not None:
        return simple
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return _union([_compile(arg) for arg in typing.get_args(annotation)], _describe(annotation))
    if origin is list:
        return _list(typing.get_args(annotation))
    if origin in (dict, Mapping):
        return _leaf(lambda v: isinstance(v, dict), "an object")
    if origin is typing.Literal:
        allowed = typing.get_args(annotation)
        return _leaf(lambda v: v in allowed, f"one of {allowed}")
    if isinstance(annotation, type) and hasattr(annotation, "__attrs_attrs__"):
        return _model(annotation)
    if isinstance(annotation, type):  # Unset, enums and other classes the generator uses as they are
        expected = annotation.__name__ if not issubclass(annotation, enum.Enum) else f"a {annotation.__name__}"
        node = _leaf(lambda v: isinstance(v, annotation), expected)
        if type(annotation) in (type, enum.EnumMeta):  # no __instancecheck__ of its own: decided by type alone
            node[0].by_type = True  # type: ignore[attr-defined]
        return node
    return _SIMPLE[Any]


def _union(alternatives: list[Node], expected: str) -> Node:
    # Which alternative a value's type picks, remembered per type: one dict lookup instead of trying the
    # alternatives in turn. Only while every alternative tried so far decides by type alone (a Literal
    # decides by value, so it and those after it are tried every time).
    by_type: dict[type, Callable[[Any, str], None]] = {}
    typed = [pick in _TYPE_PICKS or getattr(pick, "by_type", False) for pick, _ in alternatives]

    def accepts(value: Any) -> bool:
        return type(value) in by_type or any(pick(value) for pick, _ in alternatives)

    def check_union(value: Any, path: str) -> None:
        known = by_type.get(type(value))
        if known is not None:
            known(value, path)
            return
        for index, (pick, check_one) in enumerate(alternatives):
            if pick(value):
                check_one(value, path)
                if all(typed[: index + 1]):
                    by_type[type(value)] = _direct(check_one, type(value))
                return
        if isinstance(value, dict):  # an object the generator could not build: say why
            for _, check_one in alternatives:
                if getattr(check_one, "builds_models", False):
                    check_one(value, path)
        _fail(expected, value, path)

    check_union.by_type = by_type  # type: ignore[attr-defined]
    return accepts, check_union


def _direct(check_one: Callable[[Any, str], None], kind: type) -> Callable[[Any, str], None]:
    """What checks a value of type ``kind`` once ``check_one`` accepted one: a model's own checker (the same
    checks without the nested-model dispatch), else ``check_one``."""
    if getattr(check_one, "builds_models", False):
        found = _MODELS.get(kind)
        if found is not None and found is not _pending:
            return found
    return check_one


def _is_list(value: Any) -> bool:
    return isinstance(value, list)


_is_list.by_type = True  # type: ignore[attr-defined]


def _list(args: tuple[Any, ...]) -> Node:
    if not args:
        return _leaf(lambda v: isinstance(v, list), "an array")
    _, check_item = _compile(args[0])
    plain = _plain(args[0])
    # The exact types a JSON item of this list may have (a bool is no integer): one set lookup per item.
    exact = frozenset(t for t in plain[0] if plain[1] or t is not bool) if plain is not None else frozenset()

    def check_list(value: Any, path: str) -> None:
        if not isinstance(value, list):
            _fail("an array", value, path)
        if not value or (exact and all(type(item) in exact for item in value)):
            return
        try:
            for item in value:
                check_item(item, path)
        except SpecMismatchError:  # again, slowly, to name the item
            for index, item in enumerate(value):
                check_item(item, f"{path}[{index}]")

    return _is_list, check_list


def _model(cls: type) -> Node:
    def check_nested(value: Any, path: str) -> None:
        checker = _MODELS.get(type(value))
        if checker is not None and isinstance(value, cls):
            checker(value, path)
            return
        if not isinstance(value, cls):
            detail = _why_not(cls, value)
            raise SpecMismatchError(f"{path}: expected a {cls.__name__} object, got {type(value).__name__}{detail}")
        _model_checker(type(value))(value, path)

    def pick(value: Any) -> bool:
        return isinstance(value, cls)

    pick.by_type = True  # type: ignore[attr-defined]
    check_nested.builds_models = True  # type: ignore[attr-defined]
    return pick, check_nested


def _why_not(cls: type, value: Any) -> str:
    """Why the generator could not build ``cls`` from ``value`` (it kept the raw value instead)."""
    if not isinstance(value, dict):
        return ""
    try:
        cls.from_dict(value)  # type: ignore[attr-defined]
    except KeyError as exc:
        return f" (missing {exc})"
    except (TypeError, ValueError, AttributeError) as exc:
        return f" ({exc})"
    return ""
