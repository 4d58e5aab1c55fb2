"""The catalogue in the residents' languages: request types, departments, knowledge entries,
proactive letters and the council's name, translated by supervisors (and shipped translations
seeded like the rest of the reference data). What has no translation is printed in Hebrew, and
listed for the supervisor; never an empty line."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.oplog import Actor, applier, record
from desktop.core.permissions import require
from desktop.counter.reference import Council, council, council_data, shipped_council_name
from desktop.models import (
    Department,
    EligibilityRule,
    KnowledgeEntry,
    Operation,
    RequestType,
    Translation,
)
from desktop.phrases import Labels, phrase
from desktop.receipts.wording import LANGUAGES, numbers_whole

# What may be translated, and its fields: text, or lines (one translated line per Hebrew line).
SUBJECTS: dict[str, dict[str, str]] = {
    "request_type": {"name": "text", "steps": "lines", "documents": "lines"},
    "department": {"name": "text"},
    "knowledge": {"title": "text", "answer": "text"},
    "rule": {"subject": "text", "done": "text", "todo": "text"},
    "council": {"name": "text", "address": "text"},
}
SUBJECT_LABELS = Labels(
    {
        "request_type": "סוג פנייה",
        "department": "מחלקה",
        "knowledge": "מאגר מידע",
        "rule": "מכתב שירות יזום",
        "council": "המועצה",
    }
)
FIELD_LABELS = Labels(
    {
        "name": "שם",
        "steps": "צעדי המשך",
        "documents": "מסמכים נדרשים",
        "title": "כותרת",
        "answer": "תשובה",
        "subject": "נושא המכתב",
        "done": "מה עשינו",
        "todo": "מה נדרש מהתושב/ת",
        "address": "כתובת",
    }
)
# The languages translated into (Hebrew is the original).
TARGETS = tuple(language for language in LANGUAGES if language != "he")
MAX_TEXT = 4000
_NAMESPACE = uuid.UUID("6f1d3c1e-3a57-4a59-9d0e-7d1f8c6b2a10")


def entity_id(subject: str, code: str, language: str) -> uuid.UUID:
    """The same id for an entry's translation into a language on every station."""
    return uuid.uuid5(_NAMESPACE, f"{subject}:{code}:{language}")


@applier("translation.set")
def _apply_translation(session: Session, op: Operation) -> None:
    # Two supervisors may translate the same entry at two stations; each database keeps the
    # one with the later clock, whatever order the operations arrive in.
    p = op.payload
    if op.entity_id != entity_id(p["subject"], p["code"], p["language"]):
        raise ValueError("a translation's id is made from its subject, code and language")
    row = session.get(Translation, op.entity_id)
    if row is not None and row.hlc >= op.hlc:
        return
    if row is None:
        row = Translation(id=op.entity_id, subject=p["subject"], code=p["code"])
        row.language = p["language"]
        session.add(row)
    row.fields = p["fields"]
    row.hlc = op.hlc


# --- what is translated ----------------------------------------------------------------------


@dataclass(frozen=True)
class Original:
    """An entry's Hebrew texts, as its translations follow them."""

    subject: str
    code: str
    label: str  # the entry as a supervisor knows it: its Hebrew name or title
    fields: dict[str, Any]


def originals(session: Session, subjects: Iterable[str] = tuple(SUBJECTS)) -> list[Original]:
    """Every entry of ``subjects`` a resident may read, with its Hebrew texts (active request
    types and proactive rules only)."""
    wanted = set(subjects)
    out = []
    if "council" in wanted:
        c = council_data()["council"]
        fields = {"name": c["name"], "address": c["address"]}
        out.append(Original("council", "", shipped_council_name(), fields))
    if "department" in wanted:
        for d in session.scalars(select(Department).order_by(Department.code)):
            out.append(Original("department", d.code, d.name, {"name": d.name}))
    if "request_type" in wanted:
        active = select(RequestType).where(RequestType.active).order_by(RequestType.code)
        for rt in session.scalars(active):
            fields = {"name": rt.name, "steps": list(rt.steps), "documents": list(rt.documents)}
            out.append(Original("request_type", rt.code, rt.name, fields))
    if "knowledge" in wanted:
        for k in session.scalars(select(KnowledgeEntry).order_by(KnowledgeEntry.code)):
            fields = {"title": k.title, "answer": k.answer}
            out.append(Original("knowledge", k.code, k.title, fields))
    if "rule" in wanted:
        for rule in session.scalars(select(EligibilityRule).order_by(EligibilityRule.code)):
            letter = rule.letter or {}
            if rule.active and rule.proactive and letter:
                fields = {f: letter.get(f, "") for f in ("subject", "done", "todo")}
                out.append(Original("rule", rule.code, fields["subject"] or rule.code, fields))
    return out


