"""Key, host and project settings: read from arguments or the environment, validated before any request.

Example:
    >>> from posthog_rest._config import resolve_host
    >>> resolve_host("eu", allow_insecure_http=False)
    'https://eu.posthog.com'
"""

from __future__ import annotations

import ipaddress
import os
from typing import Any
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

from ._errors import ConfigurationError

ENV_KEY = "POSTHOG_PERSONAL_API_KEY"
ENV_HOST = "POSTHOG_HOST"
ENV_PROJECT = "POSTHOG_PROJECT_ID"
DEFAULT_HOST = "https://us.posthog.com"
HOST_ALIASES = {"us": "https://us.posthog.com", "eu": "https://eu.posthog.com"}
INGESTION_HOSTS = {"us.i.posthog.com": "us", "eu.i.posthog.com": "eu", "i.posthog.com": "us"}
KEY_HELP = "Create one in PostHog → My settings → Personal API keys (https://us.posthog.com/settings/user-api-keys)"


class SecretStr(str):
    """A ``str`` whose ``repr`` hides the value (the API key inside attrs/dataclass reprs).

    Example:
        >>> repr(SecretStr("phx_abcdef"))
        "'phx_…(redacted)'"
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "'phx_…(redacted)'"


def resolve_api_key(api_key: str | None) -> SecretStr:
    """The personal API key from the argument or ``POSTHOG_PERSONAL_API_KEY``, checked for its kind.

    Example:
        >>> resolve_api_key("phx_123")
        'phx_…(redacted)'
    """
    key = api_key if api_key is not None else os.environ.get(ENV_KEY)
    key = (key or "").strip()
    if not key:
        raise ConfigurationError(
            f"No PostHog personal API key: pass api_key=… or set {ENV_KEY}. {KEY_HELP}, "
            "with the scopes you need (e.g. insight:read, person:read, query:read)."
        )
    if key.startswith("phc_"):
        raise ConfigurationError(
            "That is a project token (phc_…), used to send events; the REST API needs a personal API key "
            f"(phx_…). {KEY_HELP}."
        )
    if any(ch.isspace() for ch in key) or not key.isprintable():
        raise ConfigurationError("The personal API key contains whitespace or control characters.")
    return SecretStr(key)


def _is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _split_host(raw: str) -> SplitResult:
    """``raw`` split, or a :class:`ConfigurationError` for anything but ``scheme://host[:port][/path]``.

    Userinfo is refused because ``https://us.posthog.com@evil.com`` reads like PostHog but is ``evil.com``.
    """
    usage = "use 'us', 'eu' or a URL like https://posthog.example.com"
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as exc:  # "[::1", port 99999 or "abc"
        raise ConfigurationError(f"Invalid PostHog host {raw!r} ({exc}): {usage}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"Invalid PostHog host {raw!r}: {usage}")
    if "@" in parts.netloc:
        raise ConfigurationError(
            f"The PostHog host must not contain user info ('…@'): {raw!r} would send the key to {parts.hostname!r}"
        )
    if parts.query or parts.fragment or "#" in raw or "?" in raw:
        raise ConfigurationError(f"The PostHog host must not have a query or fragment: {raw!r}")
    if port == 0 or (parts.netloc.endswith(":") and port is None):
        raise ConfigurationError(f"Invalid port in PostHog host {raw!r}: {usage}")
    if any(ch.isspace() or not ch.isprintable() for ch in raw):
        raise ConfigurationError(f"The PostHog host contains whitespace or control characters: {raw!r}")
    return parts


def resolve_host(host: str | None, *, allow_insecure_http: bool) -> str:
    """The API origin from the argument or ``POSTHOG_HOST``: ``"us"``, ``"eu"`` or a URL; no trailing slash.

    Example:
        >>> resolve_host("https://posthog.example.com/", allow_insecure_http=False)
        'https://posthog.example.com'
    """
    raw = (host if host is not None else os.environ.get(ENV_HOST) or "").strip() or DEFAULT_HOST
    raw = HOST_ALIASES.get(raw.lower(), raw)
    if "://" not in raw:
        raw = "https://" + raw
    parts = _split_host(raw)
    hostname = (parts.hostname or "").lower()
    if hostname in INGESTION_HOSTS:
        region = INGESTION_HOSTS[hostname]
        raise ConfigurationError(
            f"{hostname} is PostHog's event ingestion host; the REST API lives at https://{region}.posthog.com "
            f"(host={region!r})."
        )
    if parts.scheme == "http" and not _is_loopback(hostname) and not allow_insecure_http:
        raise ConfigurationError(
            f"Refusing to send the API key over plain http to {hostname}; use https, or pass allow_insecure_http=True."
        )
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def resolve_project(project: int | str | None) -> str:
    """The project reference from the argument or ``POSTHOG_PROJECT_ID``; ``"@current"`` when neither is set.

    Example:
        >>> resolve_project(12345)
        '12345'
    """
    if project is None:
        project = os.environ.get(ENV_PROJECT) or "@current"
    if isinstance(project, bool):
        raise ConfigurationError("project must be an id, a name or '@current'")
    ref = str(project).strip()
    if not ref:
        raise ConfigurationError("project must be an id, a name or '@current'")
    return ref


def origin(url: object) -> tuple[str, str, int | None]:
    """``(scheme, host, port)`` of a URL (a string or an ``httpx.URL``), default ports filled in, to compare origins.

    Example:
        >>> origin("https://US.posthog.com/api/") == origin("https://us.posthog.com:443")
        True
    """
    if not isinstance(url, str) and hasattr(url, "raw_host"):  # an httpx.URL: parsed already (every request)
        parsed: Any = url
        scheme, host, port = parsed.scheme, parsed.host, parsed.port
    else:
        parts = urlsplit(str(url))
        scheme, host, port = parts.scheme, parts.hostname or "", parts.port
    return scheme, host.lower(), port or _DEFAULT_PORTS.get(scheme)


_DEFAULT_PORTS = {"http": 80, "https": 443}


def redact_url(url: str, secret: str | None = None) -> str:
    """The URL with ``personal_api_key`` (and any occurrence of ``secret``) replaced by ``REDACTED``.

    Example:
        >>> redact_url("https://h/api/?personal_api_key=phx_1&a=2")
        'https://h/api/?personal_api_key=REDACTED&a=2'
        >>> redact_url("https://h/api/projects/%40current/insights/")
        'https://h/api/projects/@current/insights/'
    """
    parts = urlsplit(url)
    if "%40" in parts.path:  # httpx encodes the @ of @current / @me: show the path as the user wrote it
        parts = parts._replace(path=parts.path.replace("%40", "@"))
        url = urlunsplit(parts)
    if parts.query:
        pairs = [(k, "REDACTED" if k == "personal_api_key" else v) for k, v in parse_qsl(parts.query, True)]
        url = urlunsplit(parts._replace(query=urlencode(pairs, safe='@$/:,[]{}"')))
    if secret:
        url = url.replace(secret, "REDACTED")
    return url
