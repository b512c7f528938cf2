"""The distribution ships three importable packages and a console script."""

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["posthog_rest", "posthog_openapi", "posthog_models"])
def test_package_imports_and_is_typed(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__file__ is not None
    assert (Path(module.__file__).parent / "py.typed").is_file()


def test_version() -> None:
    import posthog_rest

    assert isinstance(posthog_rest.__version__, str)
    assert posthog_rest.__version__


def test_console_script_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "from posthog_rest.cli import main; raise SystemExit(main(['--help']))"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    assert "usage: posthog-rest" in proc.stdout.lower()


def test_api_surface_snapshot_is_committed() -> None:
    surface = ROOT / "spec" / "api-surface.txt"
    lines = surface.read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if not line.startswith("#")]
    assert body == sorted(body)
    assert any(line.startswith("posthog_openapi.api.") for line in body)
    assert any(line.startswith("posthog_models: ") for line in body)
