"""Calendar arithmetic for plan periods: month ends, quarters, the year a bare month falls in."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

__all__ = ["PlanYear", "month_end", "month_start", "quarter_bounds", "roman_to_int", "safe_date"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}


def roman_to_int(token: str) -> int | None:
    """Quarter numbers as plans write them: "II" or "2" → 2; anything else → None."""
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    return _ROMAN.get(token)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    first = 3 * (quarter - 1) + 1
    return month_start(year, first), month_end(year, first + 2)


@dataclass(frozen=True)
class PlanYear:
    """The year a plan covers, which gives a year to dates written without one.

    A school-year plan ("năm học 2025-2026") puts a bare month 8-12 in the first year and 1-7 in
    the second (the convention of the answer keys: August prepares the school year it opens).
    ``year`` is None when nothing in the document (or the caller) said which year it is; dates
    without a year then stay unresolved.
    """

    year: int | None
    school_year: tuple[int, int] | None = None

    def year_for_month(self, month: int) -> int | None:
        if self.school_year is not None:
            return self.school_year[0] if month >= 8 else self.school_year[1]
        return self.year

    def shifted(self, years: int) -> PlanYear:
        """The context "năm sau" refers to."""
        if self.school_year is not None:
            first, second = self.school_year
            return PlanYear(
                self.year + years if self.year else None, (first + years, second + years)
            )
        return PlanYear(self.year + years if self.year else None)
