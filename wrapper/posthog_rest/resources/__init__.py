"""Resource objects hung off the clients: ``ph.insights``, ``ph.persons`` and ``ph.query`` (sync and async).

Example:
    >>> from posthog_rest.resources import Insights, Persons
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._query_async import AsyncQuery
    from .insights import AsyncInsights, Insights
    from .persons import AsyncPersons, Persons
    from .query import Query

__all__ = ["AsyncInsights", "AsyncPersons", "AsyncQuery", "Insights", "Persons", "Query"]


def __getattr__(name: str) -> Any:
    # Loaded when first named: the client imports this package for its shared parts (resources._base) only.
    module: Any
    if name in ("Insights", "AsyncInsights"):
        from . import insights as module
    elif name in ("Persons", "AsyncPersons"):
        from . import persons as module
    elif name == "Query":
        from . import query as module
    elif name == "AsyncQuery":
        from . import _query_async as module
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(module, name)
