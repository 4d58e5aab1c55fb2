"""The proactive scan writes to each resident in their own language: a letter per language
(rendered to PNG in out/letters/ for a person to look at), and messages in the language of
the phone they go to; the Hijri date on Arabic letters when the council enables it."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core import settings
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter.residents import ResidentForm, create_resident
from desktop.extras.holdings import save_holding
from desktop.extras.outreach import scan
from desktop.models import OutboxMessage
from desktop.receipts.letter import render_letters
from desktop.receipts.wording import hijri_date

OUT = Path(__file__).resolve().parents[2] / "out" / "letters"
IDS = {"he": "039337423", "ar": "123456782", "ru": "000000018", "en": "011111119"}
NAMES = {"he": "רחל", "ar": "סמירה", "ru": "אלכסנדרה", "en": "רות"}


def text_of(pdf: bytes) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    return unicodedata.normalize("NFKC", text)


@pytest.fixture
def supervisor(sessions, seeded) -> Actor:
    with sessions.begin() as s:
        boss = create_user(
            s,
            Actor(None, seeded.station_id, seeded.station_code),
            username="miriam",
            full_name="מרים שטרן",
            role=Role.SUPERVISOR,
            password="supervisor-1",
            phone="046628201",
        )
        return Actor(boss.id, seeded.station_id, seeded.station_code)


def retirees(sessions, actor: Actor, channel: str = "phone") -> None:
    with sessions.begin() as s:
        for n, (language, national_id) in enumerate(IDS.items()):
            resident = create_resident(
                s,
                actor,
                ResidentForm(
                    national_id=national_id,
                    first_name=NAMES[language],
                    last_name="אזולאי",
                    gender="F",
                    birth_date=dt.date(1958, 2, 1),
                    language=language,
                    phone="0521234567",
                    preferred_channel=channel,
                    address=f"הזית {n + 4}",
                ),
            ).id
            save_holding(
                s,
                actor,
                "property_account",
                {
                    "resident_id": resident,
                    "account_number": f"70{n}",
                    "address": "",
                    "area_sqm": "90",
                    "discounts": [],
                    "balance": "0",
                },
            )


def test_a_letter_in_each_residents_language(sessions, supervisor) -> None:
    settings.set_value("hijri_dates", "true")
    retirees(sessions, supervisor)
    with sessions.begin() as s:
        report = scan(s, supervisor)
    letters = {letter.language: letter for letter in report.letters}
    assert set(letters) == set(IDS)
    assert letters["he"].subject.startswith("הנחה בארנונה לאזרח ותיק")
    assert letters["ar"].subject == "خصم الأرنونا للمسنين - قمنا بذلك من أجلك"
    assert letters["ru"].subject.startswith("Скидка на арнону")
    assert letters["en"].council_name == "Lower Galilee Regional Council"
    OUT.mkdir(parents=True, exist_ok=True)
    for language, letter in letters.items():
        pdf = render_letters([letter])
        text = text_of(pdf)
        assert letter.case_number in text and "04-6628201" in text, language
        target = OUT / f"letter-{language}.pdf"
        target.write_bytes(pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(target),
                            str(target.with_suffix(""))], check=True)  # fmt: skip
    assert hijri_date(letters["ar"].dated).split()[-2] in text_of(render_letters([letters["ar"]]))
    assert "Dear" in text_of(render_letters([letters["en"]]))
    # A batch of letters in four languages prints as one file, each from a new page.
    assert len(PdfReader(BytesIO(render_letters(report.letters))).pages) == 4


def test_messages_in_the_language_of_the_phone_they_go_to(sessions, supervisor) -> None:
    retirees(sessions, supervisor, channel="whatsapp")
    with sessions.begin() as s:
        scan(s, supervisor)
    with sessions() as s:
        bodies = [m.body for m in s.scalars(select(OutboxMessage))]
    assert len(bodies) == 4
    assert any(b.startswith("שלום רחל אזולאי,") for b in bodies)
    assert any(b.startswith("مرحبا סמירה אזולאי،") for b in bodies)
    assert any(b.startswith("Здравствуйте, \u2068אלכסנדרה\u00a0אזולאי\u2069!") for b in bodies)
    english = next(b for b in bodies if b.startswith("Dear"))
    assert "Kind regards, Lower Galilee Regional Council" in english
