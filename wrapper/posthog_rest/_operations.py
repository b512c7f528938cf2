"""Generated operations and their ``environments`` twins.

PostHog serves insights, persons and queries under ``/api/projects/{id}/…`` and, for newer projects, under
``/api/environments/{id}/…``. The spec declares both; the generator makes a module per operation
(``posthog_openapi.api.insights.insights_retrieve`` and ``…api.environments.environments_insights_retrieve``,
same parameters). Plans always name the projects-family module; a client with
``api_family="environments"`` runs its twin, looked up here. The mapping is built from the generated
package's files (nothing is imported until a twin is first needed); tests/test_operations.py proves it
complete.

Example:
    >>> environments_twin("posthog_openapi.api.insights.insights_retrieve")
    'posthog_openapi.api.environments.environments_insights_retrieve'
"""

from __future__ import annotations

import functools
import importlib
from types import ModuleType

__all__ = ["API", "FAMILY_TAGS", "environments_twin", "operation_module", "twins"]

API = "posthog_openapi.api"
#: Operation groups (spec tags) that have an ``environments_*`` twin.
FAMILY_TAGS = frozenset({"insights", "persons", "query"})


def _operations(tag: str) -> list[str]:
    import pkgutil  # only when a twin is first looked up

    package = importlib.import_module(f"{API}.{tag}")  # a docstring-only __init__: cheap
    return sorted(info.name for info in pkgutil.iter_modules(package.__path__))


@functools.cache
def twins() -> dict[str, str]:
    """Every projects-family operation module of :data:`FAMILY_TAGS` → its environments twin.

    Example:
        >>> len(twins()) > 20
        True
    """
    environments = set(_operations("environments"))
    return {
        f"{API}.{tag}.{op}": f"{API}.environments.environments_{op}"
        for tag in sorted(FAMILY_TAGS)
        for op in _operations(tag)
        if f"environments_{op}" in environments
    }


def environments_twin(module: str) -> str:
    """The environments-family module for ``module``; ``module`` itself when its tag has no twins.

    Example:
        >>> environments_twin("posthog_openapi.api.users.users_me_retrieve")
        'posthog_openapi.api.users.users_me_retrieve'
    """
    tag = module.removeprefix(f"{API}.").partition(".")[0]
    if tag not in FAMILY_TAGS:
        return module
    try:
        return twins()[module]
    except KeyError:
        raise LookupError(f"{module} has no environments twin in the generated package") from None


def operation_module(module: str, family: str) -> ModuleType:
    """The generated module to call for ``module`` in the client's path ``family``."""
    name = environments_twin(module) if family == "environments" else module
    return importlib.import_module(name)
