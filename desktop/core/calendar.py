"""The business-day calendar: Sunday to Thursday, Israeli public holidays off."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

# Python weekday(): Monday=0 ... Friday=4, Saturday=5.
_WEEKEND = {4, 5}


# `holidays` is imported when a date is first worked out, not when the app starts (a tenth of
# the main window's imports).
@lru_cache(maxsize=32)
def _holidays_of(year: int) -> frozenset[dt.date]:
    import holidays

    return frozenset(holidays.country_holidays("IL", years=year).keys())


def holiday_name(day: dt.date) -> str | None:
    import holidays

    return holidays.country_holidays("IL", years=day.year, language="he").get(day)


def is_business_day(day: dt.date) -> bool:
    return day.weekday() not in _WEEKEND and day not in _holidays_of(day.year)


def add_business_days(start: dt.date, days: int) -> dt.date:
    """The date `days` business days after `start` (start itself is not counted).

    With days == 0 the answer is start, or the next business day when start is a day off.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    if days == 0:
        while not is_business_day(day):
            day += dt.timedelta(days=1)
        return day
    remaining = days
    while remaining:
        day += dt.timedelta(days=1)
        if is_business_day(day):
            remaining -= 1
    return day


def business_days_between(start: dt.date, end: dt.date) -> int:
    """Business days after `start` up to and including `end` (0 when end <= start)."""
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_business_day(day):
            count += 1
    return count
