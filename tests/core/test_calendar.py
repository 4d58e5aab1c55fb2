"""Business days: Sunday to Thursday, Israeli public holidays off."""

import datetime as dt

import pytest

from desktop.core.calendar import add_business_days, business_days_between, is_business_day

D = dt.date


def test_weekend_is_friday_and_saturday():
    assert is_business_day(D(2026, 11, 22))  # Sunday
    assert is_business_day(D(2026, 11, 26))  # Thursday
    assert not is_business_day(D(2026, 11, 27))  # Friday
    assert not is_business_day(D(2026, 11, 28))  # Saturday


def test_counting_across_a_weekend():
    # Thursday + 1 business day = Sunday.
    assert add_business_days(D(2026, 11, 26), 1) == D(2026, 11, 29)
    # Wednesday + 5 = next Wednesday.
    assert add_business_days(D(2026, 11, 25), 5) == D(2026, 12, 2)


def test_zero_days_moves_off_a_day_off():
    assert add_business_days(D(2026, 11, 27), 0) == D(2026, 11, 29)
    assert add_business_days(D(2026, 11, 24), 0) == D(2026, 11, 24)


def test_pesach_2026_is_skipped():
    # Pesach: Thursday 2 April 2026; seventh day: Wednesday 8 April 2026.
    assert not is_business_day(D(2026, 4, 2))
    assert not is_business_day(D(2026, 4, 8))
    # From Wednesday 1 April: Thu 2/4 holiday, Fri-Sat weekend -> Sunday 5 April.
    assert add_business_days(D(2026, 4, 1), 1) == D(2026, 4, 5)
    # 5 business days from 1 April: 5, 6, 7, (8 off), 9, 12.
    assert add_business_days(D(2026, 4, 1), 5) == D(2026, 4, 12)


def test_sukkot_and_simchat_torah_2027():
    # Whatever weekday Sukkot falls on, no expected date may land on it.
    import holidays

    il = holidays.country_holidays("IL", years=2027)
    sukkot = [d for d, name in il.items() if "Sukkot" in name]
    assert sukkot, "the holidays package must know Sukkot"
    for day in sukkot:
        assert not is_business_day(day)
        before = day - dt.timedelta(days=1)
        while not is_business_day(before):
            before -= dt.timedelta(days=1)
        assert add_business_days(before, 1) != day


def test_yom_kippur_monday_2026():
    assert not is_business_day(D(2026, 9, 21))
    assert add_business_days(D(2026, 9, 20), 1) == D(2026, 9, 22)


def test_between_is_the_inverse_of_add():
    start = D(2026, 3, 1)
    for n in range(0, 40, 3):
        end = add_business_days(start, n)
        assert business_days_between(start, end) == n


def test_negative_is_refused():
    with pytest.raises(ValueError):
        add_business_days(D(2026, 1, 1), -1)
