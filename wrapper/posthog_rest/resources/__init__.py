"""Resource objects hung off the clients: ``ph.insights``, ``ph.persons`` and ``ph.query`` (sync and async).

Example:
    >>> from posthog_rest.resources import Insights, Persons
"""

from ._query_async import AsyncQuery
from .insights import AsyncInsights, Insights
from .persons import AsyncPersons, Persons
from .query import Query

__all__ = ["AsyncInsights", "AsyncPersons", "AsyncQuery", "Insights", "Persons", "Query"]
