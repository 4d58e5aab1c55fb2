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
        case = open_case(s, seeded, resident_id, [ItemDraft(a.id, "פירוט (1)"), ItemDraft(b.id)],
                         service_started_at=started)
        number = case.number
    assert is_valid_case_number(number) and number.startswith("KDR-")
    with sessions() as s:
        view = get_case(s, number)
        events = timeline(s, view)
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
        number = open_case(s, seeded, resident_id, [ItemDraft(a.id, "", b.department_id)],
                           service_started_at=clock.utcnow()).number
    with sessions() as s:
        item = get_case(s, number).items[0]
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
            numbers.append(open_case(s, seeded, resident_id, [ItemDraft(a.id)],
                                     service_started_at=clock.utcnow()).number)
    seqs = [int(n.split("-")[2]) for n in numbers]
    assert seqs == [seqs[0], seqs[0] + 1, seqs[0] + 2]
    with sessions.begin() as s:
        profile = open_profile(s, seeded, resident_id)
    assert len(profile.open_items) == 3 and len(profile.past_cases) == 3
    with sessions() as s:
        assert [c.number for c in list_cases(s)] == list(reversed(numbers))


def test_a_case_needs_an_item_and_a_known_case_number(sessions, seeded, resident_id):
    with sessions.begin() as s, pytest.raises(ValidationError):
        open_case(s, seeded, resident_id, [], service_started_at=clock.utcnow())
    with sessions() as s, pytest.raises(CaseNotFound) as err:
        get_case(s, "KDR-26-99999-0")
    assert "KDR-26-99999-0" in err.value.message


def test_catalogue_matching_by_first_letters_and_keywords(sessions, seeded):
    with sessions() as s:
        catalogue = request_types(s)
    assert len(catalogue) >= 25
    hits = match_request_types(catalogue, "ארנ")
    assert hits and all("ארנונ" in h.search_key for h in hits)
    assert match_request_types(catalogue, "zzzz") == []


def test_a_whole_typed_word_ranks_before_a_word_it_only_begins(sessions, seeded):
    """"עץ" is the tree: its folded final letter also begins "עצמאי" (single-parent discounts),
    which must not come first."""
    with sessions() as s:
        catalogue = request_types(s)
    hits = match_request_types(catalogue, "עץ")
    assert hits[0].name.startswith("עץ מסוכן"), [h.name for h in hits]
    assert any("עצמאי" in h.search_key for h in hits)  # still found, after the tree
