"""Exit codes of ``posthog-rest`` and the one-line message for each kind of failure.

Example:
    >>> from posthog_rest.cli.errors import describe, ExitCode
    >>> from posthog_rest import NotFoundError
    >>> describe(NotFoundError("HTTP 404: Not found.", status=404), secret=None)[0] is ExitCode.NOT_FOUND
    True
"""

from __future__ import annotations

import enum

from .._errors import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    PostHogError,
    QueryTimeoutError,
    RateLimitError,
    ServerError,
)


class ExitCode(enum.IntEnum):
    """The process exit codes, one per kind of failure (documented in ``posthog-rest --help``)."""

    OK = 0
    ERROR = 1
    BAD_INPUT = 2
    CONFIG = 3
    AUTH = 4
    PERMISSION = 5
    NOT_FOUND = 6
    RATE_LIMITED = 7
    NETWORK = 8
    SERVER = 9
    NOT_CONFIRMED = 10
    INTERRUPTED = 130
    BROKEN_PIPE = 141


EXIT_CODE_HELP: dict[ExitCode, str] = {
    ExitCode.OK: "success",
    ExitCode.ERROR: "other API error (e.g. 405, 409, a failed query, an unexpected response)",
    ExitCode.BAD_INPUT: "bad input: invalid arguments or options, or the server's 400",
    ExitCode.CONFIG: "configuration: no API key, bad host, unknown project name, missing optional extra",
    ExitCode.AUTH: "authentication failed (401): the key is invalid or revoked",
    ExitCode.PERMISSION: "permission denied (403): the key lacks a scope (the message names it)",
    ExitCode.NOT_FOUND: "not found (404): no such insight, person, query or project",
    ExitCode.RATE_LIMITED: "rate limited (429), after retrying: wait and try again",
    ExitCode.NETWORK: "network: could not connect, connection dropped, or timed out",
    ExitCode.SERVER: "server error (5xx, or 512: query too expensive)",
    ExitCode.NOT_CONFIRMED: "a destructive command was not confirmed (no terminal and no --yes, or declined)",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
    ExitCode.BROKEN_PIPE: "the reader of stdout went away (e.g. `| head`): stopped quietly, as SIGPIPE would",
}


def exit_codes_epilog() -> str:
    """The ``--help`` epilog listing every exit code.

    Example:
        >>> "permission denied" in exit_codes_epilog()
        True
    """
    lines = [f"{int(code):>3}  {text}" for code, text in EXIT_CODE_HELP.items()]
    return "Exit codes:\n\n" + "\n\n".join(lines)


class CliError(Exception):
    """An expected failure of the CLI itself (bad option combination, refused confirmation…).

    Example:
        >>> raise CliError("pass --yes to delete without a terminal", ExitCode.NOT_CONFIRMED)
    """

    def __init__(self, message: str, code: ExitCode = ExitCode.BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


_BY_TYPE: tuple[tuple[type[PostHogError], ExitCode, str], ...] = (
    (ConfigurationError, ExitCode.CONFIG, ""),
    (InvalidRequestError, ExitCode.BAD_INPUT, "Check the arguments."),
    (BadRequestError, ExitCode.BAD_INPUT, "Check the arguments."),
    (AuthenticationError, ExitCode.AUTH, "Set POSTHOG_PERSONAL_API_KEY to a valid personal API key (phx_…)."),
    (PermissionDeniedError, ExitCode.PERMISSION, ""),
    (NotFoundError, ExitCode.NOT_FOUND, "Check the id, and the project (--project / POSTHOG_PROJECT_ID)."),
    (RateLimitError, ExitCode.RATE_LIMITED, ""),
    (APIConnectionError, ExitCode.NETWORK, "Check --host / POSTHOG_HOST and your network."),
    (ServerError, ExitCode.SERVER, "Try again later, or narrow the query."),
    (QueryTimeoutError, ExitCode.ERROR, ""),
)


def _hint(exc: PostHogError, default: str) -> str:
    """What to do about ``exc`` (the SDK's message may already say it)."""
    if isinstance(exc, PermissionDeniedError) and exc.missing_scope and "scopes" not in str(exc):
        return f"Add the '{exc.missing_scope}' scope to the key (PostHog → My settings → Personal API keys)."
    if isinstance(exc, RateLimitError):
        wait = exc.retry_after
        return f"Wait {wait:g} s and try again." if wait is not None else "Wait a little and try again."
    if isinstance(exc, QueryTimeoutError) and exc.query_id:
        return f"It keeps running: posthog-rest query status {exc.query_id} (or query cancel)."
    return default


def describe(exc: BaseException, secret: str | None) -> tuple[ExitCode, str]:
    """The exit code and the one-line message (what failed, why, what to do) for an exception.

    ``secret`` (the API key) is scrubbed from the message, whatever the exception says.

    Example:
        >>> describe(CliError("no such column", ExitCode.BAD_INPUT), None)
        (<ExitCode.BAD_INPUT: 2>, 'no such column')
    """
    if isinstance(exc, CliError):
        code, message = exc.code, str(exc)
    elif isinstance(exc, PostHogError):
        code, hint = ExitCode.ERROR, ""
        for cls, mapped, default in _BY_TYPE:
            if isinstance(exc, cls):
                code, hint = mapped, _hint(exc, default)
                break
        text = str(exc).rstrip()
        message = f"{text}{'' if text.endswith(('.', '!', '?')) else '.'} {hint}".strip()
    elif isinstance(exc, ImportError):
        code, message = ExitCode.CONFIG, str(exc)
    else:
        code, message = ExitCode.ERROR, f"{type(exc).__name__}: {exc}"
    return code, scrub(" ".join(message.split()), secret)


def scrub(text: str, secret: str | None) -> str:
    """``text`` with every occurrence of ``secret`` replaced (the key must never be printed).

    Example:
        >>> scrub("bad key phx_abc", "phx_abc")
        'bad key phx_…(redacted)'
    """
    return text.replace(secret, "phx_…(redacted)") if secret else text
