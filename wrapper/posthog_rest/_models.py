"""Result models: the generated ``posthog_openapi`` classes, plus conveniences that belong to the wrapper.

``Insight`` and ``TrendResult`` are the generated attrs classes with a :meth:`to_dataframe` added, and a
person's ``properties`` reads like a dict (``.get``, ``.items()``, iteration). Every model the SDK returns
(and every model nested in it, on first read) reads a field the response did not have as ``None``, never
the generator's ``Unset``; ``to_dict()`` still leaves such fields out. The wrapper classes add no fields
and no slots, so :func:`promote` turns a parsed generated object into one by switching its class: no
copy, no second parse. Those four classes live in ``_model_classes``, loaded (with the generated models they
extend) when a response first holds one of them; their names are importable from here all the same.

Example:
    >>> insight = ph.insights.get(short_id="aBc123", refresh="blocking")
    >>> insight.to_dataframe().tail(7)          # dates x series (needs posthog-rest[pandas])
"""

from __future__ import annotations

import importlib
from collections import deque
from itertools import repeat
from typing import TYPE_CHECKING, Any

import attrs

from posthog_openapi.types import Unset

if TYPE_CHECKING:
    from ._model_classes import Insight, Person, PersonProperties, TrendResult

__all__ = ["Insight", "Person", "PersonProperties", "ReadsNone", "TrendResult", "promote", "settle_status"]


class ReadsNone:
    """Mixin of the wrapper's models: an optional field the response did not have reads as ``None``.

    The generated models mark such fields with ``Unset`` (so that ``to_dict`` can leave them out); users
    should never meet it. Nested models and lists of models get the same behaviour when first read.

    Example:
        >>> ph.persons.get(1).last_seen_at  # None on an older server that does not send it
    """

    __slots__ = ()

    def __getattribute__(self, name: str) -> Any:
        try:
            value = object.__getattribute__(self, name)
        except AttributeError:
            # A lazily converted field: the generated __getattr__ builds it (its Unset is mapped below too).
            lazy = getattr(type(self), "__getattr__", None)
            if lazy is None:
                raise
            value = lazy(self, name)
        cls = value.__class__
        if cls is Unset:
            return None
        if cls is list:
            if value and _reader_of(type(value[0])) is not None:  # a list of models (a page's results)
                _promote_items(value)
            return value
        reader = _reader_of(cls)
        if reader is not None:
            value.__class__ = reader
        return value

    def to_dict(self) -> dict[str, Any]:
        """The generated ``to_dict`` (absent fields stay out), as the generated class writes it.

        Example:
            >>> "last_seen_at" in ph.persons.get(1).to_dict()
        """
        cls = type(self)
        self.__class__ = _BASES[cls]  # the generated code tells absent fields by their Unset
        try:
            result: dict[str, Any] = self.to_dict()
        finally:
            self.__class__ = cls
        return result

    def __reduce_ex__(self, protocol: Any) -> Any:
        # Pickled through its JSON: the generated class is importable, this one is made at run time.
        return (_rebuild, (_BASES[type(self)], self.to_dict()))


def _rebuild(base: Any, data: dict[str, Any]) -> Any:
    return promote(base.from_dict(data))


_GENERATED_PREFIX = "posthog_openapi.models."
#: The generated modules whose classes have a wrapper class of their own (``_model_classes``, loaded on first sight).
_OWN_CLASSES = frozenset(_GENERATED_PREFIX + m for m in ("insight", "trend_result", "person", "person_properties"))
_CLASS_NAMES = frozenset(("Insight", "TrendResult", "Person", "PersonProperties"))
#: generated model class -> its wrapper class (``None``: not a generated model); filled on first sight.
_READERS: dict[type, type | None] = {}
_BASES: dict[type, type] = {}
#: The generated classes whose ``query_status`` :func:`promote` settles (Insight, TrendResult), once loaded.
_STATUS_HOLDERS: tuple[type, ...] = ()


def register(readers: dict[type, type], *, status_holders: bool = False) -> None:
    """Make ``readers`` (generated class -> wrapper class) the wrapper classes of those generated classes.

    Example:
        >>> register({_GeneratedInsight: Insight}, status_holders=True)  # what _model_classes does
    """
    global _STATUS_HOLDERS
    _READERS.update(readers)
    _BASES.update({reader: base for base, reader in readers.items()})
    if status_holders:
        _STATUS_HOLDERS += tuple(readers)


def __getattr__(name: str) -> Any:
    if name in _CLASS_NAMES:
        return getattr(importlib.import_module("._model_classes", __package__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _reader_of(cls: type) -> type | None:
    try:
        return _READERS[cls]
    except KeyError:
        pass
    if any(base.__module__ in _OWN_CLASSES for base in cls.__mro__):
        importlib.import_module("._model_classes", __package__)  # registers its classes (once)
        if cls in _READERS:
            return _READERS[cls]
    reader: type | None = None
    if cls in _BASES:
        reader = cls
    elif cls.__module__.startswith(_GENERATED_PREFIX) and attrs.has(cls):
        namespace = {"__slots__": (), "__module__": __name__, "__qualname__": cls.__qualname__, "__doc__": cls.__doc__}
        reader = type(cls.__name__, (ReadsNone, cls), namespace)
        _BASES[reader] = cls
    _READERS[cls] = reader
    return reader


def _promote_items(items: list[Any]) -> None:
    """Promote every model in ``items``: per item, the type read and the class switch run in C (a page has 1,000)."""
    kinds = set(map(type, items))
    for kind in kinds:
        reader = _reader_of(kind)
        if reader is None or reader is kind:  # not a generated model, or promoted already
            continue
        if len(kinds) == 1:
            deque(map(_SET_ATTRIBUTE, items, repeat("__class__"), repeat(reader)), maxlen=0)
        else:
            for item in items:
                if type(item) is kind:
                    item.__class__ = reader


_SET_ATTRIBUTE = object.__setattr__


def _promote_one(value: Any) -> None:
    cls = type(value)  # not value.__class__: a promoted value would go through ReadsNone.__getattribute__
    reader = _reader_of(cls)
    if reader is not None and reader is not cls:
        value.__class__ = reader


def settle_status(status: Any) -> Any:
    """A query status with PostHog's defaults for ``complete`` / ``error`` (``Optional[bool] = False``) filled in.

    PostHog may send ``null`` for either; the SDK never hands out ``complete=None`` for the caller to misread.

    Example:
        >>> settle_status(ph.query_status("abc")).complete in (True, False)
        True
    """
    if status is None or status.__class__ is Unset:
        return status
    from posthog_openapi.models.query_status import QueryStatus

    if isinstance(status, QueryStatus):
        if status.complete is None:
            status.complete = False
        if status.error is None:
            status.error = False
    return status


def promote(value: Any) -> Any:
    """Give a parsed generated object its wrapper class, in place (nested models follow on first read).

    Example:
        >>> type(promote(generated_insight)).__module__
        'posthog_rest._models'
    """
    if value is not None:
        _promote_one(value)
        if isinstance(value, _STATUS_HOLDERS):  # loaded by _promote_one if value is one
            try:  # the slot itself: no wrapper __getattribute__ (Unset is no QueryStatus either way)
                status = object.__getattribute__(value, "query_status")
            except AttributeError:
                status = None
            settle_status(status)
    return value
