"""Every public name of the hand-written package documents itself with a runnable ``>>>`` example."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Iterator
from typing import Any

import posthog_rest
import posthog_rest.export
import posthog_rest.testing
from posthog_rest.resources.insights import AsyncInsights, Insights
from posthog_rest.resources.persons import AsyncPersons, Persons

MODULES = (posthog_rest, posthog_rest.testing, posthog_rest.export)
EXTRA_CLASSES: tuple[type, ...] = (Insights, AsyncInsights, Persons, AsyncPersons, type(posthog_rest.where("x")))


def _doc_target(member: Any) -> Any:
    """The object whose ``__doc__`` documents ``member``, or None for plain data attributes."""
    if isinstance(member, (staticmethod, classmethod)):
        return member.__func__
    if isinstance(member, (property, functools.cached_property)):
        return member
    if inspect.isfunction(member) or inspect.isclass(member):
        return member
    return None


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """Public methods and properties defined on ``cls`` itself (not inherited)."""
    for attr, member in vars(cls).items():
        if attr.startswith("_"):
            continue
        target = _doc_target(member)
        if target is not None:
            yield f"{cls.__module__}.{cls.__qualname__}.{attr}", target


def _public_objects() -> Iterator[tuple[str, Any]]:
    classes: list[type] = []
    for module in MODULES:
        for name in module.__all__:
            obj = getattr(module, name)
            if not (inspect.isclass(obj) or callable(obj)):
                continue  # constants and strings (__version__, ALL_FAULTS, PERSON_CORE_COLUMNS)
            yield f"{module.__name__}.{name}", obj
            if inspect.isclass(obj):
                classes.append(obj)
    for cls in EXTRA_CLASSES:
        yield f"{cls.__module__}.{cls.__qualname__}", cls
        classes.append(cls)
    seen: set[type] = set()
    for cls in classes:
        if cls not in seen:
            seen.add(cls)
            yield from _members(cls)


def test_every_public_name_has_a_runnable_example() -> None:
    offenders = sorted({name for name, obj in _public_objects() if ">>>" not in (inspect.getdoc(obj) or "")})
    assert not offenders, "public names whose docstring has no '>>>' example:\n  " + "\n  ".join(offenders)