def translations(session: Session, language: str) -> dict[tuple[str, str], dict[str, Any]]:
    """(subject, code) -> the translated fields in ``language``."""
    rows = session.scalars(select(Translation).where(Translation.language == language))
    return {(t.subject, t.code): dict(t.fields) for t in rows}


@dataclass(frozen=True)
class Missing:
    subject: str
    code: str
    label: str
    field: str
    hebrew: str


def missing_translations(session: Session, language: str) -> list[Missing]:
    """What a resident writing ``language`` would read in Hebrew, entry by entry and field by
    field: the supervisor's list of what to translate."""
    if language not in TARGETS:
        return []
    have = translations(session, language)
    out: list[Missing] = []
    for original in originals(session):
        done = have.get((original.subject, original.code), {})
        for name, hebrew in original.fields.items():
            if not hebrew:
                continue
            if not _complete(done.get(name), hebrew):
                shown = "\n".join(hebrew) if isinstance(hebrew, list) else hebrew
                out.append(Missing(original.subject, original.code, original.label, name, shown))
    return out


@dataclass(frozen=True)
class TranslationEntry:
    """An entry as the supervisor's translation screen shows it."""

    id: uuid.UUID
    subject: str
    code: str
    label: str
    original: dict[str, Any]
    translated: dict[str, Any]
    missing: tuple[str, ...]  # the fields that would print in Hebrew


def translation_entries(session: Session, language: str) -> list[TranslationEntry]:
    """Every translatable entry with its Hebrew, its translation into ``language`` and what is
    missing, entries with something missing first."""
    have = translations(session, language)
    out = []
    for original in originals(session):
        done = have.get((original.subject, original.code), {})
        missing = tuple(
            name
            for name, hebrew in original.fields.items()
            if hebrew and not _complete(done.get(name), hebrew)
        )
        out.append(
            TranslationEntry(
                entity_id(original.subject, original.code, language),
                original.subject,
                original.code,
                original.label,
                original.fields,
                done,
                missing,
            )
        )
    out.sort(key=lambda e: (not e.missing, list(SUBJECTS).index(e.subject), e.code))
    return out


def _complete(translated: Any, hebrew: Any) -> bool:
    if isinstance(hebrew, list):
        return isinstance(translated, list) and len(translated) == len(hebrew) and all(translated)
    return bool(translated)


# --- translating what is printed ------------------------------------------------------------


def _numbers_whole(text: str, language: str) -> str:
    """An Arabic translation with its phones and hours kept whole, also where it is not drawn
    by us (an outbox message read on the resident's phone)."""
    return numbers_whole(text) if language == "ar" else text


@dataclass
class Translator:
    """Turns the catalogue's Hebrew texts into ``language``; what has no translation stays
    Hebrew and is noted in ``untranslated``."""

    language: str
    by_text: dict[str, str] = field(default_factory=dict)
    entries: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    untranslated: list[str] = field(default_factory=list)

    def text(self, hebrew: str) -> str:
        """A request type's name, step or document, or a department's name."""
        if self.language == "he" or not hebrew:
            return hebrew
        found = self.by_text.get(hebrew)
        if found:
            return _numbers_whole(found, self.language)
        self.untranslated.append(hebrew)
        return hebrew

    def lines(self, hebrew: Iterable[str]) -> tuple[str, ...]:
        return tuple(self.text(line) for line in hebrew)

    def entry(self, subject: str, code: str, name: str, hebrew: str) -> str:
        """A field of a knowledge entry, a letter or the council."""
        if self.language == "he":
            return hebrew
        found = self.entries.get((subject, code), {}).get(name)
        if found:
            return _numbers_whole(found, self.language)
        if hebrew:
            self.untranslated.append(hebrew)
        return hebrew


