"""The integration's modules import each other without cycles (TYPE_CHECKING and function-level imports included)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "custom_components" / "llm_router"
PACKAGE = "llm_router"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str) -> bool:
    relative = Path(*name.split(".")[1:])
    return (PACKAGE_DIR / relative).with_suffix(".py").is_file() or (
        PACKAGE_DIR / relative / "__init__.py"
    ).is_file()


def _targets(node: ast.ImportFrom, importer: str, is_package: bool) -> list[str]:
    """The package modules one `from ... import ...` statement loads."""
    if node.level == 0:
        if not (node.module or "").startswith(f"custom_components.{PACKAGE}"):
            return []
        base = (node.module or "").removeprefix("custom_components.")
    else:
        anchor = importer.split(".")
        drop = node.level - 1 if is_package else node.level
        anchor = anchor[: len(anchor) - drop]
        base = ".".join([*anchor, *([node.module] if node.module else [])])
    submodules = [f"{base}.{alias.name}" for alias in node.names]
    found = [name for name in submodules if _is_module(name)]
    return found or [base]


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports anywhere in its body."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE_DIR.rglob("*.py"):
        importer = _module_name(path)
        edges = graph.setdefault(importer, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                edges.update(_targets(node, importer, path.name == "__init__.py"))
            elif isinstance(node, ast.Import):
                edges.update(
                    alias.name.removeprefix("custom_components.")
                    for alias in node.names
                    if alias.name.startswith(f"custom_components.{PACKAGE}")
                )
        edges.discard(importer)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path of module names, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        stack.append(module)
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state and (cycle := visit(module)):
            return cycle
    return None


def test_no_import_cycle() -> None:
    graph = import_graph()
    assert (
        f"{PACKAGE}.agent" in graph[f"{PACKAGE}.conversation"]
    )  # the walk sees real edges
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_cycle_finder_reports_a_type_checking_loop() -> None:
    """A loop closed only under TYPE_CHECKING is still a loop."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
