"""Every insights operation as a plan; the sync and async resources only run them."""

from __future__ import annotations

from ._insight_calculations import InsightCalculationPlans
from ._insight_reads import DEFAULT_REFRESH_TIMEOUT, InsightReadPlans, RefreshArg
from ._insight_writes import InsightWritePlans

__all__ = ["DEFAULT_REFRESH_TIMEOUT", "InsightPlans", "RefreshArg"]


class InsightPlans(InsightReadPlans, InsightWritePlans, InsightCalculationPlans):
    """Reads, writes and calculations of ``ph.insights``, as plans."""
