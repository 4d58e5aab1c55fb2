"""The knowledge base of frequent answers: searched from the counter, printed for the resident."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Department, KnowledgeEntry, Operation
from desktop.services import clock
from desktop.services.oplog import Actor, applier, record, uuid_or_none
from desktop.services.reference import council
from desktop.services.textsearch import normalize_name


@lru_cache(maxsize=1)
def knowledge_data() -> list[dict]:
    text = (resources.files("desktop.resources") / "knowledge.json").read_text(encoding="utf-8")
    return json.loads(text)["entries"]


@applier("knowledge.upserted")
def _apply_entry(session: Session, op: Operation) -> None:
    p = op.payload
    row = session.get(KnowledgeEntry, op.entity_id) or KnowledgeEntry(id=op.entity_id)
    row.code, row.title, row.category = p["code"], p["title"], p["category"]
    row.department_id = uuid_or_none(p.get("department_id"))
    row.keywords, row.answer = p["keywords"], p["answer"]
    row.search_key = normalize_name(" ".join([p["title"], p["category"], *p["keywords"], p["answer"]]))
    session.add(row)


def seed_knowledge(session: Session, actor: Actor) -> None:
    """Create or update the entries shipped in resources/knowledge.json."""
    departments = {d.code: d.id for d in session.scalars(select(Department))}
    existing = {e.code: e for e in session.scalars(select(KnowledgeEntry))}
    for entry in knowledge_data():
        payload = {
            "code": entry["code"], "title": entry["title"], "category": entry.get("category", ""),
            "department_id": departments.get(entry.get("department") or ""),
            "keywords": entry.get("keywords", []), "answer": entry["answer"],
        }
        row = existing.get(entry["code"])
        if row is None or (row.title, row.answer, row.keywords) != (
            payload["title"], payload["answer"], payload["keywords"]
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
    return [Answer(r.id, r.code, r.title, r.category, departments.get(r.department_id, ""), r.answer)
            for _s, _c, r in scored[:limit]]


def answer_sheet(answer: Answer, resident_name: str = "") -> bytes:
    from desktop.receipts.sheet import SheetData, render_sheet

    c = council()
    return render_sheet(SheetData(c.name, c.phone, c.website, c.address, answer.title,
                                  answer.department, answer.answer, clock.local_today(),
                                  resident_name))
