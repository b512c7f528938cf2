"""What keeps ``posthog-rest`` quick to start: modules a command does not use stay unimported, and the
console script collects garbage rarely until the command has its client (then as usual)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from posthog_rest import _startup
from posthog_rest.cli import main

#: Loaded by other commands (queries, exports, calculations), never by ``whoami``.
NOT_FOR_WHOAMI = (
    "posthog_rest.cli.querying",
    "posthog_rest.testing._calc",
    "posthog_rest.testing._hogql",
    "posthog_rest.testing._query_run",
    "posthog_rest.testing._seed_insights",
    "posthog_rest._model_classes",
    "posthog_rest.export",
    "posthog_rest.cli.charts",
    "posthog_rest.resources.insights",
    "posthog_rest.resources.persons",
    "posthog_rest.resources.query",
    "posthog_rest._rowwriters",
    "posthog_rest._hogql",
    "posthog_openapi.models.insight",
    "posthog_openapi.models.person",
    "posthog_openapi.models.query_status",
)

#: Packages a ``--demo whoami --json`` run never needs: rich draws nothing (JSON), httpx's own command line
#: (click, pygments) never runs, and the stand-in serves and validates without starlette, uvicorn or jsonschema.
THIRD_PARTY_NOT_FOR_WHOAMI = ("rich", "click", "pygments", "starlette", "uvicorn", "jsonschema", "yaml")

PROBE = """
import gc, json, sys
from posthog_rest.cli_script import main
sys.argv = ["posthog-rest", *sys.argv[1:]]
try:
    code = main()
except SystemExit as exit:  # help and errors end by raising it, as the console script's wrapper sees them
    code = exit.code
sys.stdout.flush()
ours = sorted(m for m in sys.modules if m.startswith(("posthog_rest", "posthog_openapi")))
packages = sorted({m.partition(".")[0] for m in sys.modules})
print(json.dumps({"code": code, "loaded": ours, "packages": packages,
                  "threshold": gc.get_threshold(), "frozen": gc.get_freeze_count()}))
"""


def _probe(*argv: str, env: dict[str, str] | None = None) -> tuple[list[str], dict[str, Any], str]:
    """Run the console script's ``main`` on ``argv`` in a fresh process: its output lines, what it loaded, stderr."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=True, timeout=60, env=env
    )
    *answer, probe = out.stdout.strip().splitlines()
    return answer, json.loads(probe), out.stderr


def test_demo_whoami_loads_only_what_it_uses_and_ends_with_usual_collection() -> None:
    answer, seen, _ = _probe("--demo", "whoami", "--json")
    assert seen["code"] == 0
    assert json.loads("\n".join(answer))["email"] == "max@hogflix.com"
    assert not set(NOT_FOR_WHOAMI) & set(seen["loaded"])
    assert not set(THIRD_PARTY_NOT_FOR_WHOAMI) & set(seen["packages"])
    assert tuple(seen["threshold"]) == gc.get_threshold()  # CPython's usual thresholds, as in this process
    assert seen["frozen"] > 10_000  # what start-up made is out of the collector's sight


def test_help_and_errors_still_draw_with_rich_in_the_console_script() -> None:
    answer, seen, _ = _probe("--help", env={**os.environ, "COLUMNS": "100", "TERM": "dumb"})
    assert seen["code"] == 0
    assert "rich" in seen["packages"]
    help_text = "\n".join(answer)
    assert "╭─ Connection" in help_text  # typer's rich panels, the shared options in theirs
    for shown in ("--demo", "whoami", "Exit codes"):
        assert shown in help_text

    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTHOG")}
    _, seen, stderr = _probe("whoami", env=env)
    assert seen["code"] == 3
    assert "rich" in seen["packages"]
    assert stderr.startswith("error: No PostHog personal API key")


@pytest.fixture
def restore_gc() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


@pytest.mark.usefixtures("restore_gc")
def test_startup_collects_rarely_then_freezes_and_restores() -> None:
    usual = gc.get_threshold()
    _startup.begin()
    _startup.begin()  # a second call changes nothing
    assert gc.get_threshold() == (_startup.STARTUP_THRESHOLD, usual[1], usual[2])
    _startup.started()
    assert gc.get_threshold() == usual
    assert gc.get_freeze_count() > 0
    frozen = gc.get_freeze_count()
    _startup.started()  # once only
    assert gc.get_freeze_count() == frozen


@pytest.mark.usefixtures("restore_gc")
def test_in_process_main_leaves_the_collector_alone(capsys: pytest.CaptureFixture[str]) -> None:
    usual, frozen = gc.get_threshold(), gc.get_freeze_count()
    assert main(["--demo", "whoami", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["email"] == "max@hogflix.com"
    assert (gc.get_threshold(), gc.get_freeze_count()) == (usual, frozen)
