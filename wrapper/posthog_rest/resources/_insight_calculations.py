"""Insight calculations as plans: the legacy trend / path / retention / timing endpoints."""

from __future__ import annotations

from functools import partial
from typing import Any

from .._core import Call, Plan
from .._refresh import BLOCKING_READ_TIMEOUT
from ._base import Plans, build_model


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
            trend = build_model(trend_request.TrendRequest, params, "trend request")
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
        return (
            yield from Call(
                request, expect=result_cls, timeout=timeout if timeout is not None else BLOCKING_READ_TIMEOUT
            )
        )
