"""The shipped catalogue reaches every resident in their language: every entry a resident may
read (council, departments, request types, knowledge entries, proactive letters) ships with
an Arabic, Russian and English translation of every translatable field, none empty, each
keeping the numbers, phone numbers, amounts, addresses on the web and placeholders of its
Hebrew; the supervisor's list of what is missing is empty for a station as set up."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from desktop.core.oplog import Actor, record
from desktop.core.users import Role, create_user
from desktop.counter.cases import get_case
from desktop.counter.knowledge import answer_sheet, search_knowledge
from desktop.counter.receipt_data import receipt_data, receipt_pdf
from desktop.counter.translations import (
    SUBJECTS,
    TARGETS,
    entity_id,
    missing_translations,
    originals,
    save_translation,
    seed_translations,
    shipped_translations,
    translation_entries,
    translator,
)
from desktop.models import Translation
from tests.counter.test_translations import case_for, plain

OUT = Path(__file__).resolve().parents[2] / "out" / "receipts"

# What must come through a translation unchanged: runs of digits (phone numbers, amounts,
# dates, section numbers, form numbers), web and e-mail addresses, and {placeholders}.
DIGITS = re.compile(r"[0-9]+")
KEPT = re.compile(
    r"\{[a-z_]+\}|[A-Za-z0-9][A-Za-z0-9._-]*@[A-Za-z0-9.-]+\.[a-z]{2,}|www\.[A-Za-z0-9.-]+\.[a-z]{2,}"
    r"|https?://[A-Za-z0-9./_-]+"
)
HEBREW = re.compile(r"[\u0590-\u05ff]")


def kept(text: str) -> Counter:
    """The digit runs and verbatim tokens of a text, as a multiset (word order may change)."""
    return Counter(DIGITS.findall(text)) + Counter(KEPT.findall(text))


def problems(hebrew: Any, translated: Any, language: str) -> list[str]:
    """What is wrong with one field's translation (an empty list when nothing is)."""
    if isinstance(hebrew, list):
        if not isinstance(translated, list) or len(translated) != len(hebrew):
            return [f"{len(hebrew)} lines wanted, got {translated!r}"]
        out = []
        for n, (h, t) in enumerate(zip(hebrew, translated, strict=True)):
            out += [f"line {n + 1}: {p}" for p in problems(h, t, language)]
        return out
    if not isinstance(translated, str) or not translated.strip():
        return ["empty"]
    out = []
    if kept(hebrew) != kept(translated):
        lost = kept(hebrew) - kept(translated)
        added = kept(translated) - kept(hebrew)
        out.append(f"numbers/addresses differ: lost {dict(lost)}, added {dict(added)}")
    if language in ("ru", "en") and HEBREW.search(translated):
        out.append("Hebrew letters left in a left-to-right translation")
    if language == "ar" and not re.search(r"[\u0600-\u06ff]", translated):
        out.append("no Arabic in the Arabic translation")
    if language == "ru" and not re.search(r"[\u0400-\u04ff]", translated):
        out.append("no Cyrillic in the Russian translation")
    return out


def shipped_problems(entries, shipped) -> list[str]:
    out = []
    for original in entries:
        by_language = shipped.get(original.subject, {}).get(original.code, {})
        for language in TARGETS:
            fields = by_language.get(language, {})
            for name, hebrew in original.fields.items():
                if not hebrew:
                    continue
                where = f"{original.subject} {original.code or '(council)'} {language} {name}"
                if name not in fields:
                    out.append(f"{where}: missing")
                    continue
                out += [f"{where}: {p}" for p in problems(hebrew, fields[name], language)]
    return out


