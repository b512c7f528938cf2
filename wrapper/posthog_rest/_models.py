"""Result models: the generated ``posthog_openapi`` classes, plus conveniences that belong to the wrapper.

``Insight`` and ``TrendResult`` are the generated attrs classes with a :meth:`to_dataframe` added, and a
person's ``properties`` reads like a dict (``.get``, ``.items()``, iteration). They add no fields and no
slots, so :func:`promote` turns a parsed generated object into one by switching its class: no copy, no
second parse.

Example:
    >>> insight = ph.insights.get(short_id="aBc123", refresh="blocking")
    >>> insight.to_dataframe().tail(7)          # dates x series (needs posthog-rest[pandas])
"""

from __future__ import annotations

from collections.abc import Iterator, KeysView
from typing import TYPE_CHECKING, Any

from posthog_openapi.models.insight import Insight as _GeneratedInsight
from posthog_openapi.models.paginated_insight_list import PaginatedInsightList
from posthog_openapi.models.paginated_person_list import PaginatedPersonList
from posthog_openapi.models.person import Person as _GeneratedPerson
from posthog_openapi.models.person_properties import PersonProperties as _GeneratedPersonProperties
from posthog_openapi.models.query_status import QueryStatus
from posthog_openapi.models.trend_result import TrendResult as _GeneratedTrendResult

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional extra

__all__ = ["Insight", "Person", "PersonProperties", "TrendResult", "promote", "settle_status"]


class Insight(_GeneratedInsight):
    """A saved insight: the generated model, plus :meth:`to_dataframe` for trend results.

    Example:
        >>> ph.insights.get(42).to_dataframe()["$pageview"].sum()
    """

    __slots__ = ()

    def to_dataframe(self) -> pd.DataFrame:
        """The trend result as a DataFrame, dates x series (see :func:`posthog_rest.export.insight_to_dataframe`).

        Example:
            >>> ph.insights.get(short_id="aBc123").to_dataframe().resample("W").sum()
        """
        from ._trends import insight_to_dataframe

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


class TrendResult(_GeneratedTrendResult):
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
        from ._trends import insight_to_dataframe

        return insight_to_dataframe(self)


class PersonProperties(_GeneratedPersonProperties):
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


class Person(_GeneratedPerson):
    """A person: the generated model, whose ``properties`` read like a dict (:class:`PersonProperties`).

    Example:
        >>> ph.persons.get(42).properties.get("plan")
    """

    __slots__ = ()

    if not TYPE_CHECKING:  # the generated model converts ``properties`` on first read: promote it then

        def __getattr__(self, name: str) -> Any:
            value = super().__getattr__(name)
            if type(value) is _GeneratedPersonProperties:
                value.__class__ = PersonProperties
            return value


_PROMOTIONS: dict[type, type] = {_GeneratedInsight: Insight, _GeneratedTrendResult: TrendResult}


def _promote_person(person: _GeneratedPerson) -> None:
    # A class switch, not a read: a parsed person's properties are built when (if) they are first read.
    person.__class__ = Person


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
    """Give a parsed generated object (or a page of insights) its wrapper class, in place.

    Example:
        >>> type(promote(generated_insight)).__module__
        'posthog_rest._models'
    """
    target = _PROMOTIONS.get(type(value))
    if target is not None:
        value.__class__ = target
        settle_status(getattr(value, "query_status", None))
    elif type(value) is PaginatedInsightList:
        for item in value.results:
            if type(item) is _GeneratedInsight:
                item.__class__ = Insight
    elif type(value) is _GeneratedPerson:
        _promote_person(value)
    elif type(value) is PaginatedPersonList:
        for person in value.results:
            _promote_person(person)
    return value
