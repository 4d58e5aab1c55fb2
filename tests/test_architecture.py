"""House rules that code review alone would miss."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"
DOMAIN = (
    "models",
    "receipts",
    "core",
    "counter",
    "followthrough",
    "extras",
    "lobby",
    "supervision",
    "sync",
    "station",
    "cli",
    "migrations",
)


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("folder", DOMAIN)
def test_domain_never_imports_qt(folder):
    for path in (PACKAGE / folder).rglob("*.py"):
        qt = {name for name in imports_of(path) if name.split(".")[0] in {"PySide6", "qt_material"}}
        assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}"


def test_models_and_receipts_stand_alone():
    for folder in ("models", "receipts"):
        for path in (PACKAGE / folder).rglob("*.py"):
            other = {
                n
                for n in imports_of(path)
                if n.startswith("desktop.")
                and not n.startswith(f"desktop.{folder}")
                and n != "desktop.phrases"
            }
            assert not other, f"{path.relative_to(PACKAGE)} imports {other}"


def test_ui_builds_no_sql():
    for path in (PACKAGE / "ui").rglob("*.py"):
        sql = {
            n for n in imports_of(path) if n.split(".")[0] == "sqlalchemy" and n != "sqlalchemy.orm"
        }
        assert not sql or path.name == "context.py", f"{path.name} imports {sql}"
        text = path.read_text(encoding="utf-8")
        assert "select(" not in text and "session.execute" not in text, path.name


# The layers, lowest first: a package may import its own layer and those below it, never above.
LAYERS = [
    {"phrases"},  # what the services say, in the user's language: imports nothing of Dalpak
    {"models"},
    {"receipts"},
    {"core"},
    {"counter"},
    {"followthrough", "extras", "lobby"},
    {"supervision", "sync"},
    {"appliers", "station"},
    {"ui"},
    {"cli"},
    {"__main__"},  # the `dalpak` command: starts the command line
]
LEVEL = {name: n for n, layer in enumerate(LAYERS) for name in layer}
# Lines as ruff formats them (it spreads long calls and queries over many lines): the modules
# were under 500 lines before formatting; the largest now is the figures' SQL, at 682.
MODULE_LINE_LIMIT = 700


def _top(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "desktop" and len(parts) > 1 else None


def _package_imports() -> dict[str, dict[str, set[str]]]:
    """For each top package, the other top packages each of its modules imports."""
    found: dict[str, dict[str, set[str]]] = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        top = rel.parts[0].removesuffix(".py")
        if top in {"__init__", "migrations", "resources"}:
            continue
        others = {t for t in map(_top, imports_of(path)) if t and t != top}
        found.setdefault(top, {})[str(rel)] = others
    return found


def test_every_package_has_a_layer():
    assert set(_package_imports()) <= set(LEVEL), set(_package_imports()) - set(LEVEL)


def test_arrows_point_down_only():
    """ui/cli -> station -> capabilities -> core -> models: nothing imports a layer above it
    (so no package circle is possible), and capabilities of one layer stay apart."""
    upward = []
    for top, modules in _package_imports().items():
        for module, others in modules.items():
            for other in others:
                if other in {"migrations", "resources"}:
                    continue
                if LEVEL[other] > LEVEL[top] or (LEVEL[other] == LEVEL[top] and other != top):
                    upward.append(f"{module} -> {other}")
    assert not upward, upward


def test_no_import_circle_between_modules():
    """Module-level imports (not those inside functions) form no circle."""
    modules: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(("desktop", *path.relative_to(PACKAGE).with_suffix("").parts))
        name = name.removesuffix(".__init__")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        deps: set[str] = set()
        for node in tree.body:
            if isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                deps.add(node.module)
                deps.update(f"{node.module}.{a.name}" for a in node.names)
        modules[name] = {d for d in deps if d.startswith("desktop.")}
    for name in modules:
        modules[name] = {d for d in modules[name] if d in modules and d != name}

    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for dep in modules[node]:
            if state.get(dep) == 1:
                raise AssertionError(
                    "import circle: " + " -> ".join(stack[stack.index(dep) :] + [dep])
                )
            if dep not in state:
                visit(dep)
        stack.pop()
        state[node] = 2

    for name in sorted(modules):
        if name not in state:
            visit(name)


def test_migrations_are_self_contained():
    """A migration never imports service code: it must run the same years later. (Alembic's
    env.py reads the models' metadata; the migrations themselves import nothing of Dalpak.)"""
    for path in (PACKAGE / "migrations").rglob("*.py"):
        allowed = ("desktop.migrations", "desktop.models") if path.name == "env.py" else ()
        bad = {
            n
            for n in imports_of(path)
            if n.startswith("desktop.") and not n.startswith(allowed or "desktop.migrations")
        }
        assert not bad, f"{path.name} imports {bad}"


def test_modules_stay_readable_in_one_sitting():
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if "migrations" not in p.parts
        and (n := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_LINE_LIMIT
    }
    assert not long, long
