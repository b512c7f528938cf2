"""posthog-rest: a typed Python SDK for PostHog's REST API, generated from ``spec/posthog.yaml``.

The hand-written surface (``PostHog``, ``AsyncPostHog``, errors, pagination, CLI and the local
stand-in server in ``posthog_rest.testing``) lives in this package; the generated clients live in
``posthog_openapi`` (attrs + httpx) and ``posthog_models`` (pydantic v2). Names are imported lazily,
so ``import posthog_rest`` stays cheap.

Example:
    >>> from posthog_rest import PostHog, where
    >>> ph = PostHog()
    >>> for person in ph.persons.list(properties=[where("plan") == "pro"], limit=10):
    ...     print(person.id)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "PostHog": "._client",
    "AsyncPostHog": "._client",
    "RawResponse": "._core",
    "Insight": "._models",
    "PersonProperties": "._models",
    "TrendResult": "._models",
    "Refresh": "._refresh",
    "where": "._filters",
    "PropertyCondition": "._filters",
    "SyncPager": "._pagination",
    "AsyncPager": "._pagination",
    "PostHogError": "._errors",
    "APIStatusError": "._errors",
    "BadRequestError": "._errors",
    "AuthenticationError": "._errors",
    "PermissionDeniedError": "._errors",
    "NotFoundError": "._errors",
    "MethodNotAllowedError": "._errors",
    "ConflictError": "._errors",
    "RateLimitError": "._errors",
    "ServerError": "._errors",
    "QueryTooExpensiveError": "._errors",
    "APIConnectionError": "._errors",
    "APITimeoutError": "._errors",
    "ResponseValidationError": "._errors",
    "ConfigurationError": "._errors",
    "InvalidRequestError": "._errors",
    "QueryFailedError": "._errors",
    "QueryTimeoutError": "._errors",
    "LegacyEndpointRemovedError": "._errors",
    "APIDeprecationWarning": "._errors",
    "UnexpectedArgumentError": "._errors",
    "ClientClosedError": "._errors",
    "DeadlineExceededError": "._errors",
    "PaginationError": "._errors",
    "ResponseTooLargeError": "._errors",
    "QueryResult": "._hogql",
    "ExportSummary": "._rowwriters",
}

__all__ = [
    "APIConnectionError",
    "APIDeprecationWarning",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncPostHog",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DeadlineExceededError",
    "ExportSummary",
    "Insight",
    "InvalidRequestError",
    "LegacyEndpointRemovedError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "PersonProperties",
    "PostHog",
    "PostHogError",
    "PropertyCondition",
    "QueryFailedError",
    "QueryResult",
    "QueryTimeoutError",
    "QueryTooExpensiveError",
    "RateLimitError",
    "RawResponse",
    "Refresh",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "SyncPager",
    "TrendResult",
    "UnexpectedArgumentError",
    "__version__",
    "where",
]

if TYPE_CHECKING:
    from ._client import AsyncPostHog, PostHog
    from ._core import RawResponse
    from ._errors import (
        APIConnectionError,
        APIDeprecationWarning,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        DeadlineExceededError,
        InvalidRequestError,
        LegacyEndpointRemovedError,
        MethodNotAllowedError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        PostHogError,
        QueryFailedError,
        QueryTimeoutError,
        QueryTooExpensiveError,
        RateLimitError,
        ResponseTooLargeError,
        ResponseValidationError,
        ServerError,
        UnexpectedArgumentError,
    )
    from ._filters import PropertyCondition, where
    from ._models import Insight, PersonProperties, TrendResult
    from ._pagination import AsyncPager, SyncPager
    from ._refresh import Refresh


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'posthog_rest' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
