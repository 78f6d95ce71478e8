"""No module of checker/ binds one top-level name twice: the second binding silently replaces the first for every
use in the module (a pattern named like another one further up changed what an earlier rule matched)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).resolve().parent.parent / "checker").rglob("*.py"))


def _bound(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("module", MODULES, ids=lambda path: str(path.relative_to(path.parents[1])))
def test_each_top_level_name_is_bound_once(module: Path) -> None:
    twice = sorted(name for name, count in _bound(ast.parse(module.read_text(encoding="utf-8"))).items() if count > 1)
    assert twice == []


def test_the_check_sees_a_second_binding() -> None:
    assert _bound(ast.parse("A = 1\ndef f(): pass\nA = 2\n"))["A"] == 2
