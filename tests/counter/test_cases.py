"""Opening a case with items routed to departments, numbering, reading it back, the timeline."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import clock
from desktop.core.calendar import add_business_days
from desktop.core.errors import CaseNotFound, ValidationError
from desktop.core.numbering import is_valid_case_number
from desktop.counter.cases import ItemDraft, get_case, list_cases, open_case, timeline
from desktop.counter.reference import match_request_types, request_types
from desktop.counter.residents import ResidentForm, create_resident, open_profile
from desktop.models import RequestType


@pytest.fixture
def resident_id(sessions, seeded):
    with sessions.begin() as s:
        return create_resident(
            s, seeded, ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן")
        ).id


def two_types(sessions):
    with sessions() as s:
        types = list(s.scalars(select(RequestType).order_by(RequestType.code)))
    first = types[0]
    second = next(t for t in types if t.department_id != first.department_id)
    return first, second


def test_two_items_in_two_departments(sessions, seeded, resident_id):
    a, b = two_types(sessions)
    started = clock.utcnow() - dt.timedelta(minutes=4)
    with sessions.begin() as s:
        case = open_case(
            s,
            seeded,
            resident_id,
            [ItemDraft(a.id, "פירוט (1)"), ItemDraft(b.id)],
            service_started_at=started,
        )
        number = case.number
    assert is_valid_case_number(number) and number.startswith("KDR-")
    with sessions() as s:
        view = get_case(s, seeded, number)
        events = timeline(s, seeded, view)
    assert view.owner_name == "דנה לוי"
    assert [i.request_type for i in view.items] == [a.name, b.name]
    assert view.items[0].department != view.items[1].department
    assert view.items[0].description == "פירוט (1)"
    today = clock.local_today()
    assert view.items[0].expected_date == add_business_days(today, a.sla_days)
    assert view.items[0].next_steps == tuple(a.steps)
    assert view.service_started_at == started
    assert view.service_ended_at is not None and view.service_ended_at >= started
    assert [e.kind for e in events] == ["case.opened", "case.item_added", "case.item_added"]
    assert all(e.who == "דנה לוי" for e in events)


def test_department_can_be_changed(sessions, seeded, resident_id):
    a, b = two_types(sessions)
    with sessions.begin() as s:
        number = open_case(
            s,
            seeded,
            resident_id,
            [ItemDraft(a.id, "", b.department_id)],
            service_started_at=clock.utcnow(),
        ).number
    with sessions() as s:
        item = get_case(s, seeded, number).items[0]
    assert item.request_type == a.name
    assert item.department != get_case_department_name(sessions, a)


def get_case_department_name(sessions, rt):
    with sessions() as s:
        return next(i.department_name for i in request_types(s) if i.id == rt.id)


def test_numbers_follow_each_other_and_the_profile_shows_open_items(sessions, seeded, resident_id):
    a, _b = two_types(sessions)
    numbers = []
    for _ in range(3):
        with sessions.begin() as s:
            numbers.append(
                open_case(
                    s, seeded, resident_id, [ItemDraft(a.id)], service_started_at=clock.utcnow()
                ).number
            )
    seqs = [int(n.split("-")[2]) for n in numbers]
    assert seqs == [seqs[0], seqs[0] + 1, seqs[0] + 2]
    with sessions.begin() as s:
        profile = open_profile(s, seeded, resident_id)
    assert len(profile.open_items) == 3 and len(profile.past_cases) == 3
    with sessions() as s:
        assert [c.number for c in list_cases(s, seeded)] == list(reversed(numbers))


def test_a_case_needs_an_item_and_a_known_case_number(sessions, seeded, resident_id):
    with sessions.begin() as s, pytest.raises(ValidationError):
        open_case(s, seeded, resident_id, [], service_started_at=clock.utcnow())
    with sessions() as s, pytest.raises(CaseNotFound) as err:
        get_case(s, seeded, "KDR-26-99999-0")
    assert "KDR-26-99999-0" in err.value.message


def test_catalogue_matching_by_first_letters_and_keywords(sessions, seeded):
    with sessions() as s:
        catalogue = request_types(s)
    assert len(catalogue) >= 25
    hits = match_request_types(catalogue, "ארנ")
    assert hits and all("ארנונ" in h.search_key for h in hits)
    assert match_request_types(catalogue, "zzzz") == []


def test_a_whole_typed_word_ranks_before_a_word_it_only_begins(sessions, seeded):
    """ "עץ" is the tree: its folded final letter also begins "עצמאי" (single-parent discounts),
    which must not come first."""
    with sessions() as s:
        catalogue = request_types(s)
    hits = match_request_types(catalogue, "עץ")
    assert hits[0].name.startswith("עץ מסוכן"), [h.name for h in hits]
    assert any("עצמאי" in h.search_key for h in hits)  # still found, after the tree


# The Local Authorities (Arnona Appeals) Law, 1976, s.4(a): the arnona manager answers an
# objection within 60 days of receiving it. The catalogue's 40 business days are usually
# shorter, but not around the autumn holidays: the date given never passes the law's limit.
def test_an_arnona_objection_is_answered_within_the_law_s_60_days(sessions, seeded):
    import datetime as dt

    from desktop.core.calendar import add_business_days, is_business_day
    from desktop.counter.cases import expected_date_for

    with sessions() as s:
        objection = next(i for i in request_types(s) if i.code == "REV-10")
    assert objection.statutory_days == 60
    capped = 0
    for n in range(365):
        filed = dt.date(2026, 1, 1) + dt.timedelta(days=n)
        expected = expected_date_for(objection.sla_days, filed, objection.statutory_days)
        assert expected <= filed + dt.timedelta(days=60), filed
        assert is_business_day(expected) or not is_business_day(filed + dt.timedelta(days=60))
        if add_business_days(filed, objection.sla_days) > filed + dt.timedelta(days=60):
            capped += 1
            limit = filed + dt.timedelta(days=60)
            while not is_business_day(limit):
                limit -= dt.timedelta(days=1)
            assert expected == limit, filed
    assert capped > 0  # the holidays of 5787 make 40 business days longer than 60 days
    # Without a statutory limit the service level alone decides.
    assert expected_date_for(40, dt.date(2026, 9, 1)) == add_business_days(dt.date(2026, 9, 1), 40)


def test_the_statutory_limit_is_kept_in_the_catalogue_and_checked(sessions, seeded):
    from desktop.core.errors import ValidationError
    from desktop.core.oplog import Actor
    from desktop.core.users import Role, create_user
    from desktop.counter.reference import RequestTypeForm, catalogue, save_request_type

    with sessions.begin() as s:
        boss = create_user(
            s,
            Actor(None, seeded.station_id, seeded.station_code),
            username="boss",
            full_name="מרים",
            role=Role.SUPERVISOR,
            password="boss-pass-12",
        )
        actor = Actor(boss.id, seeded.station_id, seeded.station_code)
        entry = next(e for e in catalogue(s) if e.code == "REV-10")
        form = RequestTypeForm(
            entry.name,
            entry.department_id,
            entry.sla_days,
            entry.steps,
            entry.documents,
            entry.keywords,
            statutory_days="0",
        )
        with pytest.raises(ValidationError) as err:
            save_request_type(s, actor, form, entry.id)
        assert err.value.field == "statutory_days"
        save_request_type(
            s,
            actor,
            RequestTypeForm(
                entry.name,
                entry.department_id,
                entry.sla_days,
                entry.steps,
                entry.documents,
                entry.keywords,
                statutory_days="45",
            ),
            entry.id,
        )
    with sessions() as s:
        assert next(e for e in catalogue(s) if e.code == "REV-10").statutory_days == 45
