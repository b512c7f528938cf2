"""PostHog's error envelope, and the exception handlers raise to answer with it."""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "envelope"]


def envelope(type_: str, code: str, detail: str, attr: str | None = None) -> dict[str, Any]:
    """Build PostHog's error body: ``{"type", "code", "detail", "attr"}``.

    >>> envelope("validation_error", "invalid_input", "Bad.", "limit")["attr"]
    'limit'
    """
    return {"type": type_, "code": code, "detail": detail, "attr": attr}


class ApiError(Exception):
    """Raised inside a handler to answer with an error envelope (and optional headers)."""

    def __init__(
        self,
        status: int,
        type_: str,
        code: str,
        detail: str,
        attr: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.body = envelope(type_, code, detail, attr)
        self.headers = headers or {}

    @classmethod
    def validation(cls, detail: str, attr: str | None = None, code: str = "invalid_input") -> ApiError:
        """A 400 ``validation_error``."""
        return cls(400, "validation_error", code, detail, attr)

    @classmethod
    def not_found(cls, detail: str = "Not found.") -> ApiError:
        """A 404 ``invalid_request`` / ``not_found``."""
        return cls(404, "invalid_request", "not_found", detail)

    @classmethod
    def unauthenticated(cls) -> ApiError:
        """The 401 PostHog answers for an unknown or malformed personal API key."""
        return cls(401, "authentication_error", "invalid_personal_api_key", "Invalid Personal API key.")
