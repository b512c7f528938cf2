"""Personal API keys: where PostHog looks for them, and scope checks."""

from __future__ import annotations

import json
from typing import Any

from ._errors import ApiError
from ._state import State

__all__ = ["authenticate", "check_scopes", "extract_key"]


def extract_key(headers: dict[str, str], query: list[tuple[str, str]], body: bytes) -> str | None:
    """The key from ``Authorization: Bearer``, the ``personal_api_key`` query param, or the JSON body."""
    auth = headers.get("authorization", "")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() == "bearer":
            return token.strip()
        return ""  # some other scheme: not a personal API key
    for name, value in query:
        if name == "personal_api_key":
            return value
    if body[:1] == b"{" or body.lstrip()[:1] == b"{":
        try:
            data: Any = json.loads(body)
        except ValueError:
            return None
        if isinstance(data, dict) and isinstance(data.get("personal_api_key"), str):
            key: str = data["personal_api_key"]
            return key
    return None


def authenticate(state: State, key: str | None) -> list[str]:
    """The scopes of a valid ``phx_`` key; a 401 ``ApiError`` for anything else (including ``phc_`` tokens)."""
    if key is None:
        raise ApiError(
            401, "authentication_error", "not_authenticated", "Authentication credentials were not provided."
        )
    scopes = state.keys.get(key)
    if scopes is None or not key.startswith("phx_"):
        raise ApiError.unauthenticated()
    return scopes


def _has(scopes: list[str], needed: str) -> bool:
    if "*" in scopes or needed in scopes:
        return True
    obj, _, action = needed.partition(":")
    return action == "read" and f"{obj}:write" in scopes  # write implies read


def check_scopes(scopes: list[str], needed: list[str]) -> None:
    """A 403 ``permission_denied`` naming the first missing scope."""
    for scope in needed:
        if not _has(scopes, scope):
            raise ApiError(
                403, "authentication_error", "permission_denied", f"API key missing required scope '{scope}'"
            )
