"""No `Any` in the public types of `router/` and `backends/`: signatures, dataclass fields, attributes, constants."""

from __future__ import annotations

import ast
from pathlib import Path
import re

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "custom_components" / "llm_router"
TYPED_LAYERS = ("router", "backends")
_ANY_IN_TEXT = re.compile(r"\bAny\b")


def _is_public(name: str) -> bool:
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


def _mentions_any(node: ast.expr | None) -> bool:
    """Whether a type expression (a quoted one included) names typing.Any."""
    return node is not None and any(
        (isinstance(part, ast.Name) and part.id == "Any")
        or (isinstance(part, ast.Attribute) and part.attr == "Any")
        or (
            isinstance(part, ast.Constant)
            and isinstance(part.value, str)
            and bool(_ANY_IN_TEXT.search(part.value))
        )
        for part in ast.walk(node)
    )


def _function_any(
    function: ast.FunctionDef | ast.AsyncFunctionDef, where: str, in_class: bool
) -> list[str]:
    arguments = function.args
    parameters = [
        *arguments.posonlyargs,
        *arguments.args,
        *arguments.kwonlyargs,
        *filter(None, (arguments.vararg, arguments.kwarg)),
    ]
    found = [
        f"{where}({parameter.arg})"
        for parameter in parameters
        if _mentions_any(parameter.annotation)
    ]
    if _mentions_any(function.returns):
        found.append(f"{where} -> return")
    if in_class:  # attributes annotated in a method: `self.name: Any = ...`
        found += [
            f"{where}: self.{node.target.attr}"
            for node in ast.walk(function)
            if isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Attribute)
            and isinstance(node.target.value, ast.Name)
            and node.target.value.id == "self"
            and _is_public(node.target.attr)
            and _mentions_any(node.annotation)
        ]
    return found


def _body_any(body: list[ast.stmt], prefix: str, in_class: bool) -> list[str]:
    found: list[str] = []
    for node in body:
        match node:
            case ast.FunctionDef() | ast.AsyncFunctionDef() if _is_public(node.name):
                found += _function_any(node, prefix + node.name, in_class)
            case ast.ClassDef() if _is_public(node.name):
                if any(_mentions_any(base) for base in node.bases):
                    found.append(f"{prefix}{node.name} (bases)")
                found += _body_any(node.body, f"{prefix}{node.name}.", in_class=True)
            case ast.AnnAssign(target=ast.Name(id=name)) if _is_public(name):
                if _mentions_any(node.annotation):
                    found.append(prefix + name)
            case ast.Assign(targets=[ast.Name(id=name)]) if _is_public(name):
                if _mentions_any(
                    node.value
                ):  # an alias such as `Body = dict[str, Any]`
                    found.append(prefix + name)
            case ast.TypeAlias(name=ast.Name(id=name)) if _is_public(name):
                if _mentions_any(node.value):
                    found.append(prefix + name)
            case ast.If():  # `if TYPE_CHECKING:` blocks
                found += _body_any(node.body + node.orelse, prefix, in_class)
    return found


def public_any(source: str) -> list[str]:
    """The public names of a module whose types use Any."""
    return _body_any(ast.parse(source).body, "", in_class=False)


def test_router_and_backends_have_no_any_in_public_types() -> None:
    found = [
        f"{path.relative_to(PACKAGE_DIR)}: {name}"
        for layer in TYPED_LAYERS
        for path in sorted((PACKAGE_DIR / layer).rglob("*.py"))
        for name in public_any(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_walk_finds_any_in_each_kind_of_public_type() -> None:
    source = """
from typing import Any
import typing

PUBLIC: dict[str, Any] = {}
_PRIVATE: dict[str, Any] = {}
Alias = list[Any]
type Json = dict[str, typing.Any]

def run(value: "Any", *rest: int, **options: Any) -> list[Any]: ...
def _helper(value: Any) -> Any: ...

class Spec:
    arguments: dict[str, Any]
    _cache: Any
    def __init__(self, raw: object) -> None:
        self.raw: Any = raw
        self._seen: Any = None
    def read(self) -> Any: ...
    def _private(self, value: Any) -> None: ...

class _Hidden:
    field: Any
"""
    assert public_any(source) == [
        "PUBLIC",
        "Alias",
        "Json",
        "run(value)",
        "run(options)",
        "run -> return",
        "Spec.arguments",
        "Spec.__init__: self.raw",
        "Spec.read -> return",
    ]
    assert public_any("def run(value: object) -> dict[str, int]: ...") == []
