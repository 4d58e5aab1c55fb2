"""The service refuses a value past its column's limit before anything is recorded, with a
Hebrew message naming the field; the issue's case: a 93-character last name that a station
stored and the hub's varchar(80) refused."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.core.errors import ValidationError
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter.knowledge import KnowledgeForm, save_knowledge
from desktop.counter.residents import ResidentForm, create_resident, update_resident
from desktop.lobby import visits as lobby
from desktop.models import Operation

LONG_NAME = "אבוטבול-" * 11 + "כהנים"  # 93 characters


def operations(sessions) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(Operation))


def test_a_93_character_last_name_is_refused_naming_the_field(sessions, seeded):
    before = operations(sessions)
    form = ResidentForm(national_id="039337423", first_name="יוסף", last_name=LONG_NAME)
    with pytest.raises(ValidationError) as refused, sessions.begin() as s:
        create_resident(s, seeded, form)
    assert refused.value.field == "last_name"
    assert refused.value.message == "שם משפחה: עד 80 תווים (הוקלדו 93). נא לקצר."
    assert operations(sessions) == before
    # Within the limit it goes in; an edit past it is refused the same way.
    with sessions.begin() as s:
        rid = create_resident(s, seeded, ResidentForm("039337423", "יוסף", "כהן")).id
    with pytest.raises(ValidationError) as refused, sessions.begin() as s:
        update_resident(s, seeded, rid, {"address": "רחוב " * 40})
    assert refused.value.field == "address" and "עד 160 תווים" in refused.value.message


def test_the_lobby_and_the_knowledge_base_keep_their_limits(sessions, seeded):
    with pytest.raises(ValidationError) as refused, sessions.begin() as s:
        lobby.check_in(s, seeded, typed_name="א" * 121)
    assert refused.value.field == "typed_name" and "עד 120 תווים" in refused.value.message
    with sessions.begin() as s:
        boss = create_user(
            s, Actor(None, seeded.station_id, seeded.station_code), username="miriam", full_name="מרים שטרן", role=Role.SUPERVISOR,
            password="pass-pass-1",
        )  # fmt: skip
    supervisor = Actor(boss.id, seeded.station_id, seeded.station_code)
    before = operations(sessions)
    with pytest.raises(ValidationError) as refused, sessions.begin() as s:
        save_knowledge(s, supervisor, KnowledgeForm(title="ש" * 201, answer="תשובה"))
    assert refused.value.field == "title" and "עד 200 תווים" in refused.value.message
    assert operations(sessions) == before
