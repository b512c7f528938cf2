"""``@record`` behaves as ``@dataclass`` for what the SDK's classes use: the same class, built both ways, agrees."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from posthog_rest._record import field, record


def _pair(frozen: bool) -> tuple[type[Any], type[Any]]:
    def body(make: Any, make_field: Any) -> type[Any]:
        @make(frozen=frozen)
        class Point:
            x: int
            label: str = "p"
            tags: list[str] = make_field(default_factory=list)
            double: int = make_field(init=False, repr=False, compare=False)

            def __post_init__(self) -> None:
                object.__setattr__(self, "double", self.x * 2)

        return Point

    return body(dataclasses.dataclass, dataclasses.field), body(record, field)


@pytest.mark.parametrize("frozen", [False, True])
def test_construction_repr_and_equality_match_dataclass(frozen: bool) -> None:
    dc, rec = _pair(frozen)
    for args, kwargs in [((1,), {}), ((1, "q"), {}), ((), {"x": 3, "tags": ["a"]}), ((2,), {"label": "z"})]:
        a, b = dc(*args, **kwargs), rec(*args, **kwargs)
        assert repr(a) == repr(b)
        assert (a.x, a.label, a.tags, a.double) == (b.x, b.label, b.tags, b.double)
        assert (b == rec(*args, **kwargs)) is True
        assert (b == rec(99)) is False
        assert b != a  # another class: never equal, as between two dataclasses
    assert rec(1).tags is not rec(1).tags  # a fresh list per instance
    assert rec.label == "p"  # the class keeps a plain default


@pytest.mark.parametrize("frozen", [False, True])
def test_bad_arguments_fail_like_dataclass(frozen: bool) -> None:
    dc, rec = _pair(frozen)
    for args, kwargs in [((), {}), ((1,), {"x": 2}), ((1,), {"nope": 1}), ((1, "a", [], 4), {}), ((1,), {"double": 2})]:
        with pytest.raises(TypeError):
            dc(*args, **kwargs)
        with pytest.raises(TypeError):
            rec(*args, **kwargs)


def test_frozen_is_immutable_and_hashable_mutable_is_unhashable() -> None:
    dc_frozen, rec_frozen = _pair(True)
    _, rec_mutable = _pair(False)
    point = rec_frozen(1, tags=("a",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        del point.label
    assert hash(point) == hash(rec_frozen(1, tags=("a",)))
    assert {point: 1}[rec_frozen(1, tags=("a",))] == 1
    assert hash(dc_frozen(1, tags=("a",))) == hash(point)  # both hash the compared fields' tuple
    changed = rec_mutable(1)
    changed.x = 5
    assert changed.x == 5
    with pytest.raises(TypeError):
        hash(changed)


def test_methods_the_class_writes_win() -> None:
    @record
    class Named:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

    assert repr(Named("a")) == "<a>"
    assert Named("a") == Named("a")
