"""The tree shows the design: data flows one way between the stages, the command line is the only
module that parses arguments, and no module grows past what a reader can hold."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "framing"
GROUND = {"types", "records", "errors", "version", "catalog", "explanations", "atomic", "_native"}
# stage -> the stages (besides the ground floor and itself) it may import from
ALLOWED = {
    "ingest": set(),
    "analysis": set(),
    "evaluation": {"ingest", "analysis"},
    "compare": {"analysis"},  # the comparison reads profiles; it computes no feature
    "render": {"compare"},  # render reads Profiles, Comparisons and the catalog, and computes nothing
    "review": {"ingest", "analysis"},  # the review reads profiles (and files, for positions); it renders nothing
    "learn": {"ingest", "analysis", "evaluation"},
    "corpus": {"ingest", "analysis", "compare", "render", "learn"},
    # the local web page: reads files, analyses, compares, renders, reviews and opens a batch store
    "serve": {"ingest", "analysis", "compare", "render", "review", "corpus", "learn"},
}
# modules run with `python -m` or as the console script: they may parse arguments and reach every stage
ENTRY_POINTS = {"cli", "bench", "train", "__main__", "__init__"}
MAX_LINES = 600


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _stage(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    return rel.parts[0]


def _imported_stages(path: Path) -> set[tuple[str, int]]:
    """(top-level part of framing imported, line) for every import in the module, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package_parts = path.relative_to(ROOT).with_suffix("").parts[:-1]  # ('framing', 'render')
    if path.name == "__init__.py":
        package_parts = path.relative_to(ROOT).parent.parts
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[:len(package_parts) - node.level + 1]
                target = (*base, *(node.module.split(".") if node.module else ()))
            else:
                target = tuple((node.module or "").split("."))
            if target[0] != "framing":
                continue
            if len(target) == 1:  # from framing import x / from . import x
                for alias in node.names:
                    found.add((alias.name, node.lineno))
            else:
                found.add((target[1], node.lineno))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "framing" and len(parts) > 1:
                    found.add((parts[1], node.lineno))
    return found


def test_every_stage_imports_only_from_the_stages_below_it():
    wrong = []
    for path in _modules():
        stage = _stage(path)
        if stage in ENTRY_POINTS:
            continue
        allowed = GROUND | {stage} | ALLOWED.get(stage, set())
        for target, line in _imported_stages(path):
            if target not in allowed:
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports framing.{target}")
    assert not wrong, "\n".join(wrong)


def test_the_ground_floor_and_the_stages_are_known():
    tops = {_stage(p) for p in _modules()}
    assert tops == GROUND | set(ALLOWED) | ENTRY_POINTS, "a module outside the layout (tests/test_layout.py)"


def test_only_entry_points_parse_arguments():
    for path in _modules():
        if _stage(path) in ENTRY_POINTS:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)) for a in n.names}
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert "argparse" not in names | modules, f"{path.relative_to(ROOT)} parses arguments"
        assert "Namespace" not in path.read_text(encoding="utf-8"), f"{path.relative_to(ROOT)} takes a Namespace"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_longer_than_a_reader_can_hold(path):
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert n <= MAX_LINES, f"{path.relative_to(ROOT)} has {n} lines"
