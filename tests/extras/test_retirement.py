"""The retirement-age table: men 67, women by birth month (62 up to 65 for 1960-1970)."""

import datetime as dt

import pytest

from desktop.extras.retirement import reached_retirement, retirement_age, retirement_date

D = dt.date


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        (D(1950, 3, 1), (62, 0)),
        (D(1959, 12, 31), (62, 0)),
        (D(1960, 1, 1), (62, 4)),
        (D(1960, 12, 31), (62, 4)),
        (D(1961, 6, 15), (62, 8)),
        (D(1962, 1, 1), (63, 0)),
        (D(1963, 7, 1), (63, 3)),
        (D(1964, 2, 29), (63, 6)),
        (D(1965, 12, 31), (63, 9)),
        (D(1966, 1, 1), (64, 0)),
        (D(1967, 5, 5), (64, 3)),
        (D(1968, 8, 8), (64, 6)),
        (D(1969, 12, 31), (64, 9)),
        (D(1970, 1, 1), (65, 0)),
        (D(1985, 1, 1), (65, 0)),
        (D(1944, 6, 30), (60, 0)),
        (D(1944, 7, 1), (60, 4)),
        (D(1947, 5, 1), (62, 0)),
    ],
)
def test_women(birth, expected):
    assert retirement_age(birth, "F") == expected


def test_men_and_unknown():
    assert retirement_age(D(1960, 1, 1), "M") == (67, 0)
    assert retirement_date(D(1959, 11, 23), "M") == D(2026, 11, 23)
    assert not reached_retirement(D(1962, 1, 1), "", D(2026, 11, 23))  # unknown: men's age


def test_month_boundaries():
    # 62 and 4 months after 31 October 1960 is 28 or 29 February; 1960+62 = 2022 -> 28 Feb 2023.
    assert retirement_date(D(1960, 10, 31), "F") == D(2023, 2, 28)
    assert retirement_date(D(1964, 2, 29), "F") == D(2027, 8, 29)
    assert retirement_date(D(1963, 8, 31), "F") == D(2026, 11, 30)
    assert not reached_retirement(D(1963, 8, 31), "F", D(2026, 11, 29))
    assert reached_retirement(D(1963, 8, 31), "F", D(2026, 11, 30))
    assert reached_retirement(D(1959, 11, 23), "M", D(2026, 11, 23))
    assert not reached_retirement(D(1959, 11, 24), "M", D(2026, 11, 23))
    assert not reached_retirement(None, "F", D(2026, 11, 23))
