"""The catalogue in the residents' languages: seeded and edited translations, Hebrew where one
is missing (and listed for the supervisor), receipts, messages, letters and knowledge sheets
in the resident's language, and convergence of two edits of the same translation."""

from __future__ import annotations

import io
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core import clock
from desktop.core.errors import NotAllowed, ValidationError
from desktop.core.oplog import Actor, rebuild_state
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, get_case, open_case
from desktop.counter.knowledge import answer_sheet, search_knowledge
from desktop.counter.receipt_data import receipt_copies, receipt_data, receipt_pdf
from desktop.counter.residents import ResidentForm, create_resident
from desktop.counter.translations import (
    entity_id,
    missing_translations,
    save_translation,
    translator,
)
from desktop.followthrough.outbox import queue_update
from desktop.models import Operation, OutboxMessage, RequestType, Translation

OUT = Path(__file__).resolve().parents[2] / "out" / "receipts"


def plain(pdf: bytes) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return unicodedata.normalize("NFKC", text)


@pytest.fixture
def boss(sessions, seeded) -> Actor:
    with sessions.begin() as s:
        user = create_user(
            s,
            Actor(None, seeded.station_id, seeded.station_code),
            username="boss",
            full_name="מרים",
            role=Role.SUPERVISOR,
            password="boss-pass-12",
        )
        return Actor(user.id, seeded.station_id, seeded.station_code)


def case_for(sessions, seeded, language: str, codes=("REV-02", "ENG-01")) -> str:
    with sessions.begin() as s:
        resident = create_resident(
            s,
            seeded,
            ResidentForm(
                national_id="039337423",
                first_name="סמירה",
                last_name="חורי",
                language=language,
                email="samira@example.org",
                preferred_channel="email",
            ),
        )
        types = {t.code: t.id for t in s.scalars(select(RequestType))}
        drafts = [ItemDraft(types[c]) for c in codes]
        case = open_case(s, seeded, resident.id, drafts, service_started_at=clock.utcnow())
        return case.number


def test_shipped_translations_are_seeded_as_operations(sessions, seeded) -> None:
    with sessions() as s:
        rows = {(t.subject, t.code, t.language) for t in s.scalars(select(Translation))}
        ops = s.scalars(select(Operation).where(Operation.kind == "translation.set")).all()
    assert ("request_type", "REV-02", "ar") in rows
    assert ("department", "REV", "ru") in rows
    assert ("rule", "PENSIONER_DISCOUNT", "en") in rows
    assert len(ops) == len(rows)


def untranslate(sessions, boss: Actor, code: str, language: str) -> None:
    """A supervisor empties a shipped translation: the entry prints in Hebrew again."""
    with sessions.begin() as s:
        assert save_translation(s, boss, "request_type", code, language, {})


def test_receipt_in_the_residents_language_falls_back_to_hebrew(sessions, seeded, boss) -> None:
    untranslate(sessions, boss, "ENG-01", "ru")
    number = case_for(sessions, seeded, "ru")
    with sessions() as s:
        own, hebrew = receipt_copies(s, get_case(s, seeded, number))
        words = translator(s, "ru")
        receipt_data(get_case(s, seeded, number), words)
    assert own.language == "ru" and hebrew is not None and hebrew.language == "he"
    rev, eng = own.items
    assert rev.request_type == "Скидка на арнону для пожилых граждан / пенсионеров"
    assert rev.department == "Отдел сборов и арноны"
    assert rev.next_steps[0].startswith("Отдел сборов проверит")
    assert rev.documents[0] == "Копия теудат зеут (с приложением)"
    assert rev.status == "Принято"
    # ENG-01's Russian translation was emptied: Hebrew, never an empty line, and it is noted.
    assert eng.request_type == "היתר בנייה - בירור מצב בקשה"
    assert eng.department == "Отдел инженерии и планирования"
    assert all(eng.next_steps) and all(eng.documents)
    assert "היתר בנייה - בירור מצב בקשה" in words.untranslated
    assert own.council_name == "Региональный совет Нижней Галилеи"
    assert hebrew.items[0].request_type == "הנחת ארנונה לאזרח ותיק / גמלאי"
    with sessions() as s:
        pdf = receipt_pdf(s, seeded, number, also_hebrew=True)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 2 and "Подтверждение обращения" in pages[0].extract_text()


def test_a_hebrew_reader_gets_exactly_the_hebrew_receipt(sessions, seeded) -> None:
    number = case_for(sessions, seeded, "he")
    with sessions() as s:
        case = get_case(s, seeded, number)
        own, hebrew = receipt_copies(s, case)
        assert hebrew is None
        assert own == receipt_data(case)
    assert own.items[0].request_type == "הנחת ארנונה לאזרח ותיק / גמלאי"
    assert own.heading == "אישור פנייה"


