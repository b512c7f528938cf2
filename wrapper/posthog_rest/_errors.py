"""One exception tree for everything the SDK raises.

Every error carries what you need to act on it: the HTTP ``status`` (when there was a response), the
``method`` and ``url`` (the API key never appears in either), the server's envelope fields ``type``,
``code``, ``detail`` and ``attr``, and ``retries``: how many times the request was retried first.
Errors of writes (create, update, delete…) also say whether the write ``may_have_been_applied``:
``False`` when the server provably never acted on it (connection refused, 4xx, 429), ``True`` when it
was sent and the answer was lost or failed (reset, read timeout, truncated body, 5xx). Writes are
never retried blindly, so check the server before repeating one that may have been applied.

Example:
    >>> from posthog_rest import PostHog, NotFoundError
    >>> try:
    ...     PostHog().insights.get(1)
    ... except NotFoundError as err:
    ...     print(err.status, err.detail)
"""

from __future__ import annotations

import datetime
import email.utils
import json
import re
from collections.abc import Mapping
from typing import Any

from ._redact import redact_bytes, redact_text

__all__ = [
    "APIConnectionError",
    "APIDeprecationWarning",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DeadlineExceededError",
    "InvalidRequestError",
    "LegacyEndpointRemovedError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "PostHogError",
    "QueryFailedError",
    "QueryTimeoutError",
    "QueryTooExpensiveError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "UnexpectedArgumentError",
    "error_from_response",
    "parse_failure",
]


class PostHogError(Exception):
    """Base class of every error this SDK raises.

    Attributes are ``None`` when they do not apply (e.g. ``status`` for a connection error).

    Example:
        >>> try:
        ...     ph.insights.get(1)
        ... except PostHogError as err:
        ...     print(err.method, err.url, err.retries)
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        method: str | None = None,
        url: str | None = None,
        type: str | None = None,
        code: str | None = None,
        detail: str | None = None,
        attr: str | None = None,
        retries: int = 0,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        may_have_been_applied: bool | None = None,
    ) -> None:
        # Scrubbed here, once for every error: a server may echo the key (in ``detail``, a body or a
        # ``Location`` that kept ``personal_api_key``), and an error is printed, logged and pickled.
        message = redact_text(message)
        super().__init__(message)
        self.message = message
        self.status = status
        self.method = method
        self.url = None if url is None else redact_text(url)
        self.type = type
        self.code = code
        self.detail = None if detail is None else redact_text(detail)
        self.attr = attr
        self.retries = retries
        self.headers: Mapping[str, str] = {k: redact_text(v) for k, v in (headers or {}).items()}
        self.body = None if body is None else redact_bytes(body)
        #: For a write: could the server have applied it? ``None`` for reads and errors before sending.
        self.may_have_been_applied = may_have_been_applied

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("url", "detail", "message") and isinstance(value, str):
            value = redact_text(value)
        super().__setattr__(name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        # The default pickles ``args`` and ``__dict__`` (both already scrubbed) but rebuilds with the
        # positional ``args`` only; keep every attribute, and no chained exception.
        return (_rebuild, (type(self), self.message, dict(vars(self))))

    def __str__(self) -> str:
        shown = self.method and self.url and self.url not in self.message  # never print the URL twice
        where = f" ({self.method} {self.url})" if shown else ""
        tries = f" after {self.retries} retr{'y' if self.retries == 1 else 'ies'}" if self.retries else ""
        applied = ""
        if self.may_have_been_applied is not None:
            applied = " (the write may have been applied)" if self.may_have_been_applied else " (not applied)"
        return f"{self.message}{where}{tries}{applied}"


def _rebuild(cls: type[PostHogError], message: str, state: dict[str, Any]) -> PostHogError:
    err = cls.__new__(cls)
    Exception.__init__(err, message)
    for name, value in state.items():
        object.__setattr__(err, name, value)
    return err


class ConfigurationError(PostHogError):
    """The client is misconfigured (missing or wrong kind of key, bad host, unknown project).

    Example:
        >>> PostHog(api_key="phc_abc")  # raises ConfigurationError: a project token, not a personal API key
    """


class InvalidRequestError(PostHogError, ValueError):
    """An argument was rejected before anything was sent (bad refresh mode, unknown filter operator…).

    Example:
        >>> ph.insights.get(1, refresh="sometimes")  # raises InvalidRequestError listing valid modes
    """


class UnexpectedArgumentError(InvalidRequestError, TypeError):
    """A keyword argument the method does not take; a ``TypeError`` too, as Python raises for its own calls.

    Example:
        >>> ph.insights.trend(events=["$pageview"], date_form="-30d")  # raises: did you mean 'date_from'?
    """


class APIConnectionError(PostHogError):
    """The server could not be reached, or the connection broke before a full response arrived.

    Example:
        >>> try:
        ...     ph.me()
        ... except APIConnectionError as err:
        ...     print("network trouble:", err)
    """


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection).

    Example:
        >>> ph.insights.get(1, refresh="blocking", timeout=5)  # may raise APITimeoutError
    """


