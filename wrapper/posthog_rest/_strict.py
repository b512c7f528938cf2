"""Check a parsed response against the generated models' own type annotations.

The generated ``from_dict`` refuses most wrong values itself (the fields its module lists in ``_CHECKED``: a
scalar of the wrong JSON type, an unknown enum value, a list item of the wrong type, a malformed UUID or
date-time, a nested model made only of such fields), so a page of persons is not walked at all. What it lets
through is left here: a nullable nested object that does not parse is kept as the raw ``dict`` in its place
(``me().organization`` as a ``dict``), unions are taken as they come. This check walks a model ``from_dict``
built once, field by field, against the annotations the generator wrote from the spec (all but the
``_CHECKED`` fields), so a response that breaks the spec is a :class:`~posthog_rest.ResponseValidationError`
naming the field, not a wrong value that fails far away. The checks are compiled once per model class (a few
``isinstance`` calls per field). Each value ``from_dict`` keeps unchecked adds one to the generated
``UNVERIFIED`` count; a call whose parse left it unchanged has nothing here to find, and skips the walk.

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
    base = _generated_base(cls)
    module = importlib.import_module(base.__module__)
    hints = typing.get_type_hints(base, globalns=vars(module), localns=_Namespace(module))
    attributes = vars(base)["__attrs_attrs__"]
    lazy = getattr(module, "_LAZY", {})  # the generated model's lazily built fields (see _generate)
    # Fields whose JSON type from_dict itself refused to take wrong (a scalar's type, an enum's value).
    enforced: frozenset[str] = getattr(module, "_CHECKED", frozenset())
    fields = [(a.name, hints[a.name]) for a in attributes if a.init and a.name in hints and a.name not in enforced]
    check_model = _generate(cls, fields, lazy)
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
) -> Callable[[Any, str], None]:
    """A checker for ``cls`` as straight-line code: one ``isinstance`` per plain field, a call for the rest.

    A parsed model builds its UUIDs, date-times and free-form objects on first read (``lazy``: the generated
    converters, by field). ``from_dict`` checks their text itself (they are in ``_CHECKED``); one that is not
    is built here from the source, and checked, without being kept.
    """
    # Raw reads: the wrapper's models read an absent field as None, the annotations speak of Unset. A generated
    # class reads its own slots (an attribute load is a fraction of a call to object.__getattribute__).
    namespace: dict[str, Any] = {"SpecMismatchError": SpecMismatchError, "raw": object.__getattribute__}
    read = _reader(cls)
    lines = ["def check_model(value, path):", "    try:"]
    if lazy:
        lines += [
            "        try:",
            f"            src = {read('_src')}",
            "        except AttributeError:  # not parsed: every field is set",
            "            src = None",
        ]
    for index, (name, annotation) in enumerate(fields):
        namespace[f"check{index}"] = _compile(annotation)[1]
        convert = lazy.get(name)
        if convert is not None and _is_model(annotation):
            lines.append(f"        if src is None: check{index}({read(name)}, path + '.{name}')")
            continue
        lines += _field_lines(index, name, annotation, convert, namespace, read(name))
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


def _reader(cls: type) -> Callable[[str], str]:
    """How the checker of ``cls`` reads a slot: ``value.name`` for a generated class, ``raw(value, 'name')`` for a
    wrapper class (whose ``__getattribute__`` maps ``Unset`` to ``None`` and promotes nested models)."""
    if vars(object)["__getattribute__"] is getattr(cls, "__getattribute__"):  # noqa: B009 - mypy: not a method
        return lambda name: f"value.{name}" if name.isidentifier() else f"raw(value, {name!r})"
    return lambda name: f"raw(value, {name!r})"


def _field_lines(
    index: int,
    name: str,
    annotation: Any,
    convert: Callable[[Any], Any] | None,
    namespace: dict[str, Any],
    read: str,
) -> list[str]:
    """The checker's lines for one field (``convert``: its lazy converter; ``read``: the expression reading its
    slot)."""
    where = f'path + ".{name}"'
    if convert is None:
        return [f"        v = {read}", *_value_lines(index, annotation, where, namespace, "        ")]
    namespace[f"convert{index}"] = convert
    built = [  # build the value from the JSON (or read it when not parsed), then check it
        "try:",
        f"    v = {read} if src is None else convert{index}(src)",
        "except (TypeError, ValueError) as exc:  # e.g. a malformed UUID or date-time",
        f"    raise SpecMismatchError(f'{{{where}}}: {{exc}}') from None",
        *_value_lines(index, annotation, where, namespace, ""),
    ]
    return ["        " + line for line in built]


def _value_lines(index: int, annotation: Any, where: str, namespace: dict[str, Any], indent: str) -> list[str]:
    """Lines checking ``v`` against ``annotation``: one isinstance when that decides it, else a call."""
    plain = _plain(annotation)
    if plain is not None:
        namespace[f"types{index}"] = plain[0]
        bool_guard = "" if plain[1] else " or type(v) is bool"
        return [f"{indent}if not isinstance(v, types{index}){bool_guard}: check{index}(v, {where})"]
    items = _list_items(annotation)
    if items is not None:  # e.g. distinct_ids: a loop here, the call (which names the item) only on failure
        namespace[f"items{index}"] = items
        return [
            f"{indent}if type(v) is list:",
            f"{indent}    for i in v:",
            f"{indent}        if not isinstance(i, items{index}):",
            f"{indent}            check{index}(v, {where})",
            f"{indent}else:",
            f"{indent}    check{index}(v, {where})",
        ]
    done = _exact_plain(annotation)  # e.g. None or Unset in `Model | None | Unset`: no call at all
    namespace[f"done{index}"] = done
    guard = f"if type(v) not in done{index}: " if done else ""
    # A union's checker by the value's exact type (filled as values are seen): one call, not three.
    known = getattr(namespace[f"check{index}"], "by_type", None)
    if known is not None:
        namespace[f"known{index}"] = known.get
        return [f"{indent}{guard}(known{index}(type(v)) or check{index})(v, {where})"]
    return [f"{indent}{guard}check{index}(v, {where})"]


def _list_items(annotation: Any) -> tuple[type, ...] | None:
    """For ``list[X]`` where one isinstance decides an item (``str``, ``int | None``…): those types."""
    if typing.get_origin(annotation) is not list or not typing.get_args(annotation):
        return None
    return _item_types(typing.get_args(annotation)[0])


def _item_types(item: Any) -> tuple[type, ...] | None:
    plain = _plain(item)
    if plain is None or (not plain[1] and issubclass(bool, plain[0])):
        return None  # an int item must not be a bool: the call decides
    return plain[0]


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
    models = [check_one for _, check_one in alternatives if getattr(check_one, "builds_models", False)]
    # Members told apart by a constant ``kind``, as the generated from_dict dispatches (union_property.py.jinja).
    kinds = {kind: check_one for check_one in models if (kind := _const_kind(check_one.model)) is not None}  # type: ignore[attr-defined]

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
            kind = value.get("kind")
            by_kind = kinds.get(kind) if type(kind) is str else None
            for check_one in [by_kind] if by_kind is not None else models:  # the member its kind names, if any
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
    fast = _item_types(args[0])  # one isinstance per item, when that decides it
    model = args[0] if isinstance(args[0], type) and hasattr(args[0], "__attrs_attrs__") else None

    def check_list(value: Any, path: str) -> None:
        if not isinstance(value, list):
            _fail("an array", value, path)
        if not value or (fast is not None and all(isinstance(item, fast) for item in value)):
            return
        try:
            if model is not None:  # a page's results: each item's compiled checker, without a call in between
                models = _MODELS
                for item in value:
                    checker = models.get(type(item))
                    if checker is not None and isinstance(item, model):
                        checker(item, path)
                    else:
                        check_item(item, path)
                return
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
    check_nested.model = cls  # type: ignore[attr-defined]
    return pick, check_nested


def _generated_base(cls: type) -> type:
    """The generated class of ``cls`` (itself, or the one the SDK's model class extends)."""
    return next(k for k in cls.__mro__ if "__attrs_attrs__" in vars(k))


def _const_kind(cls: type) -> str | None:
    """The constant ``kind`` of a query-node model (its module's ``_KIND``, which from_dict dispatches on), else
    None."""
    kind: str | None = getattr(importlib.import_module(_generated_base(cls).__module__), "_KIND", None)
    return kind


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
