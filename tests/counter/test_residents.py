"""Registering residents, duplicates, search as the clerk types, the profile and its access log."""

import datetime as dt

import pytest

from desktop.core.errors import DuplicateResident, InvalidNationalId, InvalidPhone, ValidationError
from desktop.counter.residents import (
    ResidentForm,
    access_log,
    create_resident,
    open_profile,
    search_residents,
    update_resident,
)


def form(**kw) -> ResidentForm:
    base = dict(
        national_id="039337423",
        first_name="יוסף",
        last_name="כהן",
        birth_date=dt.date(1958, 3, 12),
        phone="050-1234567",
    )
    base.update(kw)
    return ResidentForm(**base)


def add(sessions, actor, **kw):
    with sessions.begin() as s:
        return create_resident(s, actor, form(**kw)).id


def test_create_and_find_by_name_parts_finals_and_niqqud(sessions, seeded):
    rid = add(sessions, seeded)
    add(sessions, seeded, national_id="123456782", first_name="מרים", last_name="לוי", phone="")
    with sessions() as s:
        for query in ("כהן", "כה", "יוסף", "יוס", "יוסף כהן", "כהן יוסף", "כֹּהֵן", "כהנ", "יוסף כ"):
            assert [h.id for h in search_residents(s, seeded, query)] == [rid], query
        assert search_residents(s, seeded, "כהן מרים") == []
        assert search_residents(s, seeded, "") == []


def test_a_whole_name_word_comes_before_names_it_only_begins(sessions, seeded):
    cohana = add(sessions, seeded, national_id="123456782", first_name="אבי", last_name="כהנא")
    cohen = add(sessions, seeded, first_name="תמר", last_name="כהן")
    with sessions() as s:
        assert [h.id for h in search_residents(s, seeded, "כהן")] == [cohen, cohana]
        assert [h.id for h in search_residents(s, seeded, "כהנא")] == [cohana]
        assert [h.id for h in search_residents(s, seeded, "כה")] == [cohana, cohen]  # by name alone


def test_find_by_id_full_partial_and_without_leading_zero(sessions, seeded):
    rid = add(sessions, seeded)
    two_zeros = add(sessions, seeded, national_id="001234566", first_name="אבי", phone="")
    with sessions() as s:
        for query in ("039337423", "0393", "39337423", "039-337-423", "3933", "393374"):
            assert rid in [h.id for h in search_residents(s, seeded, query)], query
        for query in ("1234566", "12345", "001234", "01234566"):
            assert two_zeros in [h.id for h in search_residents(s, seeded, query)], query
        assert rid not in [h.id for h in search_residents(s, seeded, "12345")]


@pytest.mark.parametrize(
    "query",
    [
        "050-1234567",
        "0501234567",
        "+972501234567",
        "+972 50",
        "050-12",
        "00972501234567",
        "501234567",
        "50-1234567",
    ],
)
def test_find_by_phone_in_any_format(sessions, seeded, query):
    rid = add(sessions, seeded)
    with sessions() as s:
        assert rid in [h.id for h in search_residents(s, seeded, query)]


def test_validation_errors_name_the_field(sessions, seeded):
    cases = [
        (dict(national_id="123456789"), InvalidNationalId, "national_id"),
        (dict(phone="12345"), InvalidPhone, "phone"),
        (dict(email="not-an-email"), ValidationError, "email"),
        (dict(first_name=" "), ValidationError, "first_name"),
        (dict(birth_date=dt.date.today() + dt.timedelta(days=1)), ValidationError, "birth_date"),
        (dict(preferred_channel="email", email=""), ValidationError, "email"),
        (dict(preferred_channel="whatsapp", phone="04-6628000"), ValidationError, "phone"),
    ]
    for kw, error, field in cases:
        with sessions.begin() as s, pytest.raises(error) as err:
            create_resident(s, seeded, form(**kw))
        assert err.value.field == field


def test_duplicates_same_id_refused_same_name_and_birth_needs_consent(sessions, seeded):
    rid = add(sessions, seeded)
    with sessions.begin() as s, pytest.raises(DuplicateResident) as err:
        create_resident(s, seeded, form(first_name="אחר"))
    assert err.value.same_id and err.value.existing_ids == [rid]
    with sessions.begin() as s, pytest.raises(DuplicateResident) as err:
        create_resident(s, seeded, form(national_id="123456782"))
    assert not err.value.same_id
    with sessions.begin() as s:
        other = create_resident(s, seeded, form(national_id="123456782"), allow_same_name=True)
        assert other.id != rid


def test_profile_greets_by_name_and_is_logged(sessions, seeded, staff):
    rid = add(sessions, seeded, accessibility="כיסא גלגלים", preferred_channel="whatsapp")
    with sessions.begin() as s:
        profile = open_profile(s, seeded, rid)
    assert profile.full_name == "יוסף כהן"
    assert profile.age is not None and profile.age >= 68
    assert profile.accessibility == "כיסא גלגלים"
    with sessions.begin() as s:
        open_profile(s, seeded, rid)
    with sessions() as s:
        log = access_log(s, staff["admin"], rid)
    assert [who for _at, who in log] == ["דנה לוי", "דנה לוי"]


def test_update_renames_and_search_follows(sessions, seeded):
    rid = add(sessions, seeded)
    with sessions.begin() as s:
        update_resident(s, seeded, rid, {"last_name": "כהנא"})
    with sessions() as s:
        assert search_residents(s, seeded, "כהנא")[0].full_name == "יוסף כהנא"
