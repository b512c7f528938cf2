"""The pytest plugin as a user's suite meets it: registered in the root conftest, per-test data reset,
a ready ``posthog`` client with short retry waits (a real pytest run in a temporary project)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CONFTEST = 'pytest_plugins = ["posthog_rest.testing.pytest_plugin"]\n'

USER_TESTS = """
import time

import pytest

from posthog_rest import NotFoundError, ServerError

QUERY = {"kind": "InsightVizNode", "source": {"kind": "TrendsQuery", "series": [{"kind": "EventsNode", "event": "x"}]}}


def test_1_writes(posthog, posthog_server):
    posthog.persons.delete(posthog_server.state.current_project.persons.id_base)
    posthog.insights.create(name="made by test 1", query=QUERY)
    with pytest.raises(NotFoundError):
        posthog.persons.get(posthog_server.state.current_project.persons.id_base)


def test_2_sees_none_of_it(posthog, posthog_server):
    first = posthog_server.state.current_project.persons.id_base
    assert posthog.persons.get(first).id == first
    assert "made by test 1" not in [i.name for i in posthog.insights.list()]


def test_3_retries_are_quick(posthog, posthog_server):
    posthog_server.set_faults(1.0, kinds=["503"])
    started = time.monotonic()
    with pytest.raises(ServerError) as caught:
        posthog.me()
    assert caught.value.retries == 2
    assert time.monotonic() - started < 1.0


def test_4_knobs_were_reset(posthog):
    assert posthog.me().email


def test_5_session_server_keeps_writes_across_tests(local_posthog_server):
    assert local_posthog_server.url.startswith("http://127.0.0.1:")
"""


def run_pytest(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=root,
        # This environment's other pytest plugins (hypothesis, schemathesis…) cost seconds to load.
        env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_fixtures_isolate_tests_and_shorten_retries(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_user.py").write_text(USER_TESTS)
    done = run_pytest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "5 passed" in done.stdout


def test_a_nested_conftest_is_refused_and_p_works(tmp_path: Path) -> None:
    nested = tmp_path / "sub"
    nested.mkdir()
    (tmp_path / "conftest.py").write_text("")
    (nested / "conftest.py").write_text(CONFTEST)
    (nested / "test_user.py").write_text("def test_me(posthog):\n    assert posthog.me().email\n")
    refused = run_pytest(tmp_path)
    assert refused.returncode != 0
    assert "pytest_plugins" in refused.stdout + refused.stderr
    (nested / "conftest.py").write_text("")
    with_p = run_pytest(tmp_path, "-p", "posthog_rest.testing.pytest_plugin")
    assert with_p.returncode == 0, with_p.stdout + with_p.stderr
