"""Insight calculations as plans: trends through the Query API (a ``TrendsQuery`` to ``POST query/``), and the
legacy path / retention / timing endpoints.

PostHog Cloud no longer serves the legacy ones (path and retention: 404 since January 2025; trend: 404 since
2026-09-11; timing: an internal recorder that answers 201 without a body). Older self-hosted PostHog
still does. A 404 there becomes a :class:`~posthog_rest.LegacyEndpointRemovedError` that says what replaces it.
"""

from __future__ import annotations

import warnings
from functools import partial
from typing import TYPE_CHECKING, Any

from .._core import Call, Plan
from .._errors import LegacyEndpointRemovedError, NotFoundError, ResponseValidationError
from .._events import trend_params
from .._refresh import BLOCKING_READ_TIMEOUT
from ._base import Plans, build_model
from ._query_plans import QueryPlans
from ._trend_query import trend_result_dict, trends_query

if TYPE_CHECKING:
    from .._models import TrendResult


def legacy_warning(kind: str) -> None:
    """Warn (``DeprecationWarning``, at the caller's line) that ``insights/<kind>/`` is gone from PostHog Cloud.

    Example:
        >>> legacy_warning("path")  # DeprecationWarning: ph.insights.path() calls insights/path/, …
    """
    warnings.warn(
        f"ph.insights.{kind}() calls insights/{kind}/, which PostHog Cloud no longer serves (only older "
        "self-hosted PostHog does); use a query through POST query/ instead",
        DeprecationWarning,
        stacklevel=3,
    )


class InsightCalculationPlans(Plans):
    """Plans that calculate an insight without saving it."""

    def trend(self, params: dict[str, Any], timeout: float | None) -> Plan[TrendResult]:
        """Plan: a ``TrendsQuery`` through ``POST query/``, answered as a ``TrendResult``."""
        from posthog_openapi.models.trend_result import TrendResult as GeneratedTrendResult

        from .._models import promote

        trend_params(params)  # a bad display/interval/math/breakdown_type names the valid values
        query = trends_query(params)
        answer = yield from QueryPlans(self.scope).run(query, timeout=timeout, name="posthog-rest insights.trend")
        try:
            result = GeneratedTrendResult.from_dict(trend_result_dict(answer))
        except (KeyError, ValueError, TypeError) as exc:
            raise ResponseValidationError(f"The trend's series do not parse as a TrendResult: {exc}") from None
        promoted: TrendResult = promote(result)
        return promoted

    def calculate(self, kind: str, params: dict[str, Any], timeout: float | None) -> Plan[Any]:
        """Plan: a legacy calculation endpoint (path/retention/timing); read-only, retried."""
        from posthog_openapi.api.insights import (
            insights_path_create,
            insights_retention_create,
            insights_timing_create,
        )
        from posthog_openapi.models import (
            insight_request,
            paths_result,
            retention_result,
            timing_result,
        )

        request: partial[Any]
        result_cls: Any
        result_cls = {
            "path": paths_result.PathsResult,
            "retention": retention_result.RetentionResult,
            "timing": timing_result.TimingResult,
        }[kind]
        body = build_model(insight_request.InsightRequest, params, f"{kind} request")
        project_id = yield from self.scope.project_id()
        if kind == "path":
            request = partial(insights_path_create.sync_detailed, project_id=project_id, body=body)
        elif kind == "retention":
            request = partial(insights_retention_create.sync_detailed, project_id=project_id, body=body)
        else:
            request = partial(insights_timing_create.sync_detailed, project_id=project_id, body=body)
        expect = None if kind == "timing" else result_cls  # today's servers answer timing with 201, no body
        call = Call(request, expect=expect, timeout=timeout if timeout is not None else BLOCKING_READ_TIMEOUT)
        try:
            result = yield from call
        except NotFoundError as exc:
            raise LegacyEndpointRemovedError.from_not_found(exc, kind) from None
        return result if isinstance(result, result_cls) else None
