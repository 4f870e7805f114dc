"""The package's layers: every import points down the pipeline, and no module imports itself
back through another.

The layers, lowest first, are the ones docs/architecture.md draws. A module may import from
its own layer and from any layer below it, never from one above. The test reads the import
statements (it runs no module), so it also catches imports inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newsrecords"

# Lowest first. A name is a subpackage or a top-level module of newsrecords.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"_version", "exceptions", "models", "_record_sharing"}),
    frozenset({"lexicon"}),
    frozenset({"text"}),
    frozenset({"page"}),
    frozenset({"speakers"}),
    frozenset({"quotes", "actions"}),
    frozenset({"dedupe", "fingerprint", "merge"}),
    frozenset({"assemble", "parser", "batch", "_batch_items", "_batch_pool"}),
    frozenset(
        {
            *("__init__", "__main__", "cli", "cli_batch", "cli_dedupe", "cli_inputs"),
            *("summary", "samples", "strategies", "plover"),
            *("dask", "html", "formats"),
        }
    ),
)


def _unit(module: str) -> str:
    """The layer unit of a dotted module under newsrecords: its subpackage or its module."""
    return module.split(".")[0]


def _layer(unit: str) -> int:
    for depth, units in enumerate(LAYERS):
        if unit in units:
            return depth
    raise AssertionError(f"{unit!r} is in no layer: add it to LAYERS and docs/architecture.md")


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        found[".".join(parts)] = path
    return found


def _imports(module: str, path: Path) -> set[str]:
    """The newsrecords modules that ``module`` imports, as dotted names under the package."""
    package = module.split(".")[:-1]  # "quotes.extract" and "quotes.__init__" are in quotes
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                stem = [*base, *(node.module.split(".") if node.module else [])]
                if node.module:
                    targets.add(".".join(stem))
                else:
                    targets.update(".".join([*stem, alias.name]) for alias in node.names)
            elif node.module and node.module.startswith("newsrecords."):
                targets.add(node.module.removeprefix("newsrecords."))
        elif isinstance(node, ast.Import):
            targets.update(
                a.name.removeprefix("newsrecords.")
                for a in node.names
                if a.name.startswith("newsrecords.")
            )
    return {t for t in targets if t}


MODULES = _modules()


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down(module: str) -> None:
    here = _layer(_unit(module))
    for target in _imports(module, MODULES[module]):
        assert _layer(_unit(target)) <= here, f"{module} imports {target}, a layer above it"


def test_no_import_cycles() -> None:
    graph = {m: {t for t in _imports(m, p) if t in MODULES} for m, p in MODULES.items()}
    state: dict[str, int] = {}  # 1 on the path, 2 done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt) :], nxt] if nxt in path else [node, nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])


def test_import_loads_no_extractor() -> None:
    """``import newsrecords`` stays cheap: the parser's layers, the batch runner and the HTML
    reader load on first use."""
    import subprocess
    import sys

    code = (
        "import sys, newsrecords; "
        "print(sorted(m for m in sys.modules if m.startswith(('newsrecords.quotes', "
        "'newsrecords.speakers', 'newsrecords.actions', 'newsrecords.parser', "
        "'newsrecords.batch', 'newsrecords.html'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_public_name_resolves() -> None:
    import newsrecords

    for name in newsrecords.__all__:
        assert getattr(newsrecords, name) is not None, name
    assert set(newsrecords.__all__) <= set(dir(newsrecords))
    assert newsrecords.__all__ == sorted(newsrecords.__all__)
    with pytest.raises(AttributeError):
        _ = newsrecords.no_such_name