def translator(session: Session, language: str) -> Translator:
    """The catalogue's translations into ``language`` (Hebrew: everything as it is)."""
    result = Translator(language)
    if language not in TARGETS:
        return result
    result.entries = translations(session, language)
    for original in originals(session, ("request_type", "department")):
        done = result.entries.get((original.subject, original.code), {})
        for name, hebrew in original.fields.items():
            translated = done.get(name)
            if isinstance(hebrew, list):
                if isinstance(translated, list) and len(translated) == len(hebrew):
                    result.by_text.update(
                        (h, t) for h, t in zip(hebrew, translated, strict=True) if t
                    )
            elif translated:
                result.by_text[hebrew] = translated
    return result


def council_in(words: Translator) -> Council:
    """The council's name and address in the translator's language, when the station carries
    the council's shipped name (a station set up under another name keeps it)."""
    c = council()
    if words.language == "he" or c.name != shipped_council_name():
        return c
    name = words.entry("council", "", "name", c.name)
    address = words.entry("council", "", "address", c.address)
    return Council(name, c.phone, c.website, address, c.opening_hours)


# --- a supervisor's edit, and the shipped translations ---------------------------------------


def save_translation(
    session: Session, actor: Actor, subject: str, code: str, language: str, fields: dict[str, Any]
) -> bool:
    """Set an entry's translation into ``language``; supervisors only. An empty field is no
    translation (Hebrew is printed). Returns False when nothing changed."""
    require(session, actor.user_id, "translation.edit")
    if subject not in SUBJECTS:
        raise ValidationError(phrase("אין תרגום לסוג הרשומה הזה."))
    if language not in TARGETS:
        raise ValidationError(
            phrase("יש לבחור שפת תרגום: ערבית, רוסית או אנגלית."), field="language"
        )
    original = next(
        (o for o in originals(session) if o.subject == subject and o.code == code), None
    )
    if original is None:
        raise ValidationError(phrase("הרשומה לא נמצאה בקטלוג."))
    clean: dict[str, Any] = {}
    for name, kind in SUBJECTS[subject].items():
        value = fields.get(name)
        if kind == "lines":
            lines = [" ".join(str(line).split()) for line in (value or [])]
            lines = [line for line in lines if line]
            wanted = len(original.fields.get(name) or [])
            if lines and len(lines) != wanted:
                raise ValidationError(
                    phrase(
                        "יש לתרגם כל שורה בשורה משלה: {wanted} שורות, כמו בעברית (נכתבו {written})."
                    ).format(wanted=wanted, written=len(lines)),
                    field=name,
                )
            if lines:
                clean[name] = lines
        else:
            text = str(value or "").strip()
            if len(text) > MAX_TEXT:
                raise ValidationError(
                    phrase("התרגום ארוך מדי (עד {most} תווים).").format(most=MAX_TEXT), field=name
                )
            if text:
                clean[name] = text
    current = session.get(Translation, entity_id(subject, code, language))
    if (current.fields if current is not None else {}) == clean:
        return False
    _record(session, actor, subject, code, language, clean)
    return True


def _record(
    session: Session, actor: Actor, subject: str, code: str, language: str, fields: dict
) -> None:
    payload = {"subject": subject, "code": code, "language": language, "fields": fields}
    record(session, actor, "translation.set", entity_id(subject, code, language), payload)


@lru_cache(maxsize=1)
def shipped_translations() -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
    """subject -> code -> language -> fields, as shipped in resources/."""
    text = (resources.files("desktop.resources") / "catalogue_translations.json").read_text(
        encoding="utf-8"
    )
    return json.loads(text)


def seed_translations(session: Session, actor: Actor) -> None:
    """Record the shipped translations the database does not hold yet, and bring up to date
    those an earlier seeding left as they were shipped then (the system's own act). A
    translation a supervisor changed is not overwritten by a later seeding."""
    require(session, actor.user_id, "reference.seed")
    session.flush()
    have = {(t.subject, t.code, t.language): t for t in session.scalars(select(Translation))}
    by_system = select(Operation.entity_id, Operation.hlc).where(
        Operation.kind == "translation.set", Operation.user_id.is_(None)
    )
    seeded = {(entity, hlc) for entity, hlc in session.execute(by_system)}
    for subject, entries in shipped_translations().items():
        for code, by_language in entries.items():
            for language, fields in by_language.items():
                row = have.get((subject, code, language))
                if row is None or (row.fields != fields and (row.id, row.hlc) in seeded):
                    _record(session, actor, subject, code, language, fields)
