"""The README's Performance results are what ``scripts/bench`` wrote, and a partial run replaces only its rows."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _bench() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("bench_script", str(ROOT / "scripts" / "bench"))
    spec = importlib.util.spec_from_loader("bench_script", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_script"] = module  # dataclasses look their module up there
    loader.exec_module(module)
    return module


def test_readme_and_results_md_come_from_results_json() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/bench", "--check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _row(bench: ModuleType, section: str, subject: str, value: float) -> dict[str, object]:
    row = bench.Row("b", subject, value, "ms", "base", 1.0, value, "≤ 2", value <= 2, section, "2026-12-01 10:00 UTC")
    return dict(vars(row))


def test_a_partial_run_replaces_only_the_sections_it_ran() -> None:
    bench = _bench()
    old = {
        "machine": "m",
        "rows": [_row(bench, "per-call", "old per call", 3.0), _row(bench, "list", "old list", 1.0)],
        "notes": [{"section": "per-call", "text": "old sizes"}, {"section": "list", "text": "list sizes"}],
        "profile": ["old profile"],
    }
    bench.ROWS.append(
        bench.Row("b", "new per call", 1.5, "ms", "base", 1.0, 1.5, "≤ 2", True, "per-call", "2026-12-02 00:40 UTC")
    )
    bench.NOTES.append({"section": "per-call", "text": "new sizes"})

    merged = bench.merge(old, ["per-call"])

    assert [r["subject"] for r in merged["rows"]] == ["old list", "new per call"]  # in SECTIONS order
    assert [n["text"] for n in merged["notes"]] == ["list sizes", "new sizes"]
    assert merged["profile"] == ["old profile"]
    text = bench.render(merged)
    assert "list on 2026-12-01 10:00 UTC; per-call on 2026-12-02 00:40 UTC" in text
    assert "| b | new per call | 1.5 ms | base | 1.0 ms | 1.5 | ≤ 2 | yes |" in text
    assert "old per call" not in text
