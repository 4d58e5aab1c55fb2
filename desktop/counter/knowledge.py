"""The knowledge base of frequent answers: searched from the counter, printed for the resident."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import clock, settings
from desktop.core.convergence import claimed_key, upsert_keyed
from desktop.core.errors import ValidationError
from desktop.core.oplog import Actor, applier, record, uuid_or_none
from desktop.core.permissions import require
from desktop.core.textsearch import normalize_name
from desktop.counter.translations import Translator, council_in
from desktop.models import Department, KnowledgeEntry, Operation
from desktop.phrases import phrase

if TYPE_CHECKING:
    from desktop.receipts.sheet import SheetData


@lru_cache(maxsize=1)
def knowledge_data() -> list[dict]:
    text = (resources.files("desktop.resources") / "knowledge.json").read_text(encoding="utf-8")
    return json.loads(text)["entries"]


@applier("knowledge.upserted")
def _apply_entry(session: Session, op: Operation) -> None:
    # The latest by clock everywhere; two entries added apart with one code: see convergence.
    p = op.payload

    def write(row: KnowledgeEntry) -> None:
        row.title, row.category = p["title"], p["category"]
        row.department_id = uuid_or_none(p.get("department_id"))
        row.keywords, row.answer = p["keywords"], p["answer"]
        row.search_key = normalize_name(
            " ".join([p["title"], p["category"], *p["keywords"], p["answer"]])
        )

    upsert_keyed(session, op, KnowledgeEntry, "code", p["code"], write)


def seed_knowledge(session: Session, actor: Actor) -> None:
    """Create or update the entries shipped in resources/knowledge.json (the system's own act,
    not a supervisor's edit: no user)."""
    require(session, actor.user_id, "reference.seed")
    departments = {d.code: d.id for d in session.scalars(select(Department))}
    existing = {e.code: e for e in session.scalars(select(KnowledgeEntry))}
    for entry in knowledge_data():
        payload = {
            "code": entry["code"],
            "title": entry["title"],
            "category": entry.get("category", ""),
            "department_id": departments.get(entry.get("department") or ""),
            "keywords": entry.get("keywords", []),
            "answer": entry["answer"],
        }
        row = existing.get(entry["code"])
        if row is None or (row.title, row.answer, row.keywords) != (
            payload["title"],
            payload["answer"],
            payload["keywords"],
        ):
            record(session, actor, "knowledge.upserted", row.id if row else clock.new_id(), payload)


@dataclass(frozen=True)
class Answer:
    id: uuid.UUID
    code: str
    title: str
    category: str
    department: str
    answer: str


def search_knowledge(session: Session, query: str, limit: int = 100) -> list[Answer]:
    """Entries containing every typed word (title and keywords first)."""
    words = normalize_name(query).split()
    departments = {d.id: d.name for d in session.scalars(select(Department))}
    rows = list(session.scalars(select(KnowledgeEntry).order_by(KnowledgeEntry.code)))
    scored = []
    for row in rows:
        if not all(w in row.search_key for w in words):
            continue
        head = normalize_name(" ".join([row.title, *row.keywords]))
        scored.append((-sum(w in head for w in words), row.code, row))
    scored.sort(key=lambda t: t[:2])
    return [
        Answer(r.id, r.code, r.title, r.category, departments.get(r.department_id, ""), r.answer)
        for _s, _c, r in scored[:limit]
    ]


def sheet_data(
    answer: Answer, resident_name: str = "", words: Translator | None = None
) -> SheetData:
    """What the resident's sheet says, in the translator's language (Hebrew without one; an
    entry not yet translated prints in Hebrew)."""
    from desktop.receipts.sheet import SheetData  # reportlab: only when a sheet is printed

    words = words or Translator("he")
    c = council_in(words)
    return SheetData(
        c.name,
        c.phone,
        c.website,
        c.address,
        words.entry("knowledge", answer.code, "title", answer.title),
        words.text(answer.department),
        words.entry("knowledge", answer.code, "answer", answer.answer),
        clock.local_today(),
        resident_name,
        words.language,
        settings.get("hijri_dates"),
    )


def answer_sheet(answer: Answer, resident_name: str = "", words: Translator | None = None) -> bytes:
    """The answer printed for the resident, as a PDF (see sheet_data)."""
    from desktop.receipts.sheet import render_sheet

    return render_sheet(sheet_data(answer, resident_name, words))


@dataclass(frozen=True)
class KnowledgeForm:
    """An entry as typed in the settings screen."""

    title: str
    answer: str
    category: str = ""
    department_id: uuid.UUID | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnowledgeRow:
    id: uuid.UUID
    code: str
    title: str
    category: str
    department_id: uuid.UUID | None
    keywords: tuple[str, ...]
    answer: str


def knowledge_entries(session: Session) -> list[KnowledgeRow]:
    return [
        KnowledgeRow(
            e.id, e.code, e.title, e.category, e.department_id, tuple(e.keywords), e.answer
        )
        for e in session.scalars(select(KnowledgeEntry).order_by(KnowledgeEntry.code))
    ]


def save_knowledge(
    session: Session, actor: Actor, form: KnowledgeForm, entry_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add an entry (entry_id None, the next KB- code) or change one; supervisors only."""
    require(session, actor.user_id, "knowledge.edit")
    title = " ".join(form.title.split())
    answer = form.answer.strip()
    if not title:
        raise ValidationError(phrase("יש לכתוב כותרת לתשובה."), field="title")
    if len(title) > 200:
        raise ValidationError(phrase("הכותרת ארוכה מדי (עד 200 תווים)."), field="title")
    if len(answer) < 10:
        raise ValidationError(phrase("יש לכתוב את התשובה עצמה (לפחות משפט אחד)."), field="answer")
    if form.department_id is not None and session.get(Department, form.department_id) is None:
        raise ValidationError(phrase("המחלקה לא נמצאה."), field="department")
    row = session.get(KnowledgeEntry, entry_id) if entry_id is not None else None
    if entry_id is not None and row is None:
        raise ValidationError(phrase("התשובה לא נמצאה במאגר."))
    clash = session.scalar(
        select(KnowledgeEntry.code).where(
            KnowledgeEntry.title == title, KnowledgeEntry.id != (entry_id or clock.new_id())
        )
    )
    if clash:
        raise ValidationError(
            phrase("כבר יש תשובה בכותרת הזאת ({code}).").format(code=clash), field="title"
        )
    if row is None:
        numbers = [
            int(c[3:])
            for c in session.scalars(select(KnowledgeEntry.code))
            if c.startswith("KB-") and c[3:].isdigit()
        ]
        code = f"KB-{max(numbers, default=0) + 1:02d}"
    else:
        code = claimed_key(session, KnowledgeEntry.__tablename__, row.id) or row.code
    payload = {
        "code": code,
        "title": title,
        "category": " ".join(form.category.split()),
        "department_id": form.department_id,
        "keywords": [k.strip() for k in form.keywords if k.strip()],
        "answer": answer,
    }
    entity = row.id if row is not None else clock.new_id()
    record(session, actor, "knowledge.upserted", entity, payload)
    return entity
