"""The README is what a newcomer reads first: its shortcuts and commands must be the real ones."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import build_parser
from desktop.ui.shortcuts import SHORTCUTS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_shortcut_is_in_the_readme():
    for shortcut in SHORTCUTS:
        for keys in shortcut.keys:
            assert f"`{keys}`" in README, keys


def test_every_command_is_in_the_readme():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name in commands:
        if name != "gui":
            assert f"`dalpak {name}" in README, name


def test_readme_opens_with_the_two_commands():
    head = README[: README.index("## A visit at the counter")]
    assert "bash scripts/demo.sh" in head and "bash scripts/test.sh" in head
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/test.sh" in ci


def test_every_case_number_in_the_readme_has_its_check_digit():
    import re

    from desktop.core.numbering import is_valid_case_number

    numbers = re.findall(r"\b[A-Z]{3}-\d{2}-\d{5}-\d\b", README)
    assert numbers
    assert [n for n in numbers if not is_valid_case_number(n)] == []