class ResponseValidationError(PostHogError):
    """The server answered, but not with what the spec promises (bad JSON, HTML, wrong shape, unknown enum).

    Example:
        >>> try:
        ...     ph.insights.get(1)
        ... except ResponseValidationError as err:
        ...     print(err.status, err.body[:80])
    """


class ResponseTooLargeError(PostHogError):
    """The response body was larger than ``max_response_bytes`` (decompressed bytes count); it was not read further.

    Example:
        >>> PostHog(max_response_bytes=16 * 2**20).insights.list()  # may raise ResponseTooLargeError
    """


class PaginationError(ResponseValidationError):
    """A list's ``next`` went nowhere new (the same or an earlier page, a repeat, another origin) or past ``count``.

    Example:
        >>> try:
        ...     list(ph.insights.list())
        ... except PaginationError as err:
        ...     print(err)
    """


class DeadlineExceededError(APITimeoutError):
    """The call ran past its total deadline (``deadline=`` seconds: every retry, wait and byte read included).

    Example:
        >>> PostHog(deadline=30).insights.get(1)  # raises DeadlineExceededError after 30 s at most
    """


class ClientClosedError(PostHogError):
    """The client (or the ``http_client`` it uses) was closed; make a new one.

    Example:
        >>> ph.close(); ph.me()  # raises ClientClosedError
    """


class APIStatusError(PostHogError):
    """The server answered with an error status; subclasses narrow it down by status.

    Example:
        >>> try:
        ...     ph.insights.get(1)
        ... except APIStatusError as err:
        ...     print(err.status, err.code, err.detail)
    """


class BadRequestError(APIStatusError):
    """400: the server rejected the request (``attr`` names the offending field, when known).

    Example:
        >>> ph.persons.get(-1)  # raises BadRequestError if the server rejects the id
    """


class AuthenticationError(APIStatusError):
    """401: the personal API key is missing, malformed, revoked or unknown.

    Example:
        >>> PostHog(api_key="phx_wrong").me()  # raises AuthenticationError
    """


class PermissionDeniedError(APIStatusError):
    """403: the key lacks a scope or access; ``missing_scope`` names the scope when the server says so.

    Example:
        >>> try:
        ...     ph.insights.create(name="x")
        ... except PermissionDeniedError as err:
        ...     print("add scope", err.missing_scope)
    """

    @property
    def missing_scope(self) -> str | None:
        """The scope named by the server's detail (``API key missing required scope 'insight:write'``).

        Example:
            >>> err.missing_scope  # in ``except PermissionDeniedError as err:``
            'insight:write'
        """
        match = re.search(r"scope '([^']+)'", self.detail or "")
        return match.group(1) if match else None


