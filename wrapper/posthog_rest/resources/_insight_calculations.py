"""Insight calculations as plans: the legacy trend / path / retention / timing endpoints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._core import Call, Plan
from .._refresh import (
    BLOCKING_READ_TIMEOUT,
)
from ._base import Plans, build_model

if TYPE_CHECKING:
    pass


class InsightCalculationPlans(Plans):
    """Plans that calculate an insight without saving it."""

    def calculate(self, kind: str, params: dict[str, Any], timeout: float | None) -> Plan[Any]:
        """Plan: a legacy calculation endpoint (trend/path/retention/timing); read-only, retried."""
        from posthog_openapi.models import (
            insight_request,
            paths_result,
            retention_result,
            timing_result,
            trend_request,
            trend_result,
        )

        request_cls: Any
        result_cls: Any
        if kind == "trend":
            request_cls, result_cls = trend_request.TrendRequest, trend_result.TrendResult
        else:
            request_cls = insight_request.InsightRequest
            result_cls = {
                "path": paths_result.PathsResult,
                "retention": retention_result.RetentionResult,
                "timing": timing_result.TimingResult,
            }[kind]
        body = build_model(request_cls, params, f"{kind} request")
        project_id = yield from self.scope.project_id()
        return (
            yield from Call(
                f"insights.insights_{kind}_create",
                {"project_id": project_id, "body": body},
                expect=result_cls,
                timeout=timeout if timeout is not None else BLOCKING_READ_TIMEOUT,
            )
        )
