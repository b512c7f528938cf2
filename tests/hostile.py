"""Run one SDK call in a child process capped in memory (``RLIMIT_AS``) and time, against a hostile server.

The child prints what happened (the error's type and text, or ``ok``), how long it took and its own peak RSS,
so a test can assert the call failed the right way *and* stayed bounded: a bomb that escapes the cap kills
the child with ``MemoryError`` instead of passing quietly.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

KEY = "phx_hostileserverkey0123456789"
#: Address space of the child: Python, httpx and the generated models need about 300 MiB of it.
MEMORY_MIB = 768
#: The child's own peak before any body is read (Python, httpx, the models, a client): 40-45 MiB measured, with room.
BASE_MIB = 80


def within_cap(peak_mib: float, max_response_bytes: int) -> bool:
    """Whether a child's peak is its base plus the body cap (and the bytearray's growth slack), no more."""
    return peak_mib < BASE_MIB + 1.25 * max_response_bytes / 2**20


CHILD = r"""
import asyncio, json, resource, sys, time
cap = int(sys.argv[5]) * 2**20
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from posthog_rest import AsyncPostHog, PostHog
kind, url, options, expr = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
started = time.monotonic()
try:
    if kind == "sync":
        with PostHog(api_key=sys.argv[6], host=url, project=1, **options) as ph:
            value = eval(expr, {"ph": ph})
    else:
        async def main():
            async with AsyncPostHog(api_key=sys.argv[6], host=url, project=1, **options) as ph:
                return await eval(expr, {"ph": ph})
        value = asyncio.run(main())
    outcome, text = "ok", repr(value)[:300]
except BaseException as err:
    outcome, text = type(err).__name__, str(err)
try:
    # VmHWM is this program's own high-water mark. ru_maxrss is not: Linux folds the RSS peak of the memory
    # the child was forked from into it at exec, so it reported the pytest process's peak (355 MiB late in a
    # full run), not the call's.
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"outcome": outcome, "text": text, "seconds": time.monotonic() - started, "peak_mib": peak}))
"""


@dataclass
class Outcome:
    """What the child reported."""

    outcome: str
    text: str
    seconds: float
    peak_mib: float


def run_capped(
    kind: str, url: str, expr: str, *, timeout: float = 60, memory_mib: int = MEMORY_MIB, **options: Any
) -> Outcome:
    """Run ``expr`` (``ph`` is a ``PostHog`` or ``AsyncPostHog`` for ``url``) in a capped child process."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, url, json.dumps(options), expr, str(memory_mib), KEY],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data = json.loads(done.stdout.strip().splitlines()[-1])
    assert KEY not in done.stdout + done.stderr
    return Outcome(**data)