class NotFoundError(APIStatusError):
    """404: no such object, or no such project for this key.

    Example:
        >>> ph.insights.get(999999999)  # raises NotFoundError
    """


# What replaces each legacy calculation endpoint PostHog Cloud removed, and since when it answers 404.
_LEGACY_REPLACEMENTS = {
    "trend": ("2026-09-11", "POST query/ with a TrendsQuery (ph.insights.trend() moves there)"),
    "path": ("January 2025", "POST query/ with a PathsQuery"),
    "retention": ("January 2025", "POST query/ with a RetentionQuery"),
    "timing": ("long ago (it is internal)", "nothing: PostHog only records timings now"),
}


class LegacyEndpointRemovedError(NotFoundError):
    """404 from a legacy insight endpoint PostHog Cloud removed; ``replacement`` says what to use instead.

    Older self-hosted PostHog still serves these endpoints; PostHog Cloud does not.

    Example:
        >>> try:
        ...     ph.insights.retention(target_entity={"id": "signed_up"})
        ... except LegacyEndpointRemovedError as err:
        ...     print(err.replacement)
        POST query/ with a RetentionQuery
    """

    replacement: str = ""

    @classmethod
    def from_not_found(cls, exc: NotFoundError, kind: str) -> LegacyEndpointRemovedError:
        """The same 404, explained: when PostHog Cloud removed ``insights/<kind>/`` and what replaces it.

        Example:
            >>> LegacyEndpointRemovedError.from_not_found(NotFoundError("Not found.", status=404), "path").replacement
            'POST query/ with a PathsQuery'
        """
        since, replacement = _LEGACY_REPLACEMENTS.get(kind, ("recently", "POST query/"))
        err = cls(
            f"insights/{kind}/ is gone from this PostHog (PostHog Cloud answers 404 since {since}); "
            f"use {replacement}. Older self-hosted PostHog still serves it.",
            status=exc.status,
            method=exc.method,
            url=exc.url,
            type=exc.type,
            code=exc.code,
            detail=exc.detail,
            attr=exc.attr,
            retries=exc.retries,
            headers=exc.headers,
            body=exc.body,
            may_have_been_applied=exc.may_have_been_applied,
        )
        err.replacement = replacement
        return err


class APIDeprecationWarning(UserWarning):
    """PostHog marked what this client uses as deprecated (``Deprecation`` / ``Sunset`` response headers,
    or the ``environments`` path family). Shown once per client.

    Example:
        >>> import warnings
        >>> warnings.simplefilter("error", APIDeprecationWarning)  # make it fail your CI instead
    """


