"""House rules that code review alone would miss."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"
DOMAIN = ("models", "services", "receipts", "sync")


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


def test_models_do_not_import_services_and_receipts_stand_alone():
    for path in (PACKAGE / "models").rglob("*.py"):
        assert not any(n.startswith(("desktop.services", "desktop.ui")) for n in imports_of(path)), path
    for path in (PACKAGE / "receipts").rglob("*.py"):
        assert not any(n.startswith(("desktop.services", "desktop.models", "desktop.ui"))
                       for n in imports_of(path)), path


def test_ui_builds_no_sql():
    for path in (PACKAGE / "ui").rglob("*.py"):
        sql = {n for n in imports_of(path) if n.split(".")[0] == "sqlalchemy" and n != "sqlalchemy.orm"}
        assert not sql or path.name == "context.py", f"{path.name} imports {sql}"
        text = path.read_text(encoding="utf-8")
        assert "select(" not in text and "session.execute" not in text, path.name