def test_the_check_finds_what_a_translation_lost() -> None:
    """The checks below can fail: a lost phone number, amount or line, an empty field."""
    assert problems("התקשרו 04-6628200", "Call 04-6628200", "en") == []
    assert problems("התקשרו 04-6628200", "Call 04-662820", "en")
    assert problems("תשלום 120 ₪", "Payment of ₪ 12", "en")
    assert problems("ראו www.glt.org.il", "See the website", "en")
    assert problems("כתבו ל-sviva@glt.org.il", "Write to sviva@glt.org.il", "en") == []
    assert problems("כתבו ל-sviva@glt.org.il", "Write to sviva@glt.org", "en")
    assert problems("שם", "  ", "ru") == ["empty"]
    assert problems(["א", "ב"], ["a"], "en")
    assert problems(["טופס 4"], ["Form 4"], "en") == []
    assert problems("כפר כמא", "כפר כמא", "en")
    assert problems("תוך 60 יום", "خلال 60 يوما", "ar") == []


def test_every_shipped_entry_ships_translated_in_every_language(sessions, seeded) -> None:
    """Council, departments, request types, knowledge entries and proactive letters, as a
    station is set up (resources/council.json, knowledge.json, eligibility.json)."""
    with sessions() as s:
        entries = originals(s)
    subjects = Counter(o.subject for o in entries)
    assert set(subjects) == set(SUBJECTS)
    assert subjects["request_type"] >= 43 and subjects["knowledge"] >= 33
    found = shipped_problems(entries, shipped_translations())
    assert not found, f"{len(found)} problems:\n" + "\n".join(found[:40])


def test_a_removed_translation_is_found() -> None:
    """The check above fails when a language, a field or a number is taken away."""

    class Entry:
        subject, code, fields = "council", "", {"name": "מועצה", "address": "צומת 1"}

    ok = {
        "ar": {"name": "مجلس", "address": "مفترق 1"},
        "ru": {"name": "Совет", "address": "Перекрёсток 1"},
        "en": {"name": "Council", "address": "Junction 1"},
    }
    assert shipped_problems([Entry], {"council": {"": ok}}) == []
    without_ru = {k: v for k, v in ok.items() if k != "ru"}
    assert shipped_problems([Entry], {"council": {"": without_ru}}) == [
        "council (council) ru name: missing",
        "council (council) ru address: missing",
    ]
    lost = dict(ok, en={"name": "Council", "address": "Junction"})
    assert len(shipped_problems([Entry], {"council": {"": lost}})) == 1


def test_the_same_hebrew_line_reads_the_same_in_every_entry() -> None:
    """A request type's lines are printed by their Hebrew text (Translator.text): a document
    shared by two request types must be translated the same way in both."""
    seen: dict[tuple[str, str], dict[str, str]] = {}
    council = json.loads(
        (resources.files("desktop.resources") / "council.json").read_text(encoding="utf-8")
    )
    hebrew = {rt["code"]: rt for rt in council["request_types"]}
    clashes = []
    for code, by_language in shipped_translations()["request_type"].items():
        for language, fields in by_language.items():
            for name in ("steps", "documents"):
                for h, t in zip(hebrew[code][name], fields.get(name, []), strict=False):
                    first = seen.setdefault((language, h), {"text": t, "code": code})
                    if first["text"] != t:
                        clashes.append(f"{language} {h!r}: {first['code']} and {code} differ")
    assert not clashes, "\n".join(clashes)


@pytest.mark.parametrize("language", TARGETS)
def test_the_supervisor_sees_nothing_missing_on_a_new_station(sessions, seeded, language) -> None:
    """The supervisors' list of what to translate is empty, and nothing a resident reads from
    the catalogue falls back to Hebrew."""
    with sessions() as s:
        assert missing_translations(s, language) == []
        entries = translation_entries(s, language)
        words = translator(s, language)
        for original in originals(s, ("request_type", "department")):
            words.text(original.fields["name"])
            if original.subject == "request_type":
                words.lines(original.fields["steps"])
                words.lines(original.fields["documents"])
        for original in originals(s, ("knowledge", "rule", "council")):
            for name, hebrew in original.fields.items():
                words.entry(original.subject, original.code, name, hebrew)
    assert [e.code for e in entries if e.missing] == []
    assert len(entries) >= 1 + 7 + 43 + 33 + 3
    assert words.untranslated == []


