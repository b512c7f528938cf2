"""The wrapper's import structure: no cycles, and every import points down the layers.

Layers, bottom to top: generated (``posthog_openapi``, ``posthog_models``) → core (plans, executors, errors,
config, retry, pacing, redaction, models) → resources → client → export / cli / testing. An import is an edge
wherever it sits (module level or inside a function), unless it is under ``if TYPE_CHECKING:`` (annotations
only, never executed). Read from the source with ``ast``: nothing is imported.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "wrapper"
PACKAGE = "posthog_rest"
LAYERS = ("core", "resources", "client", "top")
#: Module-name prefixes above the core; everything else in ``posthog_rest`` is core.
PREFIX_LAYERS = (
    ("posthog_rest.resources", "resources"),
    ("posthog_rest._client", "client"),
    ("posthog_rest.export", "top"),
    ("posthog_rest.cli", "top"),
    ("posthog_rest.testing", "top"),
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted((ROOT / PACKAGE).rglob("*.py"))}


def layer_of(module: str) -> str:
    for prefix, layer in PREFIX_LAYERS:
        if module == prefix or module.startswith((prefix + ".", prefix + "_")):
            return layer
    return "core"


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import under ``node``, skipping the bodies of ``if TYPE_CHECKING:`` (their ``else`` counts)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child):
            for other in child.orelse:
                yield from _imports_of(other)
            continue
        yield from _imports_of(child)


def _imports_of(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    yield from _imports(node)


def _known(name: str) -> str | None:
    """The wrapper module ``name`` refers to (a module, or the module defining an attribute), if any."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
            parts = package.split(".")
            anchor = ".".join(parts[: len(parts) - node.level + 1])
            base = f"{anchor}.{base}" if base else anchor
        # ``from pkg import sub`` imports the submodule; ``from mod import name`` the module itself
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
    for name in names:
        target = _known(name)
        if target is not None and target != module:
            yield target


@functools.cache
def import_graph() -> dict[str, set[str]]:
    """Module → the wrapper modules it imports at run time."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        graph[module] = {t for node in _imports(tree) for t in _targets(module, node)}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_walk_sees_the_package() -> None:
    graph = import_graph()
    assert {"posthog_rest._core", "posthog_rest._client", "posthog_rest.cli.app", "posthog_rest.testing._app"} <= set(
        graph
    )
    assert "posthog_rest._core" in graph["posthog_rest.resources._insight_reads"]
    assert "posthog_rest.resources.insights" in graph["posthog_rest._client"]


def test_a_cycle_is_detected() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down_the_layers(module: str) -> None:
    rank = LAYERS.index(layer_of(module))
    upward = sorted(t for t in import_graph()[module] if LAYERS.index(layer_of(t)) > rank)
    assert upward == [], f"{module} ({layer_of(module)}) imports a higher layer: {upward}"
