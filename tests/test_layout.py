"""How the code is laid out: data flows one way (text -> numbers -> understand -> write and CLI), only the CLI
knows typer and rich, and the rooms stay small enough to read."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "statx"

# what each layer may import from statx, bottom up; a module may always import its own package
MAY_IMPORT = {
    "statx.lexicon": set(),
    "statx.text": {"statx.lexicon"},
    "statx.numbers": {"statx.lexicon", "statx.text"},
    "statx.dates": {"statx.lexicon", "statx.numbers"},
    "statx.understand": {"statx.lexicon", "statx.text", "statx.numbers", "statx.dates", "statx.facts", "statx.segment"},
}
ROOMS = ["statx/text.py", "statx/numbers", "statx/dates", "statx/understand"]


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _layer(module: str) -> str | None:
    return next((layer for layer in MAY_IMPORT if module == layer or module.startswith(layer + ".")), None)


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=[_module(p) for p in SOURCES])
def test_imports_point_one_way(path: Path) -> None:
    module = _module(path)
    layer = _layer(module)
    imported = {m for m in _imports(path) if m == "statx" or m.startswith("statx.")}
    if layer is not None:
        wrong = sorted(m for m in imported if _layer(m) != layer and not any(m.startswith(a) for a in MAY_IMPORT[layer]))
        assert wrong == [], f"{module} imports {wrong}, which are above it"
    if module != "statx.cli" and not module.startswith("statx.cli."):
        assert not {m.split(".")[0] for m in _imports(path)} & {"typer", "rich"}, f"{module} imports typer or rich"


def _room_files() -> list[Path]:
    return sorted(p for room in ROOMS for p in ([ROOT / room] if room.endswith(".py") else (ROOT / room).glob("*.py")))


@pytest.mark.parametrize("path", _room_files(), ids=[_module(p) for p in _room_files()])
def test_rooms_are_small_enough_to_read(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") <= 600
    long = [
        (node.name, node.end_lineno - node.body[0].lineno + 1)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (node.end_lineno or 0) - node.body[0].lineno + 1 > 80
    ]
    assert long == [], f"functions over 80 lines in {path.name}: {long}"
