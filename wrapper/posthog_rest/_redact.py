"""Keep API keys out of log records: a logging filter on the httpx/httpcore/posthog_rest loggers.

The SDK never puts the key in a URL it logs (query-string auth is added below httpx's logging), but
a user may still log URLs or headers themselves through these loggers; the filter redacts
``personal_api_key=…`` query values, ``Bearer …`` credentials, and every key a client was configured with.

Example:
    >>> install_log_redaction("phx_secret")
    >>> import logging; logging.getLogger("httpx").info("GET /?personal_api_key=phx_secret")  # logs REDACTED
"""

from __future__ import annotations

import logging
import re
import threading

__all__ = ["REDACTED", "RedactingFilter", "install_log_redaction", "redact_bytes", "redact_text"]

REDACTED = "REDACTED"
#: Loggers the filter is installed on (filters do not apply to records propagated from child loggers,
#: so httpcore's are listed one by one).
LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "posthog_rest",
)
#: Compiled on first use (by ``re``'s own cache): compiling them costs ~0.8 ms of every command's start-up.
_PATTERNS = (
    r"(personal_api_key(?:=|%3D|\"?\s*:\s*\"?))[^&\s\"'<>]+",
    r"(bearer\s+)[^\s\"',]+",
)
_secrets: set[str] = set()
_lock = threading.Lock()


def redact_text(text: str) -> str:
    """``text`` with every known key and every query/bearer credential replaced by ``REDACTED``.

    Example:
        >>> redact_text("Authorization: Bearer abc")
        'Authorization: Bearer REDACTED'
    """
    for secret in tuple(_secrets):
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        text = re.sub(pattern, lambda m: m.group(1) + REDACTED, text, flags=re.IGNORECASE)
    return text


def redact_bytes(data: bytes) -> bytes:
    """``data`` with every known key replaced by ``REDACTED`` (a body the server echoed the key in).

    Example:
        >>> redact_bytes(b'{"detail": "no"}')
        b'{"detail": "no"}'
    """
    for secret in tuple(_secrets):
        raw = secret.encode("utf-8", "replace")
        if raw in data:
            data = data.replace(raw, REDACTED.encode())
    return data


class RedactingFilter(logging.Filter):
    """A filter that rewrites a record's message with :func:`redact_text` (it never drops records).

    Example:
        >>> logging.getLogger("httpx").addFilter(RedactingFilter())
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the formatted message in place; always keep the record."""
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the caller's bug: leave the record alone
            return True
        redacted = redact_text(message)
        if redacted != message or record.args:
            record.msg, record.args = redacted, None
        return True


_FILTER = RedactingFilter()


def install_log_redaction(secret: str | None = None) -> None:
    """Install the filter on httpx's, httpcore's and this SDK's loggers (once) and remember ``secret``.

    Example:
        >>> install_log_redaction("phx_…")
    """
    with _lock:
        if secret:
            _secrets.add(str(secret))
        for name in LOGGERS:
            logger = logging.getLogger(name)
            if _FILTER not in logger.filters:
                logger.addFilter(_FILTER)
