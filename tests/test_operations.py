"""The projects → environments twin mapping is complete, and every twin is the same operation on the other path."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

from posthog_rest._operations import API, FAMILY_TAGS, environments_twin, operation_module, twins

OPERATIONS = sorted(
    f"{API}.{tag}.{info.name}"
    for tag in FAMILY_TAGS
    for info in pkgutil.iter_modules(importlib.import_module(f"{API}.{tag}").__path__)
)


def _request_line(module: str) -> tuple[str, str]:
    """The HTTP method and URL template in a generated module's ``_get_kwargs``."""
    source = inspect.getsource(importlib.import_module(module)._get_kwargs)
    method = re.search(r'"method": "(\w+)"', source)
    url = re.search(r'"url": f?"([^"]+)"', source)
    assert method is not None
    assert url is not None
    return method.group(1), re.sub(r"\{path_segment\((\w+)\)\}", r"{\1}", url.group(1))  # the f-string's fields


def test_every_family_operation_is_mapped() -> None:
    assert len(OPERATIONS) >= 20  # insights, persons and query: the walk found the generated package
    assert sorted(twins()) == OPERATIONS


@pytest.mark.parametrize("module", OPERATIONS)
def test_the_twin_is_the_same_operation_under_environments(module: str) -> None:
    twin = environments_twin(module)
    method, url = _request_line(module)
    twin_method, twin_url = _request_line(twin)
    assert twin_method == method
    assert url.startswith("/api/projects/{project_id}/")
    assert twin_url == url.replace("/api/projects/", "/api/environments/", 1)
    original, mapped = importlib.import_module(module), importlib.import_module(twin)
    for name in ("sync_detailed", "asyncio_detailed"):
        assert inspect.signature(getattr(mapped, name)).parameters.keys() == (
            inspect.signature(getattr(original, name)).parameters.keys()
        )


def test_other_tags_run_as_they_are() -> None:
    for module in (f"{API}.users.users_me_retrieve", f"{API}.projects.projects_list"):
        assert environments_twin(module) == module
        assert operation_module(module, "environments").__name__ == module


def test_a_family_operation_without_twin_is_refused() -> None:
    with pytest.raises(LookupError, match="no environments twin"):
        environments_twin(f"{API}.insights.insights_no_such_operation")
