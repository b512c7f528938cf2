"""Insight calculations as plans: the legacy trend / path / retention / timing endpoints.

PostHog Cloud no longer serves them (path and retention: 404 since January 2025; trend: 404 since
2026-09-11; timing: an internal recorder that answers 201 without a body). Older self-hosted PostHog
still does. A 404 here becomes a :class:`~posthog_rest.LegacyEndpointRemovedError` that says what replaces it.
"""

from __future__ import annotations

import warnings
from functools import partial
from typing import Any

from .._core import Call, Plan
from .._errors import LegacyEndpointRemovedError, NotFoundError
from .._events import trend_params
from .._refresh import BLOCKING_READ_TIMEOUT
from ._base import Plans, build_model


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

    def calculate(self, kind: str, params: dict[str, Any], timeout: float | None) -> Plan[Any]:
        """Plan: a legacy calculation endpoint (trend/path/retention/timing); read-only, retried."""
        from posthog_openapi.api.insights import (
            insights_path_create,
            insights_retention_create,
            insights_timing_create,
            insights_trend_create,
        )
        from posthog_openapi.models import (
            insight_request,
            paths_result,
            retention_result,
            timing_result,
            trend_request,
            trend_result,
        )

        request: partial[Any]
        result_cls: Any
        if kind == "trend":
            trend = build_model(trend_request.TrendRequest, trend_params(params), "trend request")
            project_id = yield from self.scope.project_id()
            request = partial(insights_trend_create.sync_detailed, project_id=project_id, body=trend)
            result_cls = trend_result.TrendResult
        else:
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
