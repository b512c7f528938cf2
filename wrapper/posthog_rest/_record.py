"""``@record``: small data classes like ``@dataclass``, without its cost when the module loads.

``@dataclass`` writes a class's ``__init__``, ``__repr__`` and ``__eq__`` (frozen: also ``__setattr__``,
``__delattr__`` and ``__hash__``) as source text and compiles each when the class is made: 2-4 million
instructions a class, ~6% of a ``posthog-rest --demo whoami`` for the ~20 classes it loads. ``@record``
makes the same methods from the field list alone (nothing compiled), for the classes on the command's and the
stand-in's start-up path. The methods behave as the dataclass ones do (positional or keyword arguments,
defaults, ``default_factory``, ``__post_init__``, ``init``/``repr``/``compare`` per field, frozen instances
raising :class:`dataclasses.FrozenInstanceError`, equality between instances of the same class); building an
instance costs about a microsecond more. Not supported: ``dataclasses.fields`` / ``replace`` / ``asdict``
(keep ``@dataclass`` where those are used), ``kw_only``, ``InitVar``, ``slots``.

Example:
    >>> @record(frozen=True)
    ... class Point:
    ...     x: int
    ...     y: int = 0
    >>> Point(1), Point(1) == Point(1, 0)
    (Point(x=1, y=0), True)
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import FrozenInstanceError
from typing import Any, TypeVar, dataclass_transform, overload

__all__ = ["field", "record"]

T = TypeVar("T")
_MISSING: Any = object()


class Field:
    """A field's options, as ``dataclasses.field`` takes them (what :func:`field` returns in a class body)."""

    __slots__ = ("compare", "default", "factory", "init", "name", "repr")

    def __init__(self, default: Any, factory: Callable[[], Any] | None, init: bool, repr: bool, compare: bool) -> None:
        self.name = ""
        self.default = default
        self.factory = factory
        self.init = init
        self.repr = repr
        self.compare = compare


def field(
    *,
    default: Any = _MISSING,
    default_factory: Callable[[], Any] | None = None,
    init: bool = True,
    repr: bool = True,
    compare: bool = True,
) -> Any:
    """A field with options, as :func:`dataclasses.field` (``default``, ``default_factory``, ``init``, ``repr``,
    ``compare``).

    Example:
        >>> @record
        ... class Bag:
        ...     items: list[int] = field(default_factory=list)
        >>> Bag().items
        []
    """
    return Field(default, default_factory, init, repr, compare)


@overload
@dataclass_transform(field_specifiers=(field,))
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, frozen: bool = False) -> Callable[[type[T]], type[T]]: ...
def record(cls: type[T] | None = None, /, *, frozen: bool = False) -> type[T] | Callable[[type[T]], type[T]]:
    """Make ``cls`` a data class from its annotated fields, as ``@dataclass`` / ``@dataclass(frozen=True)`` does.

    Example:
        >>> @record
        ... class Counter:
        ...     name: str
        ...     count: int = 0
        >>> Counter("hits")
        Counter(name='hits', count=0)
    """

    def wrap(cls: type[T]) -> type[T]:
        _build(cls, _fields(cls), frozen)
        return cls

    return wrap if cls is None else wrap(cls)


def _fields(cls: type) -> list[Field]:
    found: dict[str, Field] = {
        f.name: f for base in reversed(cls.__mro__[1:]) for f in getattr(base, "__record_fields__", ())
    }
    for name, annotation in inspect.get_annotations(cls).items():
        if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
            continue
        value = cls.__dict__.get(name, _MISSING)
        spec = value if isinstance(value, Field) else Field(value, None, True, True, True)
        spec.name = name
        if isinstance(value, Field):  # the class keeps a plain default, as with @dataclass
            if spec.default is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, spec.default)
        found[name] = spec
    return list(found.values())


def _build(cls: Any, fields: list[Field], frozen: bool) -> None:
    cls.__record_fields__ = tuple(fields)
    shown = tuple(f.name for f in fields if f.repr)
    compared = tuple(f.name for f in fields if f.compare)

    def show(self: Any) -> str:
        return f"{type(self).__qualname__}({', '.join(f'{name}={getattr(self, name)!r}' for name in shown)})"

    def equal(self: Any, other: object) -> Any:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return tuple(getattr(self, name) for name in compared) == tuple(getattr(other, name) for name in compared)

    def assign(self: Any, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def delete(self: Any, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def hash_(self: Any) -> int:
        return hash(tuple(getattr(self, name) for name in compared))

    own = cls.__dict__
    explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    methods: dict[str, Any] = {
        "__init__": _init(cls, tuple(f for f in fields if f.init), tuple(f for f in fields if not f.init)),
        "__repr__": show,
        "__eq__": equal,
    }
    if frozen:
        methods |= {"__setattr__": assign, "__delattr__": delete}
    for name, method in methods.items():
        if name not in own:  # a method the class writes itself wins, as with @dataclass
            method.__name__ = name
            method.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, method)
    if not explicit_hash:  # frozen: hashed by value; mutable: unhashable, as @dataclass leaves them
        cls.__hash__ = hash_ if frozen else None


def _init(cls: Any, given: tuple[Field, ...], made: tuple[Field, ...]) -> Callable[..., None]:
    qualname = cls.__qualname__
    names = tuple(spec.name for spec in given)
    known = frozenset(names)
    count = len(names)
    post_init = getattr(cls, "__post_init__", None)

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > count:
            raise TypeError(
                f"{qualname}.__init__() takes {count + 1} positional arguments but {len(args) + 1} were given"
            )
        values = dict(zip(names, args, strict=False))
        if kwargs:
            for name in kwargs:
                if name in values or name not in known:
                    problem = (
                        "got multiple values for argument" if name in values else "got an unexpected keyword argument"
                    )
                    raise TypeError(f"{qualname}.__init__() {problem} {name!r}")
            values.update(kwargs)
        if len(values) < count:
            for spec in given:
                if spec.name not in values:
                    values[spec.name] = _default(qualname, spec)
        for spec in made:
            if spec.factory is not None or spec.default is not _MISSING:
                values[spec.name] = _default(qualname, spec)
        self.__dict__.update(values)  # bypasses a frozen class's __setattr__, as @dataclass's __init__ does
        if post_init is not None:
            post_init(self)

    return init


def _default(qualname: str, spec: Field) -> Any:
    if spec.factory is not None:
        return spec.factory()
    if spec.default is _MISSING:
        raise TypeError(f"{qualname}.__init__() missing 1 required positional argument: {spec.name!r}")
    return spec.default
