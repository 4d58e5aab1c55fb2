"""The services speak the user's language: every Hebrew message and label outside the screens
goes through desktop/phrases.py into the same catalogues as the screens' texts (issue 17,
part 3), and comes out in Arabic or English when the user chose it."""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import phrases

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"
CATALOGUES = ROOT / "resources" / "translations"
HEBREW = re.compile(r"[\u0590-\u05FF]")
SAYING = {"phrase", "phrase_later"}

# Hebrew that is data, not a message to the user, and why. Everything else says its text
# through phrase()/phrase_later()/Labels, is a word matched in input (a dict's key, or in
# matched(...)), or ends its line with "# data: <why>".
DATA = {
    "ui": "the screens: tr() and the catalogues, checked by tests/ui/test_language.py",
    "receipts/wording.py": "what residents read, per resident's language (its own tables)",
    "station/demo.py": "the demo council's residents, streets and cases",
    "core/textsearch.py": "Hebrew letters and spellings matched by the search",
}


def _exempt(path: Path) -> bool:
    rel = path.relative_to(DESKTOP).as_posix()
    return any(rel == key or rel.startswith(key + "/") for key in DATA)


def unsaid_texts(path: Path) -> list[str]:
    """Hebrew literals of one module that no phrase()/phrase_later() takes as its text, with
    f-strings (their Hebrew cannot be looked up in a catalogue) and docstrings apart."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    parent = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            if any(
                isinstance(v, ast.Constant) and HEBREW.search(str(v.value)) for v in node.values
            ):
                found.append(f"{path.relative_to(DESKTOP)}:{node.lineno}: f-string")
            continue
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        up = parent.get(node)
        if not HEBREW.search(node.value) or isinstance(up, (ast.Expr, ast.JoinedStr)):
            continue  # no Hebrew, a docstring, or part of an f-string (reported above)
        if "# data: " in lines[node.lineno - 1]:
            continue
        if (
            isinstance(up, ast.Call)
            and up.args
            and up.args[0] is node
            and getattr(up.func, "id", getattr(up.func, "attr", "")) in SAYING
        ):
            continue
        if isinstance(up, ast.Dict) and node in up.keys:
            continue  # a word looked up in what people type or import (its value is the code)
        if isinstance(up, ast.Call) and getattr(up.func, "id", "") == "matched":
            continue  # words recognised as written (desktop.phrases.matched), never said
        if (
            isinstance(up, ast.Dict)
            and node in up.values
            and isinstance(parent.get(up), ast.Call)
            and getattr(parent[up].func, "id", "") == "Labels"
        ):
            continue  # a label of a Labels({...}) table, said when looked up
        found.append(f"{path.relative_to(DESKTOP)}:{node.lineno}: {node.value[:50]!r}")
    return found


PARTS = sorted(
    p.name for p in DESKTOP.iterdir() if p.suffix == ".py" or (p / "__init__.py").is_file()
)


@pytest.mark.parametrize("part", PARTS)
def test_every_message_of_the_services_goes_through_the_catalogue(part):
    modules = sorted(p for p in (DESKTOP / part).parent.glob(f"{part}/**/*.py")) or [DESKTOP / part]
    found = [text for path in modules if not _exempt(path) for text in unsaid_texts(path)]
    assert not found, f"{len(found)} Hebrew texts bypass phrase():\n" + "\n".join(found)


def test_the_check_finds_what_bypasses_it(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text(
        'A = "שלום"\n'
        'B = phrase("שלום")\n'
        'C = f"שלום {A}"\n'
        'D = phrase_later("שלום")\n'
        'E = "שלום"  # data: a word the search matches\n'
        'F = phrase(f"שלום {A}")\n'
        'G = phrase("x", "שלום")\n'
        'H = Labels({"a": "שלום"})\n'
        'I = {"a": "שלום"}\n'
        'J = {"שלום": "a"}\n'
        'K = matched("שלום", "ת.ז.")\n',
        "utf-8",
    )
    found = [line.split(":")[1] for line in _relative_free(unsaid_texts, planted)]
    assert found == ["1", "3", "6", "7", "9"]


def _relative_free(check, path: Path) -> list[str]:
    """Runs the check on a file outside desktop/ (its report names the file alone)."""
    original = DESKTOP
    try:
        globals()["DESKTOP"] = path.parent
        return check(path)
    finally:
        globals()["DESKTOP"] = original


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _services_context(language: str) -> dict[str, str | None]:
    tree = ET.parse(CATALOGUES / f"dalpak_{language}.ts")
    found: dict[str, str | None] = {}
    for context in tree.getroot().findall("context"):
        if context.findtext("name") != phrases.CONTEXT:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            found[message.findtext("source") or ""] = translation.text if done else None
    return found


PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:[:!][^}]*)?\}")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_text_of_the_services_is_translated(language):
    """Every text the code says is in the catalogue, translated, with the same placeholders,
    and without Hebrew letters left in it."""
    texts = _load_script().services_texts(DESKTOP)
    assert len(texts) > 700  # the services really say their texts through the catalogue
    catalogue = _services_context(language)
    missing = [t for t in texts if t not in catalogue]
    assert not missing, f"{len(missing)} not in dalpak_{language}.ts (run update_translations)"
    wrong = []
    for text in texts:
        done = catalogue[text]
        if not done:
            wrong.append(f"untranslated: {text}")
        elif sorted(PLACEHOLDER.findall(done)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"placeholders differ: {text} -> {done}")
        elif HEBREW.search(done):
            wrong.append(f"Hebrew left: {done}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_service_refuses_in_the_users_language(english, code, session):
    """A real service's refusal (a wrong login), raised while the command line speaks Arabic
    or English, then Hebrew again."""
    from desktop.core.errors import InvalidLogin
    from desktop.core.users import authenticate

    assert english.console(code) == code
    with pytest.raises(InvalidLogin) as refused:
        authenticate(session, "nobody", "wrong password")
    assert refused.value.message and not HEBREW.search(refused.value.message)
    english.console("he")
    with pytest.raises(InvalidLogin) as again:
        authenticate(session, "nobody", "wrong password")
    assert again.value.message.startswith("שם המשתמש או הסיסמה שגויים.")


def test_labels_are_said_when_read(english):
    from desktop.core.users import ROLE_LABELS, Role

    english.console("en")
    assert (phrases.language(), phrases.right_to_left()) == ("en", False)
    assert ROLE_LABELS[Role.CLERK] == "Reception clerk"
    assert dict(ROLE_LABELS.items())[Role.ADMIN] == "System administrator"
    assert ROLE_LABELS.get("no such role", "-") == "-"
    english.console("ar")
    assert (phrases.language(), phrases.right_to_left()) == ("ar", True)
    english.console("he")
    assert (phrases.language(), phrases.right_to_left()) == ("he", True)
    assert ROLE_LABELS[Role.CLERK] == "פקיד/ת קבלה"
