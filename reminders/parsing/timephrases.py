"""Recognise Vietnamese time phrases in plan text and resolve them to start and due dates.

The due-date convention (shared/README.md) in short: ``due`` is the last calendar day by which a
task must be done ("trước ngày 01/12/2020" → 30/11/2020, "Quý I/2020" → 31/3/2020); "thường
xuyên", "hằng năm", "định kỳ" have no due date but are recurring; a deadline hanging on an event
("sau khi kết thúc Hội nghị") has no due date and is event-relative; a date without a year takes
the year the plan covers.

Matching runs on a folded copy of the text (see :mod:`.textnorm`), so "truoc ngay 1/12" and
"trước ngày 01/12" are the same phrase, and returns the phrase exactly as written.

Phrases differ in how much they say about a deadline, which is what :class:`Strength` records:
an explicit marker ("trước ngày", "chậm nhất", "xong trong tháng") beats the heading an item sits
under, while a period the item merely mentions ("6 tháng đầu năm", "Quý III") only counts when
nothing else gives a date. A bare "Tháng 01" means something only as a heading or a table cell.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import IntEnum
from typing import Literal

from .citations import DATE_PATTERN, mask_citations
from .periods import PlanYear, month_end, month_start, quarter_bounds, roman_to_int, safe_date
from .textnorm import aligned_fold

__all__ = ["Strength", "TimePhrase", "find_time_phrases", "resolve_scope"]


class Strength(IntEnum):
    SCOPE_ONLY = 0  # "Tháng 01": a heading or a table cell, meaningless inside a sentence
    WEAK = 1  # a period the text mentions: "6 tháng đầu năm", "Quý III", "tháng 01/2020"
    STRONG = 2  # an explicit deadline: "trước ngày", "chậm nhất", "xong trong tháng", "từ ... đến"


@dataclass(frozen=True)
class TimePhrase:
    """One time phrase found in a text, with what it means for the task it belongs to."""

    text: str
    offset: int
    end: int
    strength: Strength
    start: date | None = None
    due: date | None = None
    recurring: bool = False
    recurrence: Literal["yearly"] | None = None
    recurring_due: str | None = None
    event_relative: bool = False

    @property
    def is_dated(self) -> bool:
        return self.due is not None or self.start is not None

    @property
    def is_deadline(self) -> bool:
        """A dated phrase (as opposed to "thường xuyên" or "sau khi ...")."""
        return not self.recurring and not self.event_relative


# ---------------------------------------------------------------------------------------------
# Building blocks (all on folded text: ASCII letters, lower case)

_DATE = DATE_PATTERN
_DAY_MONTH = r"(?<![\d/#])(?:\d{1,2}\s*/\s*\d{1,2}(?![\d/])|\d{1,2}\s+thang\s+\d{1,2}(?![\d/]))"
_NEXT_YEAR = r"(?P<ny>\s*,?\s*(?:cua\s+)?nam\s+(?:sau|toi|ke\s+tiep))?"
_ROMAN_Q = r"(?:iv|i{1,3}|[1-4])(?![a-z0-9])"
# A month number not followed by "/dd" (then it was the day of a d/m date) nor by more digits.
_MONTH = r"(?:0?[1-9]|1[0-2])(?!\d)(?!\s*/\s*\d{1,2}(?!\d))"
# "tháng" right after a day number belongs to a long-form date ("ngày 26 tháng 02 năm 2020").
_NOT_AFTER_DAY = r"(?<![\d#]\s)(?<![\d#])"
_YEAR_SUFFIX = r"(?:\s*/\s*(?P<{name}>\d{{4}})|\s+nam\s+(?P<{name}b>\d{{4}}))?"

_Builder = Callable[[re.Match[str], PlanYear], "TimePhrase | None"]


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    build: _Builder
    priority: int


def _year_of(match: re.Match[str], name: str) -> int | None:
    for group in (name, name + "b"):
        value = match.groupdict().get(group)
        if value:
            return int(value)
    return None


def _context(match: re.Match[str], plan: PlanYear) -> PlanYear:
    return plan.shifted(1) if match.groupdict().get("ny") else plan


def _parse_date(text: str, plan: PlanYear) -> date | None:
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if len(numbers) < 2:
        return None
    day, month = numbers[0], numbers[1]
    if not 1 <= month <= 12:
        return None
    if len(numbers) >= 3:
        year = numbers[2] + (2000 if numbers[2] < 100 else 0)
    else:
        resolved = plan.year_for_month(month)
        if resolved is None:
            return None
        year = resolved
    return safe_date(year, month, day)


def _phrase(
    match: re.Match[str],
    strength: Strength,
    *,
    start: date | None = None,
    due: date | None = None,
    recurring: bool = False,
    recurrence: Literal["yearly"] | None = None,
    recurring_due: str | None = None,
    event_relative: bool = False,
) -> TimePhrase:
    # ``text`` is filled in by find_time_phrases, which knows the original (unfolded) string.
    return TimePhrase(
        text="",
        offset=match.start(),
        end=match.end(),
        strength=strength,
        start=start,
        due=due,
        recurring=recurring,
        recurrence=recurrence,
        recurring_due=recurring_due,
        event_relative=event_relative,
    )


def _has_explicit_year(text: str) -> bool:
    return bool(re.search(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}|nam\s+\d{4}|[.-]\d{4}", text))


# --- exact dates ------------------------------------------------------------------------------


def _build_date_range(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    ctx = _context(match, plan)
    first_text, last_text = match.group("d1"), match.group("d2")
    due = _parse_date(last_text, ctx)
    start = _parse_date(first_text, ctx)
    if start and due and not _has_explicit_year(first_text):
        # "từ 15/12 đến 15/01/2027": the first date borrows the year of the second.
        start = safe_date(due.year, start.month, start.day) or start
        if start > due:
            start = safe_date(due.year - 1, start.month, start.day) or start
    return _phrase(match, Strength.STRONG, start=start, due=due)


def _standing(match: re.Match[str], plan: PlanYear, *, day_before: bool) -> TimePhrase | None:
    """A dated rule in a document with no year ("chậm nhất ngày 15/3 năm sau" in a province's
    standing filing rules) recurs every year on that day: a yearly deadline, not an unknown one.
    """
    if plan.year is not None or plan.school_year is not None:
        return None
    if _has_explicit_year(match.group("d")):
        return None
    return _yearly(match, day_before=day_before)


def _build_before_date(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    standing = _standing(match, plan, day_before=True)
    if standing is not None:
        return standing
    day = _parse_date(match.group("d"), _context(match, plan))
    return _phrase(match, Strength.STRONG, due=day - timedelta(days=1) if day else None)


def _build_by_date(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    standing = _standing(match, plan, day_before=False)
    if standing is not None:
        return standing
    return _phrase(match, Strength.STRONG, due=_parse_date(match.group("d"), _context(match, plan)))


def _build_on_date(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    day = _parse_date(match.group("d"), _context(match, plan))
    return _phrase(match, Strength.STRONG, start=day, due=day)


def _yearly(match: re.Match[str], *, day_before: bool) -> TimePhrase | None:
    # Any leap year accepts 29/02; only month and day are kept.
    day = _parse_date(match.group("d"), PlanYear(2024))
    if day is None:
        return None
    if day_before:
        day -= timedelta(days=1)
    return _phrase(
        match,
        Strength.STRONG,
        recurring=True,
        recurrence="yearly",
        recurring_due=f"{day.month:02d}-{day.day:02d}",
    )


# --- months, quarters, halves ------------------------------------------------------------------


def _months_in(text: str) -> list[int]:
    return [int(m) for m in re.findall(r"(?<![\d/])\d{1,2}(?![\d/])", text)]


def _month_period(
    months: list[int], year: int | None, plan: PlanYear, prefix: str
) -> tuple[date | None, date | None]:
    first, last = months[0], months[-1]
    if year is not None:
        last_year = year
        first_year = year if first <= last else year - 1
    else:
        first_year_opt, last_year_opt = plan.year_for_month(first), plan.year_for_month(last)
        if first_year_opt is None or last_year_opt is None:
            return None, None
        first_year, last_year = first_year_opt, last_year_opt
        if first > last and first_year == last_year:
            last_year += 1  # "Tháng 11, 12, 01" runs into the next year
    if prefix == "truoc":
        before = month_start(last_year, last) - timedelta(days=1)
        return None, before
    due = month_end(last_year, last)
    if prefix in {"den", "den het", "het", "toi"}:
        return None, due
    return month_start(first_year, first), due


def _prefix(match: re.Match[str]) -> str:
    raw = match.groupdict().get("pre") or ""
    return re.sub(r"\s+", " ", raw).strip()


def _month_strength(prefix: str, explicit_year: bool) -> Strength:
    if prefix:
        return Strength.STRONG
    return Strength.WEAK if explicit_year else Strength.SCOPE_ONLY


def _build_month_range(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    ctx = _context(match, plan)
    first, last = int(match.group("m1")), int(match.group("m2"))
    if not (1 <= first <= 12 and 1 <= last <= 12):
        return None
    first_year, last_year = _year_of(match, "y1"), _year_of(match, "y2")
    if last_year is None:
        last_year = ctx.year_for_month(last)
    if first_year is None and last_year is not None:
        first_year = last_year if first <= last else last_year - 1
    if first_year is None:
        first_year = ctx.year_for_month(first)
    if first_year is None or last_year is None:
        return _phrase(match, Strength.STRONG)
    explicit = _year_of(match, "y2") is not None
    strength = Strength.STRONG if match.group("tu") else _month_strength("", explicit)
    return _phrase(
        match, strength, start=month_start(first_year, first), due=month_end(last_year, last)
    )


def _build_months(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    months = [int(match.group("m")), *_months_in(match.group("more") or "")]
    if any(not 1 <= m <= 12 for m in months):
        return None
    prefix = _prefix(match)
    for word in ("xong", "hoan thanh", "ket thuc"):
        prefix = prefix.removeprefix(word).strip()
    year = _year_of(match, "y")
    start, due = _month_period(months, year, _context(match, plan), prefix)
    return _phrase(match, _month_strength(prefix, year is not None), start=start, due=due)


def _build_quarters(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    tokens = [match.group("q"), *re.findall(_ROMAN_Q, match.group("more") or "")]
    quarters = [q for q in (roman_to_int(t) for t in tokens) if q is not None]
    if not quarters or any(not 1 <= q <= 4 for q in quarters):
        return None
    year = _year_of(match, "y")
    ctx = _context(match, plan)
    if year is None:
        # A quarter has no month of its own; in a school-year plan its first month decides.
        year = ctx.year_for_month(3 * (quarters[0] - 1) + 1)
    prefix = _prefix(match)
    for word in ("xong", "hoan thanh"):
        prefix = prefix.removeprefix(word).strip()
    strength = Strength.STRONG if prefix else Strength.WEAK
    if year is None:
        return _phrase(match, strength)
    start, _ = quarter_bounds(year, quarters[0])
    last_year = year if quarters[-1] >= quarters[0] else year + 1
    _, due = quarter_bounds(last_year, quarters[-1])
    if prefix == "truoc":
        return _phrase(match, strength, due=start - timedelta(days=1))
    if prefix in {"den", "den het", "het", "cuoi"}:
        return _phrase(match, strength, due=due)
    if prefix == "dau":
        return _phrase(match, strength, start=start, due=month_end(start.year, start.month))
    return _phrase(match, strength, start=start, due=due)


def _build_half(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    year = _year_of(match, "y") or plan.year
    strength = Strength.STRONG if _prefix(match) else Strength.WEAK
    if year is None:
        return _phrase(match, strength)
    if match.group("h") == "dau":
        return _phrase(match, strength, start=date(year, 1, 1), due=date(year, 6, 30))
    return _phrase(match, strength, start=date(year, 7, 1), due=date(year, 12, 31))


def _build_end_of_year(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    year = _year_of(match, "y") or plan.year
    strength = Strength.STRONG if _prefix(match) else Strength.WEAK
    return _phrase(match, strength, due=date(year, 12, 31) if year else None)


def _build_school_year(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    first, second = int(match.group("a")), int(match.group("b"))
    if second != first + 1:
        return None
    strength = Strength.WEAK if _prefix(match) else Strength.SCOPE_ONLY
    return _phrase(match, strength, start=date(first, 8, 1), due=date(second, 7, 31))


def _build_whole_year(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    year = _year_of(match, "y") or plan.year
    if year is None:
        return _phrase(match, Strength.SCOPE_ONLY)
    return _phrase(match, Strength.SCOPE_ONLY, start=date(year, 1, 1), due=date(year, 12, 31))


# --- recurrence and events ----------------------------------------------------------------------

# "nhiệm vụ thường xuyên", "chi thường xuyên", "khen thưởng thường xuyên" name a kind of work or
# spending, not a rhythm.
#: Longer than any _NOT_A_RHYTHM phrase plus the (already collapsed) spaces after it.
_RHYTHM_LOOKBACK = 120
_NOT_A_RHYTHM = re.compile(
    r"(?:nhiem\s+vu|chi|kinh\s+phi|du\s+toan|khen\s+thuong|hoat\s+dong\s+chuyen\s+mon)\s+$"
)


def _build_recurring(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    unit = match.groupdict().get("u")
    recurrence: Literal["yearly"] | None = "yearly" if unit == "nam" else None
    return _phrase(match, Strength.STRONG, recurring=True, recurrence=recurrence)


_EVENT_WORDS = re.compile(
    r"\b(?:dai\s+hoi|hoi\s+nghi|bau\s+cu|ky\s+hop|le\s+|khai\s+giang|be\s+giang|tong\s+ket|so\s+ket"
    r"|ket\s+thuc|co\s+quyet\s+dinh|co\s+ket\s+qua|co\s+van\s+ban|nhan\s+(?:duoc|du)|phe\s+duyet"
    r"|ban\s+hanh|cong\s+bo|tet|sap\s+nhap|thanh\s+lap|kiem\s+tra|hop\s+xet|binh\s+xet"
    r"|thong\s+bao|huong\s+dan\s+cua|trao\s+thuong|to\s+chuc|khai\s+mac|dien\s+ra"
    r"|co\s+thanh\s+tich|xay\s+ra|trao\s+tang|du\s+kien|thanh\s+tich|khai\s+truong"
    r"|nghiem\s+thu|hoan\s+thanh|ky\s+niem)"
)


def _build_event(match: re.Match[str], plan: PlanYear) -> TimePhrase | None:
    event = match.groupdict().get("ev") or ""
    if event and not _EVENT_WORDS.search(event):
        return None
    return _phrase(match, Strength.STRONG, event_relative=True)


# ---------------------------------------------------------------------------------------------

_DATE_PREFIX_BEFORE = r"\b(?:cham\s+nhat\s+(?:la\s+)?)?truoc\s*(?:ngay\s*)?"
_BY_WORDS = (
    r"\b(?:cham\s+nhat|han\s+chot|han\s+cuoi|thoi\s+han|han\s+(?:nop|gui|hoan\s+thanh)|han"
    r"|xong|hoan\s+thanh|ket\s+thuc)"
)
_MONTH_PREFIX = (
    r"(?P<pre>(?:xong\s+|hoan\s+thanh\s+|ket\s+thuc\s+)?(?:trong|vao)|den\s+het|den|toi|het|truoc)"
)

_RULES: tuple[_Rule, ...] = (
    _Rule(
        re.compile(
            rf"\btu\s+(?:ngay\s*)?(?P<d1>{_DATE})\s*(?:den|toi|-)\s*(?:het\s+)?(?:ngay\s*)?"
            rf"(?P<d2>{_DATE}){_NEXT_YEAR}"
        ),
        _build_date_range,
        90,
    ),
    _Rule(
        re.compile(
            rf"\bngay\s*(?P<d1>{_DATE})\s*(?:den|toi)\s+(?:het\s+)?(?:ngay\s*)?(?P<d2>{_DATE})"
            rf"{_NEXT_YEAR}"
        ),
        _build_date_range,
        90,
    ),
    _Rule(
        re.compile(rf"{_DATE_PREFIX_BEFORE}(?P<d>{_DAY_MONTH})\s*,?\s*hang\s+nam\b"),
        lambda m, p: _yearly(m, day_before=True),
        95,
    ),
    _Rule(
        re.compile(rf"\b(?:vao\s+)?(?:ngay\s*)?(?P<d>{_DAY_MONTH})\s*,?\s*hang\s+nam\b"),
        lambda m, p: _yearly(m, day_before=False),
        95,
    ),
    _Rule(
        re.compile(
            rf"\bhang\s+nam\s*,?\s*(?:vao\s+)?(?P<before>truoc\s+)?(?:ngay\s*)?(?P<d>{_DAY_MONTH})"
        ),
        lambda m, p: _yearly(m, day_before=bool(m.group("before"))),
        95,
    ),
    _Rule(re.compile(rf"{_DATE_PREFIX_BEFORE}(?P<d>{_DATE}){_NEXT_YEAR}"), _build_before_date, 80),
    _Rule(
        re.compile(
            rf"{_BY_WORDS}\s*:?\s*(?:la\s+)?(?:vao\s+)?(?:truoc\s+)?(?:ngay\s*)?(?P<d>{_DATE})"
            rf"{_NEXT_YEAR}"
        ),
        lambda m, p: (
            _build_before_date(m, p) if re.search(r"truoc\s", m.group(0)) else _build_by_date(m, p)
        ),
        80,
    ),
    _Rule(
        re.compile(rf"\b(?:den|toi)\s+(?:het\s+)?ngay\s*(?P<d>{_DATE}){_NEXT_YEAR}"),
        _build_by_date,
        80,
    ),
    _Rule(re.compile(rf"\b(?:vao|trong)\s+ngay\s*(?P<d>{_DATE}){_NEXT_YEAR}"), _build_on_date, 70),
    _Rule(
        re.compile(
            rf"\b(?P<tu>tu\s+)?{_NOT_AFTER_DAY}thang\s+(?P<m1>{_MONTH})"
            + _YEAR_SUFFIX.format(name="y1")
            + rf"\s*(?:den|toi|-)\s*(?:het\s+)?thang\s+(?P<m2>{_MONTH})"
            + _YEAR_SUFFIX.format(name="y2")
            + _NEXT_YEAR
        ),
        _build_month_range,
        85,
    ),
    _Rule(
        re.compile(
            rf"\b(?:{_MONTH_PREFIX}\s+)?{_NOT_AFTER_DAY}thang\s+(?P<m>{_MONTH})"
            rf"(?P<more>(?:\s*(?:,|;|va|-|den)\s*(?:thang\s+)?{_MONTH})*)"
            + _YEAR_SUFFIX.format(name="y")
            + _NEXT_YEAR
        ),
        _build_months,
        60,
    ),
    _Rule(
        re.compile(
            r"\b(?:(?P<pre>(?:xong\s+|hoan\s+thanh\s+)?(?:trong|vao)|den\s+het|den|het|truoc"
            r"|dau|cuoi)\s+)?qu[yi]\s+"
            rf"(?P<q>{_ROMAN_Q})(?P<more>(?:\s*(?:,|;|va|-|den)\s*(?:qu[yi]\s+)?{_ROMAN_Q})*)"
            rf"(?:\s*(?:/|-|,)?\s*(?:nam\s+)?(?P<y>\d{{4}}))?{_NEXT_YEAR}"
        ),
        _build_quarters,
        60,
    ),
    _Rule(
        re.compile(
            r"\b(?:(?P<pre>trong|vao|den\s+het|het)\s+)?(?:0?6|sau)\s+thang\s+(?P<h>dau|cuoi)\s+nam"
            r"(?!\s+hoc)(?:\s+(?P<y>\d{4}))?"
        ),
        _build_half,
        60,
    ),
    _Rule(
        re.compile(
            r"\b(?:(?P<pre>vao|trong|den)\s+)?(?:dip\s+)?cuoi\s+nam(?!\s+hoc)(?:\s+(?P<y>\d{4}))?"
        ),
        _build_end_of_year,
        50,
    ),
    _Rule(
        re.compile(r"\b(?:(?P<pre>trong|ca)\s+)?nam\s+hoc\s+(?P<a>\d{4})\s*[-/]\s*(?P<b>\d{4})"),
        _build_school_year,
        50,
    ),
    _Rule(
        re.compile(r"^\s*(?:(?:ca|trong|quanh)\s+nam|nam)(?:\s+(?P<y>\d{4}))?\s*[.:]?\s*$"),
        _build_whole_year,
        40,
    ),
    _Rule(re.compile(r"\bhang\s+(?P<u>nam|thang|quy|tuan|ngay)\b(?!\s+hoc)"), _build_recurring, 30),
    _Rule(
        re.compile(
            r"\bthuong\s+xuyen(?:\s*,?\s*lien\s+tuc)?(?:\s+trong\s+(?:ca\s+)?nam(?!\s+\d))?\b"
        ),
        _build_recurring,
        30,
    ),
    _Rule(
        re.compile(
            r"\bdinh\s+ky(?:\s+(?:hang\s+)?(?P<u>nam|thang|quy|tuan)|\s+(?:6|sau)\s+thang)?\b"
        ),
        _build_recurring,
        30,
    ),
    _Rule(
        re.compile(
            r"\b(?:ngay\s+sau\s+khi|sau\s+khi|truoc\s+khi|cho\s+den\s+khi|den\s+khi|ke\s+tu\s+khi)"
            r"\s+(?P<ev>[^,.;:()]{1,90})"
        ),
        _build_event,
        75,
    ),
    _Rule(
        re.compile(
            r"\b(?:trong\s+(?:thoi\s+han|vong)\s+)?\d{1,3}\s+(?:ngay|tuan|thang)"
            r"(?:\s+lam\s+viec)?\s*,?\s*(?:ke\s+tu|sau|tu|truoc)\s+(?:(?:ngay|khi)\s+)?"
            r"(?P<ev>[^,.;:()]{1,90})"
        ),
        _build_event,
        75,
    ),
    _Rule(
        re.compile(r"\b(?:truoc|sau)\s+tet(?:\s+nguyen\s+dan|\s+am\s+lich)?\b"), _build_event, 75
    ),
    # "trước ngày trao thưởng ít nhất 07 ngày": a number of days before an event.
    _Rule(
        re.compile(
            r"\btruoc\s+(?P<ev>(?:ngay|khi|le|hoi\s+nghi|dai\s+hoi)(?:\s+[^.;:()]{1,80}?)?)\s*,?\s*"
            r"(?:it\s+nhat|toi\s+thieu|cham\s+nhat)\s+\d{1,3}\s+(?:ngay|tuan|thang)"
            r"(?:\s+lam\s+viec)?"
        ),
        _build_event,
        78,
    ),
    # "sau khi kết thúc đợt thi đua 15 ngày": the count after the event.
    _Rule(
        re.compile(
            r"\b(?:ngay\s+)?(?:sau|truoc)\s+khi\s+(?P<ev>[^,.;:()]{1,80}?)\s+(?:cham\s+nhat\s+|it\s+nhat\s+)?"
            r"\d{1,3}\s+(?:ngay|tuan|thang)(?:\s+lam\s+viec)?\b"
        ),
        _build_event,
        77,
    ),
    # "trước ngày khai mạc Đại hội", "trước Đại hội": before an event that has no date yet.
    _Rule(
        re.compile(
            r"\btruoc\s+(?:ngay\s+|khi\s+|thoi\s+diem\s+)?(?P<ev>(?:khai\s+mac|to\s+chuc|dien\s+ra"
            r"|dai\s+hoi|hoi\s+nghi|le|ky\s+hop|trao\s+(?:thuong|tang)|tong\s+ket|so\s+ket"
            r"|bau\s+cu)\b[^,.;:()]{0,60})"
        ),
        _build_event,
        74,
    ),
    # "trước 03 ngày (so với ngày tổ chức ...)": days before an event named or implied.
    _Rule(
        re.compile(
            r"\b(?:(?:it\s+nhat|toi\s+thieu)\s+)?truoc\s+(?:it\s+nhat\s+)?\d{1,3}\s+(?:ngay|tuan)"
            r"(?:\s+lam\s+viec)?(?:\s*(?:so\s+voi|truoc|ke\s+tu)\s+(?P<ev>[^,.;:()]{1,80}))?"
        ),
        _build_event,
        76,
    ),
)


def _select(candidates: list[tuple[TimePhrase, int]]) -> list[TimePhrase]:
    """Keep the longest phrase wherever phrases overlap ("trước ngày 25/11 hằng năm" is one);
    between equally long ones, the rule with the higher priority."""
    # The chosen phrases never overlap, so sorted by start they are sorted by end too: a new
    # phrase only needs checking against its two neighbours (a bisection, not a scan of every
    # chosen phrase, which made a long paragraph cost quadratic time).
    starts: list[int] = []
    chosen: list[TimePhrase] = []
    ranked = sorted(candidates, key=lambda c: (-(c[0].end - c[0].offset), -c[1], c[0].offset))
    for phrase, _ in ranked:
        i = bisect.bisect_right(starts, phrase.offset)
        if i > 0 and chosen[i - 1].end > phrase.offset:
            continue
        if i < len(starts) and starts[i] < phrase.end:
            continue
        starts.insert(i, phrase.offset)
        chosen.insert(i, phrase)
    return chosen


def find_time_phrases(text: str, plan: PlanYear, *, scope: bool = False) -> list[TimePhrase]:
    """All time phrases of ``text`` in reading order, resolved against the plan's year.

    ``scope=True`` is for a heading or a table's "Thời gian" cell, where a bare "Tháng 01" or
    "năm học 2015-2016" is the period of everything under it; inside a sentence those are ignored.
    """
    folded = mask_citations(aligned_fold(text))
    candidates: list[tuple[TimePhrase, int]] = []
    for rule in _RULES:
        for match in rule.pattern.finditer(folded):
            if match.end() == match.start():
                continue
            # Only the words just before the match matter; searching the whole prefix made
            # each match cost O(paragraph), so a long paragraph parsed in quadratic time.
            before = folded[max(0, match.start() - _RHYTHM_LOOKBACK) : match.start()]
            if rule.build is _build_recurring and _NOT_A_RHYTHM.search(before):
                continue
            phrase = rule.build(match, plan)
            if phrase is None:
                continue
            candidates.append((phrase, rule.priority))
    phrases = _select(candidates)
    if not scope:
        phrases = [p for p in phrases if p.strength > Strength.SCOPE_ONLY]
    return [replace(p, text=_as_written(text, p.offset, p.end)) for p in phrases]


def _as_written(text: str, start: int, end: int) -> str:
    return text[start:end].strip(" ,;:.-")


def resolve_scope(text: str, plan: PlanYear) -> TimePhrase | None:
    """The period a heading or a "Thời gian" cell sets for everything under it, if any.

    Several phrases in one cell ("Tháng 3 và tháng 9") are merged into one window.
    """
    phrases = find_time_phrases(text, plan, scope=True)
    if not phrases:
        return None
    recurring = [p for p in phrases if p.recurring]
    if recurring:
        return recurring[0]
    dated = [p for p in phrases if p.is_dated]
    explicit = [p for p in dated if p.strength is Strength.STRONG]
    if explicit:
        # "Tháng 3 (trước ngày 15/3)": the explicit deadline is the one that counts.
        return explicit[0]
    if len(dated) <= 1:
        return phrases[0]
    starts = [p.start for p in dated if p.start is not None]
    dues = [p.due for p in dated if p.due is not None]
    return replace(
        dated[0],
        text=_as_written(text, dated[0].offset, dated[-1].end),
        end=dated[-1].end,
        start=min(starts) if starts else None,
        due=max(dues) if dues else None,
    )
