"""Refresh the catalogues after changing texts: every tr() text of desktop/ui, and every text
the services pass to phrase()/phrase_later() (context "services", desktop/phrases.py), goes into
resources/translations/dalpak_XX.ts. Kept translations stay, new texts come in marked
unfinished; a screen text no longer used is marked obsolete, a services' text no longer used
is dropped. Translate the unfinished ones (Qt Linguist, any editor, or --fill), then
scripts/build_translations.py compiles them.

Usage: python scripts/update_translations.py [--fill TABLE.json] [--missing]
  --fill TABLE.json  take translations of services' texts from a table
                     {"Hebrew text": {"ar": "...", "en": "..."}} (kept ones are replaced)
  --missing          print the services' texts still untranslated, as such a table to fill
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
CONTEXT = "services"
SAYING = {"phrase", "phrase_later"}


def services_texts(folder: Path = ROOT / "desktop") -> list[str]:
    """Every literal text passed to phrase() or phrase_later(), or written as a label in a
    Labels({...}) table, in the code; sorted."""
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            first = node.args[0]
            if name in SAYING and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
            elif name == "Labels" and isinstance(first, ast.Dict):
                found.update(
                    v.value
                    for v in first.values
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)
                )
    return sorted(found)


def _language(tree: ET.ElementTree) -> str:
    return tree.getroot().get("language", "")


def merge_services(path: Path, texts: list[str], table: dict[str, dict[str, str]]) -> list[str]:
    """Rewrite the services' context of one catalogue; returns the texts left unfinished."""
    tree = ET.parse(path)
    root = tree.getroot()
    language = _language(tree)
    kept: dict[str, str] = {}
    for context in root.findall("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.findall("message"):
                done = message.find("translation")
                if done is not None and done.text and done.get("type") != "unfinished":
                    kept[message.findtext("source") or ""] = done.text
            root.remove(context)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    unfinished = []
    for text in texts:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        value = table.get(text, {}).get(language) or kept.get(text)
        if value:
            translation.text = value
        else:
            translation.set("type", "unfinished")
            unfinished.append(text)
    _write(path, root)
    return unfinished


def _quotes(match: re.Match[str]) -> str:
    """Quotes in a text escaped as lupdate writes them, so the files change only where meant."""
    return ">" + match.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<"


def _write(path: Path, root: ET.Element) -> None:
    """The layout lupdate writes: contexts at the margin, four spaces a level."""
    head = " ".join(f'{key}="{value}"' for key, value in root.attrib.items())
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', f"<TS {head}>\n"]
    for context in root:
        ET.indent(context, space="    ")
        text = ET.tostring(context, encoding="unicode").rstrip()
        parts.append(re.sub(r">([^<]*)<", _quotes, text) + "\n")
    parts.append("</TS>\n")
    path.write_text("".join(parts), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path)
    parser.add_argument("--missing", action="store_true")
    args = parser.parse_args(argv)
    table = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    tool = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    texts = services_texts()
    missing: dict[str, dict[str, str]] = {}
    for catalogue in sorted(FOLDER.glob("dalpak_*.ts")):
        done = subprocess.run(
            [str(tool), "-silent", "-locations", "none", *sources, "-ts", str(catalogue)],
            cwd=ROOT,
            check=False,
        )
        if done.returncode:
            sys.stderr.write(f"could not update {catalogue.name}\n")
            return 1
        language = _language(ET.parse(catalogue))
        for text in merge_services(catalogue, texts, table):
            missing.setdefault(text, {})[language] = ""
    if args.missing:
        json.dump(missing, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif missing:
        sys.stderr.write(f"{len(missing)} services' texts untranslated (--missing lists them)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