# Request types with long next steps, a law's name and section, emergency numbers, no
# documents at all, and many documents: rendered for a reader of each language to look at.
SHOWN = ("REV-10", "WEL-04", "ENG-03", "SEC-05")


@pytest.mark.parametrize("language", TARGETS)
def test_receipts_print_the_catalogue_in_the_residents_language(sessions, seeded, language) -> None:
    number = case_for(sessions, seeded, language, codes=SHOWN)
    with sessions() as s:
        words = translator(s, language)
        data = receipt_data(get_case(s, seeded, number), words)
        pdfs = {size: receipt_pdf(s, seeded, number, size) for size in ("a4", "80mm")}
    assert words.untranslated == []
    shipped = shipped_translations()["request_type"]
    for item, code in zip(data.items, SHOWN, strict=True):
        assert item.request_type == shipped[code][language]["name"]
        assert list(item.next_steps) == shipped[code][language]["steps"]
    text = plain(pdfs["a4"])
    assert "60" in text and "101" in text and "100" in text
    if language != "ar":  # Arabic is drawn in presentation forms, reordered
        assert shipped["REV-10"][language]["name"] in text.replace("\n", " ")
    OUT.mkdir(parents=True, exist_ok=True)
    for size, pdf in pdfs.items():
        target = OUT / f"catalogue-{language}-{size}.pdf"
        target.write_bytes(pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "80", str(target),
                            str(target.with_suffix(""))], check=True)  # fmt: skip


# The longest entries, one with Cyrillic and Latin inside, one of emergency numbers.
SHEETS = ("KB-19", "KB-30", "KB-26")


@pytest.mark.parametrize("language", TARGETS)
def test_knowledge_sheets_print_in_the_residents_language(sessions, seeded, language) -> None:
    with sessions() as s:
        answers = {a.code: a for a in search_knowledge(s, "") if a.code in SHEETS}
        words = translator(s, language)
    shipped = shipped_translations()["knowledge"]
    OUT.mkdir(parents=True, exist_ok=True)
    for code in SHEETS:
        pdf = answer_sheet(answers[code], "סמירה חורי", words)
        text = plain(pdf)
        for phone in re.findall(r"0\d-\d{7}", answers[code].answer):
            assert phone in text, (code, language, phone)
        if language != "ar":
            title = shipped[code][language]["title"]
            assert title.split()[0] in text and title.split()[-1] in text
        target = OUT / f"sheet-{code}-{language}.pdf"
        target.write_bytes(pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(target),
                            str(target.with_suffix(""))], check=True)  # fmt: skip
    assert words.untranslated == []


def test_a_corrected_shipped_translation_reaches_a_station_set_up_before(sessions, seeded) -> None:
    """Setting the station up again (`dalpak init`) brings a shipped translation that an
    earlier seeding left as it was shipped then up to date; one a supervisor edited stays."""
    system = Actor(None, seeded.station_id, seeded.station_code)
    with sessions.begin() as s:
        boss = create_user(
            s, system, username="boss", full_name="מרים", role=Role.SUPERVISOR,
            password="boss-pass-12",
        )  # fmt: skip
        boss = Actor(boss.id, seeded.station_id, seeded.station_code)
        old = {"title": "Opening hours", "answer": "Sunday to Thursday, 08:00-16:00."}
        record(s, system, "translation.set", entity_id("knowledge", "KB-01", "en"),
               {"subject": "knowledge", "code": "KB-01", "language": "en", "fields": old})  # fmt: skip
        save_translation(s, boss, "department", "SEC", "en", {"name": "Security and Emergency"})
    with sessions.begin() as s:
        seed_translations(s, system)
    with sessions() as s:
        kb = s.get(Translation, entity_id("knowledge", "KB-01", "en"))
        sec = s.get(Translation, entity_id("department", "SEC", "en"))
    assert kb.fields == shipped_translations()["knowledge"]["KB-01"]["en"]
    assert sec.fields == {"name": "Security and Emergency"}
