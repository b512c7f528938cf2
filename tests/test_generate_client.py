"""scripts/generate-client refuses bad arguments before running any generator.

The generators themselves run in CI (scripts/lang-check compiles the TypeScript, Go and Java clients and runs the
Go and Java examples against the stand-in); these checks stay fast.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "generate-client"


def generate_client(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=30, check=False)


def test_unknown_language_is_refused_with_the_choices(tmp_path: Path) -> None:
    out = tmp_path / "client"
    result = generate_client("cobol", str(out))
    assert result.returncode == 2
    assert "unknown language 'cobol'; choose one of: typescript, go, java" in result.stderr
    assert "usage: scripts/generate-client {typescript|go|java} OUTDIR" in result.stderr
    assert not out.exists()


def test_missing_outdir_is_refused() -> None:
    result = generate_client("go")
    assert result.returncode == 2
    assert "missing OUTDIR" in result.stderr


def test_a_directory_with_other_files_is_left_alone(tmp_path: Path) -> None:
    project = tmp_path / "my-service"
    project.mkdir()
    (project / "go.mod").write_text("module example.com/me/my-service\n")
    result = generate_client("go", str(project))
    assert result.returncode == 2
    assert "is not empty and is not an earlier output of this script" in result.stderr
    assert sorted(p.name for p in project.iterdir()) == ["go.mod"]
    assert (project / "go.mod").read_text() == "module example.com/me/my-service\n"


def test_help_names_the_languages() -> None:
    result = generate_client("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: scripts/generate-client {typescript|go|java} OUTDIR")