def test_missing_translations_are_listed_for_the_supervisor(sessions, seeded, boss) -> None:
    untranslate(sessions, boss, "ENG-01", "en")
    with sessions() as s:
        missing = missing_translations(s, "en")
        assert missing_translations(s, "he") == []
    where = {(m.subject, m.code, m.field) for m in missing}
    assert ("request_type", "ENG-01", "name") in where
    assert ("request_type", "REV-02", "name") not in where
    assert ("department", "REV", "name") not in where
    with sessions.begin() as s:
        rt = s.scalar(select(RequestType).where(RequestType.code == "ENG-01"))
        steps = [f"Step {n}" for n in range(1, len(rt.steps) + 1)]
        docs = [f"Document {n}" for n in range(1, len(rt.documents) + 1)]
        assert save_translation(
            s,
            boss,
            "request_type",
            "ENG-01",
            "en",
            {"name": "Building permit - status enquiry", "steps": steps, "documents": docs},
        )
    with sessions() as s:
        after = {(m.subject, m.code, m.field) for m in missing_translations(s, "en")}
        assert not {f for f in after if f[1] == "ENG-01"}
        assert translator(s, "en").text(rt.name) == "Building permit - status enquiry"


def test_only_supervisors_translate_and_lines_must_match(sessions, seeded, boss) -> None:
    with sessions.begin() as s, pytest.raises(NotAllowed):
        save_translation(s, seeded, "department", "ENG", "en", {"name": "Engineering"})
    with sessions.begin() as s, pytest.raises(ValidationError) as err:
        save_translation(s, boss, "request_type", "REV-02", "en", {"steps": ["only one line"]})
    assert err.value.field == "steps" and "3 שורות" in str(err.value)
    with sessions.begin() as s, pytest.raises(ValidationError):
        save_translation(s, boss, "department", "ENG", "he", {"name": "x"})
    with sessions.begin() as s:
        assert not save_translation(
            s, boss, "department", "ENG", "en", {"name": "Engineering and Planning"}
        )  # nothing changed: no operation


def test_the_later_edit_wins_in_any_order_of_arrival(sessions, seeded, boss) -> None:
    """Two supervisors translate the same entry; replaying the log in either order of
    application leaves the later one (the state is the log's, rebuild_state checks it)."""
    with sessions.begin() as s:
        save_translation(s, boss, "department", "SEC", "en", {"name": "Security (first)"})
    with sessions.begin() as s:
        save_translation(s, boss, "department", "SEC", "en", {"name": "Security and Emergency"})
    with sessions.begin() as s:
        ops = s.scalars(
            select(Operation)
            .where(Operation.entity_id == entity_id("department", "SEC", "en"))
            .order_by(Operation.hlc)
        ).all()
        from desktop.core.oplog import apply

        apply(s, ops[1])  # an earlier one arriving late changes nothing
        row = s.get(Translation, entity_id("department", "SEC", "en"))
        assert row.fields == {"name": "Security and Emergency"}
    with sessions.begin() as s:
        rebuild_state(s)
    with sessions() as s:
        row = s.get(Translation, entity_id("department", "SEC", "en"))
        assert row.fields == {"name": "Security and Emergency"}


def test_update_message_in_the_residents_language(sessions, seeded) -> None:
    number = case_for(sessions, seeded, "ar", codes=("REV-02",))
    with sessions.begin() as s:
        queue_update(s, seeded, number)
    with sessions() as s:
        message = s.scalar(select(OutboxMessage))
    assert message.subject == f"تحديث بخصوص الطلب \u2066{number}\u2069"
    lines = message.body.split("\n")
    assert lines[0] == "مرحبا סמירה חורי،"
    assert "خصم الأرنونا للمسنين / المتقاعدين: تم الاستلام." in lines[2]
    assert lines[-1] == "مع التحية، المجلس الإقليمي الجليل الأسفل"


def test_knowledge_sheet_in_english_and_in_hebrew_when_not_translated(
    sessions, seeded, boss
) -> None:
    with sessions() as s:
        other = next(a for a in search_knowledge(s, "ארנונה") if a.code != "KB-01")
    with sessions.begin() as s:  # a supervisor empties its English: it prints in Hebrew
        assert save_translation(s, boss, "knowledge", other.code, "en", {})
    with sessions() as s:
        hours = next(a for a in search_knowledge(s, "שעות קבלת קהל") if a.code == "KB-01")
        words = translator(s, "en")
    english = plain(answer_sheet(hours, "סמירה חורי", words))
    assert "Council office opening hours" in english and "Printed on" in english
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / "sheet-en.pdf"
    target.write_bytes(answer_sheet(hours, "סמירה חורי", words))
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(target),
                    str(target.with_suffix(""))], check=True)  # fmt: skip
    assert words.untranslated == []
    fallback = answer_sheet(other, "", words)
    assert words.untranslated == [other.title, other.answer]
    assert len(plain(fallback)) > 200
    assert clock.local_today().strftime("%d/%m/%Y") in plain(fallback)
