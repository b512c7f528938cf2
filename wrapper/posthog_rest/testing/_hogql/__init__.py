"""The stand-in's query engine: HogQL on an embedded ClickHouse (chDB), over seeded events and persons.

Nothing here imports chDB until a query runs (``_engine.session``).
"""

from __future__ import annotations

from ._engine import EngineResult, ProjectTables, QueryTimeoutError
from ._rewrite import OFFSET_MESSAGE, HogQLError, rewrite

__all__ = ["OFFSET_MESSAGE", "EngineResult", "HogQLError", "ProjectTables", "QueryTimeoutError", "rewrite"]
