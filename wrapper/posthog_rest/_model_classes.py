"""The wrapper's own model classes (:class:`Insight`, :class:`TrendResult`, :class:`Person`, :class:`PersonProperties`).

They live apart from :mod:`posthog_rest._models` so that the generated models they extend load with the first
response that holds one: ``posthog-rest whoami`` never loads the insight, person or query-status models.
:mod:`posthog_rest._models` loads this module when it first meets one of those generated classes, and hands
out these classes as its own names (``from posthog_rest._models import Insight`` still works).

Example:
    >>> from posthog_rest._models import Insight
    >>> isinstance(ph.insights.get(42), Insight)
    True
"""

from __future__ import annotations

from collections.abc import Iterator, KeysView
from typing import TYPE_CHECKING, Any

from posthog_openapi.models.insight import Insight as _GeneratedInsight
from posthog_openapi.models.person import Person as _GeneratedPerson
from posthog_openapi.models.person_properties import PersonProperties as _GeneratedPersonProperties
from posthog_openapi.models.trend_result import TrendResult as _GeneratedTrendResult

from ._models import ReadsNone, register

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional extra

__all__ = ["Insight", "Person", "PersonProperties", "TrendResult"]


class Insight(ReadsNone, _GeneratedInsight):
    """A saved insight: the generated model, plus :meth:`to_dataframe` for its result.

    Example:
        >>> ph.insights.get(42).to_dataframe()["$pageview"].sum()
    """

    __slots__ = ()
    __module__ = "posthog_rest._models"

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

        Raises ``ValueError`` when the stored query is not a kind ``posthog_models`` knows. Keys of its nodes
        this version does not know (a newer PostHog's) are left out: ``posthog_models`` nodes forbid them. To
        send the query back whole, give ``insights.update`` the ``query`` itself.

        Example:
            >>> node = ph.insights.get(42).typed_query()
            >>> node.source.series[0].event, node.source.interval
        """
        query = self.query
        if query is None or type(query).__name__ == "Unset":
            return None
        from pydantic import ValidationError

        from posthog_models import QuerySchema
        from posthog_openapi.types import to_known_dict

        data = to_known_dict(query) if hasattr(query, "to_dict") else query
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
    __module__ = "posthog_rest._models"

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
    __module__ = "posthog_rest._models"

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
    __module__ = "posthog_rest._models"


register({_GeneratedInsight: Insight, _GeneratedTrendResult: TrendResult}, status_holders=True)
register({_GeneratedPersonProperties: PersonProperties, _GeneratedPerson: Person})
