"""Real processes: the installed ``posthog-rest`` script, its demo, and a piped listing."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from posthog_rest.testing import LocalPostHog, local_posthog

SCRIPT = Path(sys.executable).with_name("posthog-rest")


def command() -> list[str]:
    """The console script when installed in this environment, else ``python -m posthog_rest.cli``."""
    return [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "posthog_rest.cli"]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPostHog]:
    # More than one default page (1,000 persons), so the progress line has pages to report.
    with local_posthog(seed=7, persons=2100) as srv:
        yield srv


def test_demo_runs_non_interactively_and_quickly() -> None:
    started = time.monotonic()
    done = subprocess.run(
        [*command(), "demo"], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60, check=False
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert elapsed < 15
    for text in ("1. Who am I", "2. List insights", "3. One insight by short id", "4. Persons whose", "5. One person"):
        assert text in done.stdout
    assert "from posthog_rest import PostHog" in done.stdout
    assert "Traceback" not in done.stderr


def test_piped_persons_list_is_json_on_stdout_and_progress_on_stderr(server: LocalPostHog) -> None:
    env = {
        **os.environ,
        "POSTHOG_HOST": server.url,
        "POSTHOG_PERSONAL_API_KEY": server.api_key,
        "POSTHOG_PROJECT_ID": str(server.project_id),
    }
    done = subprocess.run(
        [*command(), "persons", "list", "--all", "--progress"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    people = json.loads(done.stdout)
    assert len(people) == 2100
    assert "fetched" in done.stderr
    assert "{" not in done.stderr
    assert server.api_key not in done.stdout + done.stderr


def test_a_closed_pipe_stops_quietly(server: LocalPostHog) -> None:
    env = {
        **os.environ,
        "POSTHOG_HOST": server.url,
        "POSTHOG_PERSONAL_API_KEY": server.api_key,
        "POSTHOG_PROJECT_ID": str(server.project_id),
    }
    # Like `posthog-rest persons list --all --jsonl | head -c 200`: the reader leaves after a few bytes.
    proc = subprocess.Popen(
        [*command(), "persons", "list", "--all", "--jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    assert proc.stdout.read(200)
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert stderr == ""


def test_serve_prints_how_to_reach_it_and_stops_on_ctrl_c() -> None:
    proc = subprocess.Popen(
        [*command(), "serve", "--port", "0", "--persons", "50"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        banner = "".join(proc.stdout.readline() for _ in range(3))
        url = re.search(r"http://127\.0\.0\.1:\d+", banner)
        key = re.search(r"phx_\w+", banner)
        project = re.search(r"project id:\s+(\d+)", banner)
        assert url, banner
        assert key, banner
        assert project, banner
        me = httpx.get(f"{url.group(0)}/api/users/@me/", headers={"Authorization": f"Bearer {key.group(0)}"})
        assert me.status_code == 200
        assert me.json()["team"]["id"] == int(project.group(1))
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=15) in (0, 130)


def test_serve_mints_scoped_keys_and_turns_rate_limits_on() -> None:
    proc = subprocess.Popen(
        [
            *command(),
            "serve",
            "--port",
            "0",
            "--persons",
            "50",
            "--key",
            "insight:read",
            "--rate-limit",
            "analytics=3/60",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        banner = "".join(proc.stdout.readline() for _ in range(6))
        url = re.search(r"http://127\.0\.0\.1:\d+", banner)
        admin = re.search(r"personal API key: (phx_\w+)", banner)
        reader = re.search(r"key with insight:read: (phx_\w+)", banner)
        assert url, banner
        assert admin, banner
        assert reader, banner
        assert "analytics 3/60s" in banner
        base = f"{url.group(0)}/api/projects/@current"
        as_reader = {"Authorization": f"Bearer {reader.group(1)}"}
        assert httpx.get(f"{base}/insights/?limit=1", headers=as_reader).status_code == 200
        denied = httpx.get(f"{base}/persons/?limit=1", headers=as_reader)
        assert denied.status_code == 403
        assert "person:read" in denied.json()["detail"]
        as_admin = {"Authorization": f"Bearer {admin.group(1)}"}
        statuses = [httpx.get(f"{base}/persons/?limit=1", headers=as_admin).status_code for _ in range(4)]
        assert statuses[-1] == 429
        assert statuses.count(200) <= 3
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=15) in (0, 130)


def test_serve_on_a_busy_port_is_one_line_and_exit_3() -> None:
    with local_posthog(persons=10) as busy:
        port = busy.port
        done = subprocess.run(
            [*command(), "serve", "--port", str(port), "--persons", "10"],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1
    assert str(port) in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
