"""``ph.insights``, ``ph.persons``, ``ph.query``: made for the client's project when first read.

A resource's module (with its plans, query builders and writers) loads then, not with the client: a
program or command that never reads ``ph.query`` never imports the Query API's code.

Example:
    >>> class PostHog:
    ...     insights: LazyResource[Insights] = LazyResource(_insights)  # _insights(scope) imports and makes one
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")

__all__ = ["LazyResource", "forget_resources"]


class LazyResource(Generic[T]):
    """A client attribute holding ``make(scope)`` for the client's bound ``Scope``, made on first read.

    It stores what it makes in the client's ``__dict__``, where later reads find it with no call at all.

    Example:
        >>> PostHog.insights  # the descriptor; ph.insights is an Insights
    """

    def __init__(self, make: Callable[[Any], T]) -> None:
        self.make = make
        self.attr = ""

    def __set_name__(self, owner: type, attr: str) -> None:
        self.attr = attr

    @overload
    def __get__(self, obj: None, owner: type) -> LazyResource[T]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> T: ...
    def __get__(self, obj: object | None, owner: type) -> LazyResource[T] | T:
        if obj is None:
            return self
        resource = self.make(obj._scope)  # type: ignore[attr-defined]
        obj.__dict__[self.attr] = resource
        return resource


def forget_resources(client: Any) -> None:
    """Drop the resources a client made (it was bound to another project: they are made again on first read).

    Example:
        >>> forget_resources(clone)
    """
    for attr, value in vars(type(client)).items():
        if isinstance(value, LazyResource):
            client.__dict__.pop(attr, None)
