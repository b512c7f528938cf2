"""Resource objects hung off the clients: ``ph.insights`` and ``ph.persons`` (sync and async).

Example:
    >>> from posthog_rest.resources import Insights, Persons
"""

from .insights import AsyncInsights, Insights
from .persons import AsyncPersons, Persons

__all__ = ["AsyncInsights", "AsyncPersons", "Insights", "Persons"]