class MethodNotAllowedError(APIStatusError):
    """405: the API refuses this method here (e.g. hard-deleting an insight).

    Example:
        >>> ph.generated  # DELETE /insights/{id}/ answers 405; use ph.insights.delete(id)
    """


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of the object.

    Example:
        >>> isinstance(ConflictError("x", status=409), APIStatusError)
        True
    """


class RateLimitError(APIStatusError):
    """429: throttled; ``retry_after`` is the number of seconds the server asked to wait.

    Example:
        >>> try:
        ...     ph.insights.trend(events=[{"id": "$pageview"}])
        ... except RateLimitError as err:
        ...     time.sleep(err.retry_after or 1)
    """

    @property
    def retry_after(self) -> float | None:
        """Seconds to wait, from the ``Retry-After`` header (or the detail text), if given.

        Example:
            >>> time.sleep(err.retry_after or 1)  # in ``except RateLimitError as err:``
        """
        return parse_retry_after(self.headers, self.detail)


class ServerError(APIStatusError):
    """5xx (including PostHog's non-standard 512): the server failed; retried for reads.

    Example:
        >>> try:
        ...     ph.insights.get(1)
        ... except ServerError as err:
        ...     print(err.status, err.retries)
    """


class QueryTooExpensiveError(ServerError):
    """512: PostHog estimated the query would take too long; narrow the date range or filters.

    Example:
        >>> try:
        ...     ph.insights.trend(events=[{"id": "$pageview"}], date_from="-10y")
        ... except QueryTooExpensiveError:
        ...     ...
    """


class QueryFailedError(PostHogError):
    """A background calculation finished with an error; the message is the server's.

    Example:
        >>> try:
        ...     ph.insights.refresh(1, wait=True)
        ... except QueryFailedError as err:
        ...     print(err.detail, err.query_id)
    """

    def __init__(self, message: str, *, query_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.query_id = query_id


class QueryTimeoutError(PostHogError):
    """Waiting for a background calculation took longer than ``timeout``; the query keeps running.

    Example:
        >>> try:
        ...     ph.insights.refresh(1, wait=True, timeout=10)
        ... except QueryTimeoutError as err:
        ...     ph.cancel_query(err.query_id)
    """

    def __init__(self, message: str, *, query_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.query_id = query_id


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    429: RateLimitError,
    512: QueryTooExpensiveError,
}

_HINTS: dict[type[APIStatusError], str] = {
    AuthenticationError: " Check the key (PostHog → My settings → Personal API keys).",
    PermissionDeniedError: " Edit the key's scopes in PostHog → My settings → Personal API keys.",
}


def parse_retry_after(headers: Mapping[str, str] | None, detail: str | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds), else from PostHog's throttle detail text."""
    value = None
    if headers:
        value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if value is not None:
        seconds = _retry_after_seconds(value)
        if seconds is not None:
            return seconds
    match = re.search(r"available in (\d+(?:\.\d+)?) second", detail or "")
    return float(match.group(1)) if match else None


def _retry_after_seconds(value: str) -> float | None:
    """``Retry-After`` as delta-seconds or an HTTP date (seconds from now, at least 0); ``None`` if neither."""
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.UTC)
        seconds = (when - datetime.datetime.now(datetime.UTC)).total_seconds()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN and infinities
        return None
    return max(0.0, seconds)


def _envelope(parsed: Any, content: bytes) -> dict[str, Any]:
    """The error envelope's fields, from the generated ``Error`` model or (undocumented status) the raw body."""
    to_dict = getattr(parsed, "to_dict", None)
    if to_dict is not None and hasattr(parsed, "detail"):
        data = to_dict()
        return data if isinstance(data, dict) else {}
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):  # deeply nested JSON is not an envelope
        return {}
    return data if isinstance(data, dict) else {}


#: Compiled (by ``re``) only when a parse failure is explained.
_FIELD_READ = r"""\bd(?:\.(?:pop|get)\(\s*|\[)["']([^"']+)["']"""


def parse_failure(exc: BaseException, content: bytes) -> str:
    """What was wrong with a response the generated models could not parse: the model and field, what the
    spec expects there and what came (``Person.created_at: expected a date-time, got 'soon'``).

    The field comes from the generated ``from_dict`` line that failed (it reads ``d.pop("<field>")``).

    Example:
        >>> parse_failure(KeyError("id"), b'{"name": "x"}')
        "the field 'id' is missing (the spec requires it)"
    """
    if looks_like_html(content):
        return "an HTML page"
    try:
        json.loads(content)
    except ValueError:
        return "a body that is not JSON" if content.strip() else "an empty body"
    except RecursionError:
        return "JSON nested too deeply to read"
    model, field = _failing_field(exc)
    name = f"{model}.{field}" if model and field else field or "a field"
    path = getattr(exc, "json_path", ())
    if path:  # the generated from_dict names the nested field: Insight.query.source.series[0].event
        from posthog_openapi.types import path_text

        if isinstance(exc, KeyError) and field and path[-1] != field:
            path = (*path, field)  # a required key missing inside a nested object
        name = f"{_root_model(exc) or model or 'the answer'}.{path_text(path)}"
    if isinstance(exc, KeyError):
        missing = field or (exc.args[0] if exc.args else "?")
        where = f" of {model}" if model else ""
        if path:
            return f"the field {name} is missing (the spec requires it)"
        return f"the field {missing!r}{where} is missing (the spec requires it)"
    expected = _expected(exc)
    detail = f"{type(exc).__name__}: {str(exc)[:160]}"
    return f"{name}: {expected} ({detail})" if expected else f"{name} does not match the spec ({detail})"


