"""The README's quick-start commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from posthog_rest.testing import LocalPostHog

ROOT = Path(__file__).resolve().parents[1]


def quick_start() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"## Quick start.*?```bash\n(.*?)```", readme, re.S)
    assert block, "README has a Quick start bash block"
    return [line.split("  #")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_has_exactly_two_commands() -> None:
    demo, tests = quick_start()
    assert demo.endswith("posthog-rest demo")
    assert tests.endswith("pytest")


def test_ci_runs_the_readmes_test_command() -> None:
    _, tests = quick_start()
    assert "bash scripts/check" in (ROOT / ".ci" / "run").read_text()
    assert tests in (ROOT / "scripts" / "check").read_text().splitlines()


def test_the_library_in_five_lines_runs(
    local_posthog_server: LocalPostHog, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (ROOT / "README.md").read_text()
    snippet = re.search(r"## The library in five lines.*?```python\n(.*?)```", readme, re.S)
    assert snippet, "README has the five-line example"
    code = snippet.group(1)
    assert len([line for line in code.splitlines() if line.strip()]) <= 6  # five lines and an import
    server = local_posthog_server
    bold = next(i for i in server.state.current_project.insights.values() if i.name == "Logins this month")
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", server.api_key)
    monkeypatch.setenv("POSTHOG_HOST", server.url)
    monkeypatch.setenv("POSTHOG_PROJECT_ID", str(server.project_id))
    exec(compile(code.replace("aBc123", bold.short_id), "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].replace(".", "").isdigit()  # the aggregated value
    assert len(printed) > 1  # Linux persons, id and email


def test_every_docs_file_named_in_scripts_and_docs_exists() -> None:
    texts = [p for p in (ROOT / "scripts").iterdir() if p.is_file()]
    texts += [ROOT / "README.md", *(ROOT / "docs").glob("*.md"), *(ROOT / "config").rglob("*.yaml")]
    named = {m for path in texts for m in re.findall(r"\bdocs/[\w./-]+\.md\b", path.read_text(errors="replace"))}
    missing = sorted(name for name in named if not (ROOT / name).exists())
    assert not missing, missing


@pytest.mark.parametrize("section", ["SQL and queries", "Exporting events"])
def test_the_query_sections_run(
    section: str,
    local_posthog_server: LocalPostHog,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    readme = (ROOT / "README.md").read_text()
    snippet = re.search(rf"## {section}\n.*?```python\n(.*?)```", readme, re.S)
    assert snippet, f"README has a runnable example under {section!r}"
    server = local_posthog_server
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", server.api_key)
    monkeypatch.setenv("POSTHOG_HOST", server.url)
    monkeypatch.setenv("POSTHOG_PROJECT_ID", str(server.project_id))
    monkeypatch.chdir(tmp_path)
    exec(compile(snippet.group(1), "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) >= 3
    if section == "Exporting events":
        rows = int(printed[0].split()[0])
        assert rows > 0
        assert len((tmp_path / "pageviews.csv").read_text().splitlines()) == rows + 1  # the header
