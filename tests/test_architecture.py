"""The house: imports point only down the layers, no cycles, small modules, no mixins.

Read from the source (AST), so a lazy import inside a function counts as much as one at the
top of a module. Imports only for type checkers (``if TYPE_CHECKING:``) may point anywhere
in their own layer but, like every other import, never up.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "reader"

LAYERS = (
    "core",  # errors, the sanitiser, paths, lazy re-exports
    "sources",  # files, stdin, the web → RawDocument
    "article",  # the model, search, dumps
    "clean",  # html/, text/, markdown, meta/ → Extracted
    "people",  # names, roles, quotations
    "engine",  # source → clean → people → Article
    "store",  # SQLite library and bookmarks; loaders come in as arguments
    "feeds",  # feedparser, JSON Feed, refresh over httpx's async client; tables in store
    "cli",  # argument parsing; the app is handed in
    "ui",  # Textual: app, commands, config, widgets/, screens/, jobs/
    "__main__",  # the entry point: the CLI with the app plugged in
)
MAX_LINES = 600


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(root: Path = PACKAGE) -> dict[str, Path]:
    return {_module_name(path, root): path for path in sorted(root.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(module: str, path: Path) -> Iterator[tuple[str, bool]]:
    """(imported reader module, only for type checkers) for every import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.body:
                typing_only.update(id(n) for n in ast.walk(child))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "reader":
                    yield alias.name, id(node) in typing_only
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            if name.split(".")[0] != "reader":
                continue
            for alias in node.names:  # `from reader.clean import meta`: the module meta
                yield f"{name}.{alias.name}", id(node) in typing_only


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _layer(module: str) -> int:
    parts = module.split(".")
    if len(parts) == 1:  # the package itself: only __version__
        return 0
    return LAYERS.index(parts[1])


def _graph(*, runtime_only: bool, root: Path = PACKAGE) -> dict[str, set[str]]:
    modules = _modules(root)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for module, path in modules.items():
        for name, typing_only in _imports(module, path):
            target = _resolve(name, modules)
            if target and target != module and not (runtime_only and typing_only):
                graph[module].add(target)
    return graph


def test_every_package_is_a_layer() -> None:
    for module in _modules():
        parts = module.split(".")
        assert len(parts) == 1 or parts[1] in LAYERS, f"{module} is in no layer"


def _upward_imports(root: Path = PACKAGE) -> list[str]:
    return [
        f"{module} ({LAYERS[_layer(module)]}) imports {target} ({LAYERS[_layer(target)]})"
        for module, targets in _graph(runtime_only=False, root=root).items()
        for target in targets
        if _layer(target) > _layer(module)
    ]


def test_imports_only_point_down_the_layers() -> None:
    assert _upward_imports() == []


def test_no_import_cycles() -> None:
    graph = _graph(runtime_only=True)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    assert cycles == []


def test_the_engine_never_imports_textual() -> None:
    engine = [m for m in _modules() if _layer(m) < LAYERS.index("ui")]
    offenders = []
    for module in engine:
        tree = ast.parse(_modules()[module].read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            offenders += [f"{module}: {n}" for n in names if n.split(".")[0] == "textual"]
    assert offenders == []


@pytest.mark.parametrize("module", sorted(_modules()))
def test_no_module_is_over_the_size_limit(module: str) -> None:
    lines = len(_modules()[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module}: {lines} lines"


def _rebound_names(source: str) -> list[str]:
    """Module-level names bound twice, where the second binding does not build on the first
    (``_NAV = _NAV | {...}`` does): the second silently replaces the first for every use."""
    bound: set[str] = set()
    rebound = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        used = {name.id for name in ast.walk(value) if isinstance(name, ast.Name)}
        for target in targets:
            if isinstance(target, ast.Name) and target.id != "__all__":
                if target.id in bound and target.id not in used:
                    rebound.append(target.id)
                bound.add(target.id)
    return rebound


def test_no_module_level_name_is_bound_twice() -> None:
    """A constant defined again further down a module (two ``_INLINE`` sets, two
    ``_GLUED_BY`` patterns) changes what the code above it reads: each name is bound once."""
    offenders = [
        f"{module}: {name}"
        for module, path in _modules().items()
        for name in _rebound_names(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_a_planted_rebinding_is_caught() -> None:
    source = "_INLINE = {'a', 'sub'}\n_NAV = {'home'}\n_NAV = _NAV | {'menu'}\n_INLINE = {'a'}\n"
    assert _rebound_names(source) == ["_INLINE"]


def test_no_mixins_and_no_untyped_app_lookups() -> None:
    found = []
    for module, path in _modules().items():
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        found += [
            f"{module}: class {node.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef) and node.name.endswith("Mixin")
        ]
        if "getattr(self.app" in source:
            found.append(f"{module}: getattr(self.app, ...)")
    assert found == []


def test_packages_name_their_public_api() -> None:
    missing = [
        module
        for module, path in _modules().items()
        if path.name == "__init__.py"
        and module.count(".") == 1
        and module.split(".")[1] not in ("ui",)
        and "__all__" not in path.read_text(encoding="utf-8")
    ]
    assert missing == []


def test_a_planted_upward_import_is_caught(tmp_path: Path) -> None:
    """The checker itself can fail: a store module importing the UI is reported."""
    fake = tmp_path / "reader"
    for path in PACKAGE.rglob("*.py"):
        target = fake / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert _upward_imports(fake) == []
    (fake / "store" / "planted.py").write_text("from reader.ui.app import ReaderApp\n")
    assert _upward_imports(fake) == ["reader.store.planted (store) imports reader.ui.app (ui)"]
