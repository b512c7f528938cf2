"""What :class:`~posthog_rest.PostHog` and :class:`~posthog_rest.AsyncPostHog` share: configuration,
transport wiring, project binding and the plans of the client-level calls (me, project, query status/cancel)."""

from __future__ import annotations

import copy
import warnings
from functools import partial
from typing import TYPE_CHECKING, Literal, Self

import httpx

from . import __version__
from ._config import SecretStr, resolve_api_key, resolve_host, resolve_project
from ._core import Call, Connection, Plan, TimeoutLike, as_timeout
from ._errors import ConfigurationError
from ._http import HttpSettings
from ._redact import install_log_redaction
from ._refresh import cancel_query_plan, query_status_plan
from .resources._base import Scope

if TYPE_CHECKING:
    from posthog_openapi.client import AuthenticatedClient
    from posthog_openapi.models.project import Project
    from posthog_openapi.models.query_cancel_response import QueryCancelResponse
    from posthog_openapi.models.query_status import QueryStatus
    from posthog_openapi.models.user import User

#: Default timeouts: 30 s overall, 10 s to connect. Blocking calculations get a 300 s read timeout.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"posthog-rest/{__version__} (python)"
ApiFamily = Literal["projects", "environments"]
#: Where the key goes: the ``Authorization: Bearer`` header (default) or the ``personal_api_key`` query parameter.
AuthMode = Literal["header", "query"]


class _Common:
    """Configuration and helpers shared by :class:`PostHog` and :class:`AsyncPostHog`."""

    _conn: Connection
    _scope: Scope
    _owns_http: bool

    def _configure(
        self,
        api_key: str | None,
        host: str | None,
        project: int | str | None,
        *,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        api_family: str,
        allow_insecure_http: bool,
        auth: str = "header",
    ) -> tuple[SecretStr, str, str, httpx.Timeout]:
        key = resolve_api_key(api_key)
        if auth not in ("header", "query"):
            raise ConfigurationError(f"auth must be 'header' or 'query', got {auth!r}")
        install_log_redaction(key)
        base_url = resolve_host(host, allow_insecure_http=allow_insecure_http)
        ref = resolve_project(project)
        if api_family not in ("projects", "environments"):
            raise ConfigurationError(f"api_family must be 'projects' or 'environments', got {api_family!r}")
        if api_family == "environments":
            _warn_environments()
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError("max_retries must be an int >= 0")
        return key, base_url, ref, as_timeout(timeout, ConfigurationError)

    def _generated_client(self, key: SecretStr, base_url: str, timeout: httpx.Timeout) -> AuthenticatedClient:
        from posthog_openapi.client import AuthenticatedClient

        return AuthenticatedClient(base_url=base_url, token=key, timeout=timeout, follow_redirects=True)

    @staticmethod
    def _settings(
        key: SecretStr,
        base_url: str,
        auth: str,
        max_retries: int,
        timeout: httpx.Timeout,
        max_response_bytes: int,
        deadline: float | None,
    ) -> HttpSettings:
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise ConfigurationError(f"max_response_bytes must be an integer > 0, got {max_response_bytes!r}")
        if deadline is not None and (isinstance(deadline, bool) or not isinstance(deadline, int | float)):
            raise ConfigurationError(f"deadline must be seconds > 0 (or None), got {deadline!r}")
        if deadline is not None and not 0 < deadline < float("inf"):
            raise ConfigurationError(f"deadline must be seconds > 0 (or None), got {deadline!r}")
        return HttpSettings(key, base_url, auth, max_retries, timeout, max_response_bytes, deadline, USER_AGENT)

    def _connect(
        self,
        generated: AuthenticatedClient,
        key: SecretStr,
        base_url: str,
        family: str,
        ref: str,
    ) -> None:
        self._conn = Connection(base_url=base_url, api_key=key, family=family, generated=generated)
        self._bind(Scope(self._conn, ref))

    def _rebind(self, project: int | str) -> Self:
        clone = copy.copy(self)
        clone._owns_http = False
        clone._bind(Scope(self._conn, resolve_project(project)))
        return clone

    def _bind(self, scope: Scope) -> None:
        raise NotImplementedError

    @property
    def generated(self) -> AuthenticatedClient:
        """The configured generated ``posthog_openapi`` client, for any other endpoint.

        It shares the key, retries, timeouts and connection pool; you handle its ``Response`` yourself.

        Example:
            >>> from posthog_openapi.api.insights import insights_destroy
            >>> insights_destroy.sync_detailed("@current", 42, client=ph.generated).status_code
        """
        return self._conn.generated

    @property
    def host(self) -> str:
        """The API origin this client talks to.

        Example:
            >>> PostHog(api_key="phx_x", host="eu").host
            'https://eu.posthog.com'
        """
        return self._conn.base_url

    @property
    def project(self) -> str:
        """The project reference as given (id, name or ``@current``); see ``project_id`` for the id.

        Example:
            >>> PostHog(api_key="phx_x", project=7).project
            '7'
        """
        return self._scope.project

    def _me_call(self, timeout: TimeoutLike = None) -> Call[User]:
        from posthog_openapi.api.users import users_me_retrieve
        from posthog_openapi.models.user import User

        return Call(partial(users_me_retrieve.sync_detailed), expect=User, timeout=timeout)

    def _project_plan(self, timeout: TimeoutLike = None) -> Plan[Project]:
        from posthog_openapi.api.projects import projects_retrieve
        from posthog_openapi.models.project import Project

        project_id = yield from self._scope.project_id(timeout)
        return (
            yield from Call(partial(projects_retrieve.sync_detailed, id=project_id), expect=Project, timeout=timeout)
        )

    def _query_status_plan(self, query_id: str, timeout: TimeoutLike = None) -> Plan[QueryStatus]:
        project_id = yield from self._scope.project_id(timeout)
        status: QueryStatus = yield from query_status_plan(project_id, query_id, timeout)
        return status

    def _cancel_plan(self, query_id: str, timeout: TimeoutLike = None) -> Plan[QueryCancelResponse]:
        project_id = yield from self._scope.project_id(timeout)
        answer: QueryCancelResponse = yield from cancel_query_plan(project_id, query_id, timeout)
        return answer

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} host={self._conn.base_url!r} project={self._scope.project!r} "
            f"api_family={self._conn.family!r} api_key='phx_…(redacted)'>"
        )


_ENVIRONMENTS_WARNED = False


def _warn_environments() -> None:
    """Warn once per process that the ``environments`` path family is deprecated by PostHog."""
    global _ENVIRONMENTS_WARNED
    if _ENVIRONMENTS_WARNED:
        return
    _ENVIRONMENTS_WARNED = True
    warnings.warn(
        "api_family='environments' uses PostHog's deprecated /api/environments/ paths (an alias of "
        "/api/projects/ whose answers carry Deprecation and Sunset headers); use the default 'projects'",
        DeprecationWarning,
        stacklevel=4,
    )
