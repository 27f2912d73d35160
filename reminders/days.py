"""Calendar arithmetic: quarters, working days (Sundays and Vietnamese public holidays off)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import holidays


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_range(year: int, quarter: int) -> tuple[date, date]:
    first = date(year, 3 * quarter - 2, 1)
    last_month = 3 * quarter
    last = (date(year + 1, 1, 1) if last_month == 12 else date(year, last_month + 1, 1)) - (
        timedelta(days=1)
    )
    return first, last


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@lru_cache(maxsize=64)
def _vn_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("VN", years=year).keys())


class WorkCalendar:
    """Which days are off: Sundays, Vietnamese public holidays, and any extra weekdays."""

    def __init__(self, extra_weekdays_off: Iterable[int] = ()) -> None:
        # date.weekday(): Monday 0 … Sunday 6.
        self.weekdays_off = frozenset({6, *extra_weekdays_off})

    def is_off(self, day: date) -> bool:
        return day.weekday() in self.weekdays_off or day in _vn_holidays(day.year)

    def holiday_name(self, day: date) -> str | None:
        return holidays.country_holidays("VN", years=day.year, language="vi").get(day)

    def next_working(self, day: date) -> date:
        """``day`` itself if it is a working day, else the next one."""
        for _ in range(60):
            if not self.is_off(day):
                return day
            day += timedelta(days=1)
        return day

    def previous_working(self, day: date) -> date:
        for _ in range(60):
            if not self.is_off(day):
                return day
            day -= timedelta(days=1)
        return day

    def first_working_day_of_quarter(self, year: int, quarter: int) -> date:
        return self.next_working(quarter_range(year, quarter)[0])