def _failing_field(exc: BaseException) -> tuple[str | None, str | None]:
    import linecache

    found: tuple[str | None, str | None] = (None, None)
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_code.co_name in ("from_dict", "_parse_item") or frame.f_code.co_name.startswith("_parse_"):
            match = re.search(_FIELD_READ, linecache.getline(frame.f_code.co_filename, tb.tb_lineno))
            owner = frame.f_locals.get("cls")
            if match is not None:
                found = (getattr(owner, "__name__", found[0]), match.group(1))
        tb = tb.tb_next
    return found


_OWN_EXPECTED = re.compile(r"(?:[\w.]+: )?(expected .+)")


def _root_model(exc: BaseException) -> str | None:
    """The model whose ``from_dict`` the failure started in (the outermost one in the traceback)."""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_name == "from_dict":
            return getattr(tb.tb_frame.f_locals.get("cls"), "__name__", None)
        tb = tb.tb_next
    return None


def _expected(exc: BaseException) -> str | None:
    text = str(exc)
    own = _OWN_EXPECTED.match(text)  # the generated from_dict's own words (bad_type, unknown_kind)
    if own is not None:
        return own.group(1)
    enum = re.search(r"is not a valid (\w+)", text)
    if enum:
        return f"expected one of the {enum.group(1)} values, got {text.split(' is not')[0]}"
    if "isoformat" in text.lower() or "date" in text.lower() or "parser" in type(exc).__module__:
        return "expected a date-time"
    if "UUID" in text or "hexadecimal" in text:
        return "expected a UUID"
    if isinstance(exc, TypeError | AttributeError):
        return "expected another JSON type"
    return None


def looks_like_html(content: bytes) -> bool:
    """Whether a body is an HTML page (a proxy's or load balancer's error page, a login page).

    Example:
        >>> looks_like_html(b"  <!DOCTYPE html><html>502 Bad Gateway</html>")
        True
    """
    return content[:200].lstrip().lower().startswith((b"<!doctype", b"<html"))


def error_from_response(
    *,
    status: int,
    headers: Mapping[str, str],
    content: bytes,
    method: str,
    url: str,
    retries: int,
    parsed: Any = None,
    may_have_been_applied: bool | None = None,
) -> APIStatusError:
    """Build the typed error for an error status from the ``{type, code, detail, attr}`` envelope.

    Example:
        >>> err = error_from_response(status=404, headers={}, content=b'{"detail": "Not found."}',
        ...                           method="GET", url="https://us.posthog.com/api/x/", retries=0)
        >>> type(err).__name__, err.detail
        ('NotFoundError', 'Not found.')
    """
    env = _envelope(parsed, content)

    def text(key: str) -> str | None:
        value = env.get(key)
        return None if value is None else str(value)

    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIStatusError)
    detail = text("detail")
    if detail is None and content and not env:
        snippet = content[:200].decode("utf-8", errors="replace").strip()
        kind = "an HTML page" if looks_like_html(content) else "a non-JSON body"
        detail = f"the server answered {kind}: {snippet[:120]!r}"
    message = f"HTTP {status}: {detail or 'no detail given'}.{_HINTS.get(cls, '')}"
    return cls(
        message.replace("..", "."),
        status=status,
        method=method,
        url=url,
        type=text("type"),
        code=text("code"),
        detail=detail,
        attr=text("attr"),
        retries=retries,
        headers=headers,
        body=content,
        may_have_been_applied=may_have_been_applied,
    )
