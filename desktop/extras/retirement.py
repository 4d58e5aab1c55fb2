"""Retirement age by the National Insurance schedule: men 67; women 60 to 65 by birth month."""

from __future__ import annotations

import datetime as dt

MEN_YEARS = 67

# Women: (last birth month (year, month) of the band, age in years, extra months). Born after
# the last band: 65. The bands of 1944-1947 come from the 2004 law; those of 1960-1969 from the
# 2022 amendment, which raises the age by three or four months for each year of birth.
_WOMEN = (
    ((1944, 6), 60, 0),
    ((1944, 8), 60, 4),
    ((1945, 4), 60, 8),
    ((1945, 12), 61, 0),
    ((1946, 8), 61, 4),
    ((1947, 4), 61, 8),
    ((1959, 12), 62, 0),
    ((1960, 12), 62, 4),
    ((1961, 12), 62, 8),
    ((1962, 12), 63, 0),
    ((1963, 12), 63, 3),
    ((1964, 12), 63, 6),
    ((1965, 12), 63, 9),
    ((1966, 12), 64, 0),
    ((1967, 12), 64, 3),
    ((1968, 12), 64, 6),
    ((1969, 12), 64, 9),
)


def retirement_age(birth: dt.date, gender: str) -> tuple[int, int]:
    """(years, months) for a man ("M") or a woman ("F")."""
    if gender != "F":
        return MEN_YEARS, 0
    for (year, month), years, months in _WOMEN:
        if (birth.year, birth.month) <= (year, month):
            return years, months
    return 65, 0


def _add_months(day: dt.date, months: int) -> dt.date:
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    # A birthday on the 31st in a shorter month falls on the month's last day.
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def retirement_date(birth: dt.date, gender: str) -> dt.date:
    years, months = retirement_age(birth, gender)
    return _add_months(birth, years * 12 + months)


def reached_retirement(birth: dt.date | None, gender: str, today: dt.date) -> bool:
    """Unknown gender counts as the later (men's) age, so no one is told too early."""
    if birth is None:
        return False
    return retirement_date(birth, gender if gender == "F" else "M") <= today
