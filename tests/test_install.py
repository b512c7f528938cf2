"""A clean install of the wheel: only the core dependencies, the SDK works, each extra's absence is one clear line.

Builds the wheel with uv, installs it into a fresh venv (pinned to this environment's versions, so uv's
cache serves it), lists what got installed, and runs a call from that venv against a stand-in started here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
UV = os.environ.get("UV") or shutil.which("uv")
CORE = ("httpx", "attrs", "python-dateutil", "pydantic")
#: Import names of every optional extra's packages: none may come with the core install.
EXTRA_PACKAGES = (
    "typer", "rich", "click", "uvicorn", "starlette", "jsonschema", "jsonschema-rs", "pyyaml", "pandas",
    "chdb-core-lite", "pyarrow",
)  # fmt: skip

pytestmark = [
    pytest.mark.skipif(UV is None, reason="needs uv (the README's quick start installs it)"),
    pytest.mark.timeout(180),
]

CLIENT_SCRIPT = """
import json, sys
import posthog_rest
from posthog_rest import PostHog
url, key, project = sys.argv[1:4]
with PostHog(api_key=key, host=url, project=project) as ph:
    me = ph.me()
    names = [i.name for i in ph.insights.list(limit=3)]
    insight = ph.insights.get(short_id=next(iter(ph.insights.list(limit=1))).short_id)
problems = {}
for what, run in {
    "testing": lambda: __import__("posthog_rest.testing"),
    "pandas": lambda: insight.to_dataframe(),
}.items():
    try:
        run()
    except ImportError as exc:
        problems[what] = str(exc)
print(json.dumps({"email": me.email, "names": names, "problems": problems}))
"""


def _run(*args: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False, **kwargs)


def _closure(names: tuple[str, ...]) -> set[str]:
    """The distributions ``names`` need, transitively, per this environment's metadata (extras not taken)."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        for line in metadata.requires(name) or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the built wheel installed (core dependencies only)."""
    assert UV is not None
    work = tmp_path_factory.mktemp("install")
    built = _run(UV, "build", "--wheel", "--out-dir", work / "dist", ROOT, cwd=ROOT)
    assert built.returncode == 0, built.stderr
    (wheel,) = (work / "dist").glob("posthog_rest-*.whl")
    pins = work / "pins.txt"  # this environment's versions: the same resolution, served from uv's cache
    pins.write_text("".join(f"{d.metadata['Name']}=={d.version}\n" for d in metadata.distributions()))
    made = _run(UV, "venv", "--quiet", "--python", sys.executable, work / "venv")
    assert made.returncode == 0, made.stderr
    python = work / "venv" / "bin" / "python"
    installed = _run(UV, "pip", "install", "--quiet", "--python", python, "--constraint", pins, wheel)
    assert installed.returncode == 0, installed.stderr
    return work / "venv"


def test_only_the_core_dependencies_are_installed(venv: Path) -> None:
    assert UV is not None
    listed = _run(UV, "pip", "list", "--format", "json", "--python", venv / "bin" / "python")
    assert listed.returncode == 0, listed.stderr
    names = {canonicalize_name(p["name"]) for p in json.loads(listed.stdout)}
    assert names == _closure(CORE) | {"posthog-rest"}
    assert not names & {canonicalize_name(n) for n in EXTRA_PACKAGES}


def test_the_sdk_works_from_the_clean_install(venv: Path) -> None:
    from posthog_rest.testing import local_posthog

    with local_posthog(persons=20) as server:
        proc = _run(venv / "bin" / "python", "-c", CLIENT_SCRIPT, server.url, server.api_key, server.project_id)
        assert proc.returncode == 0, proc.stderr
        answer = json.loads(proc.stdout)
        assert answer["email"] == server.state.user.email
    assert len(answer["names"]) == 3
    assert answer["problems"]["testing"].endswith("pip install 'posthog-rest[testing]'")
    assert "pip install 'posthog-rest[pandas]'" in answer["problems"]["pandas"]
    assert "\n" not in answer["problems"]["testing"]


def test_the_command_without_its_extra_says_what_to_install(venv: Path) -> None:
    proc = _run(venv / "bin" / "posthog-rest", "whoami")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        "posthog-rest: the posthog-rest command needs typer, rich: pip install 'posthog-rest[cli]'"
    ]
