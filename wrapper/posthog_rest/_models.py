"""Result models: the generated ``posthog_openapi`` classes, plus conveniences that belong to the wrapper.

``Insight`` and ``TrendResult`` are the generated attrs classes with a :meth:`to_dataframe` added, and a
person's ``properties`` reads like a dict (``.get``, ``.items()``, iteration). Every model the SDK returns
(and every model nested in it, on first read) reads a field the response did not have as ``None``, never
the generator's ``Unset``; ``to_dict()`` still leaves such fields out. The wrapper classes add no fields
and no slots, so :func:`promote` turns a parsed generated object into one by switching its class: no
copy, no second parse.

Example:
    >>> insight = ph.insights.get(short_id="aBc123", refresh="blocking")
    >>> insight.to_dataframe().tail(7)          # dates x series (needs posthog-rest[pandas])
"""

from __future__ import annotations

from collections.abc import Iterator, KeysView
from typing import TYPE_CHECKING, Any

import attrs

from posthog_openapi.models.insight import Insight as _GeneratedInsight
from posthog_openapi.models.person import Person as _GeneratedPerson
from posthog_openapi.models.person_properties import PersonProperties as _GeneratedPersonProperties
from posthog_openapi.models.query_status import QueryStatus
from posthog_openapi.models.trend_result import TrendResult as _GeneratedTrendResult
from posthog_openapi.types import Unset

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional extra

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
            # A page's results are read several times per page: items already promoted cost one lookup each.
            if value and _reader_of(type(value[0])) is not None:
                readers = _BASES
                for item in value:
                    if type(item) not in readers:
                        _promote_one(item)
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


class Insight(ReadsNone, _GeneratedInsight):
    """A saved insight: the generated model, plus :meth:`to_dataframe` for its result.

    Example:
        >>> ph.insights.get(42).to_dataframe()["$pageview"].sum()
    """

    __slots__ = ()

    def to_dataframe(self) -> pd.DataFrame:
        """The result as a DataFrame: dates x series for trends, steps for funnels, cohorts x periods for retention…

        See :func:`posthog_rest.export.insight_to_dataframe` for each kind's shape.

        Example:
            >>> ph.insights.get(short_id="aBc123").to_dataframe().resample("W").sum()
        """
        from ._results import insight_to_dataframe

        return insight_to_dataframe(self)

    def typed_query(self) -> Any:
        """The insight's ``query`` as a validated ``posthog_models`` node (``InsightVizNode``,
        ``DataVisualizationNode``, …), or ``None`` for a legacy filters-only insight.

        Raises ``ValueError`` when the stored query is not a kind ``posthog_models`` knows.

        Example:
            >>> node = ph.insights.get(42).typed_query()
            >>> node.source.series[0].event, node.source.interval
        """
        query = self.query
        if query is None or type(query).__name__ == "Unset":
            return None
        from pydantic import ValidationError

        from posthog_models import QuerySchema

        data = query.to_dict() if hasattr(query, "to_dict") else query
        try:
            return QuerySchema.model_validate(data).root
        except ValidationError as exc:
            raise ValueError(f"The insight's query is not a known query kind: {exc.errors()[0]['msg']}") from None


class TrendResult(ReadsNone, _GeneratedTrendResult):
    """A trend calculation's result: the generated model, plus :meth:`to_dataframe`.

    Example:
        >>> ph.insights.trend(events=[{"id": "$pageview"}], date_from="-30d").to_dataframe()
    """

    __slots__ = ()

    def to_dataframe(self) -> pd.DataFrame:
        """The series as a DataFrame, dates x series.

        Example:
            >>> ph.insights.trend(events=[{"id": "$pageview"}]).to_dataframe().plot()
        """
        from ._results import insight_to_dataframe

        return insight_to_dataframe(self)


class PersonProperties(ReadsNone, _GeneratedPersonProperties):
    """A person's properties: the generated model, readable like a dict.

    Example:
        >>> person = ph.persons.get(42)
        >>> person.properties.get("email"), dict(person.properties.items())
    """

    __slots__ = ()

    def get(self, key: str, default: Any = None) -> Any:
        """The property's value, or ``default`` when the person does not have it.

        Example:
            >>> ph.persons.get(42).properties.get("plan", "free")
        """
        return self.additional_properties.get(key, default)

    def keys(self) -> KeysView[str]:
        """The property keys.

        Example:
            >>> sorted(ph.persons.get(42).properties.keys())
        """
        return self.additional_properties.keys()

    def items(self) -> Any:
        """``(key, value)`` pairs, like ``dict.items()``.

        Example:
            >>> dict(ph.persons.get(42).properties.items())
        """
        return self.additional_properties.items()

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)


class Person(ReadsNone, _GeneratedPerson):
    """A person: the generated model, whose ``properties`` read like a dict (:class:`PersonProperties`).

    Example:
        >>> ph.persons.get(42).properties.get("plan")
    """

    __slots__ = ()


_GENERATED_PREFIX = "posthog_openapi.models."
#: generated model class -> its wrapper class (``None``: not a generated model); filled on first sight.
_READERS: dict[type, type | None] = {
    _GeneratedInsight: Insight,
    _GeneratedTrendResult: TrendResult,
    _GeneratedPersonProperties: PersonProperties,
    _GeneratedPerson: Person,
}
_BASES: dict[type, type] = {reader: base for base, reader in _READERS.items() if reader is not None}


def _reader_of(cls: type) -> type | None:
    try:
        return _READERS[cls]
    except KeyError:
        pass
    reader: type | None = None
    if cls in _BASES:
        reader = cls
    elif cls.__module__.startswith(_GENERATED_PREFIX) and attrs.has(cls):
        namespace = {"__slots__": (), "__module__": __name__, "__qualname__": cls.__qualname__, "__doc__": cls.__doc__}
        reader = type(cls.__name__, (ReadsNone, cls), namespace)
        _BASES[reader] = cls
    _READERS[cls] = reader
    return reader


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
        if isinstance(value, _WITH_STATUS):
            try:  # the slot itself: no wrapper __getattribute__ (Unset is no QueryStatus either way)
                status = object.__getattribute__(value, "query_status")
            except AttributeError:
                status = None
            settle_status(status)
    return value


_WITH_STATUS = (_GeneratedInsight, _GeneratedTrendResult)
