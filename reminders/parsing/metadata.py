"""The plan's title, issuer, issue date and the year it covers.

The year matters most: every "Tháng 02" or "trước 25/11" in the plan takes it. It comes from the
title ("... năm 2026", "năm học 2025-2026"), else from the years the plan's own deadlines spell
out ("Quý I/2020"), and only then from the issue date, because a plan for 2026 is often signed in
December 2025.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Literal

from .layout import Paragraph, split_numbering
from .periods import PlanYear, safe_date
from .textnorm import aligned_fold, smart_case, word_count
from .timephrases import find_time_phrases

__all__ = ["PlanHeader", "is_issue_date_line", "read_header"]

_ISSUE_DATE = re.compile(
    r"^[^,]{2,80},\s*ngay\s*(?P<d>\d{1,2})?[\s._…/]*thang\s*(?P<m>\d{1,2})?[\s._…/]*"
    r"nam\s*(?P<y>\d{4})\s*\.?$"
)
_TITLE_WORD = re.compile(r"^(?:ke\s+hoach|chuong\s+trinh(?:\s+cong\s+tac)?)\b\s*[:.]?\s*")
_ISSUER = re.compile(
    r"(?:uy\s+ban\s+nhan\s+dan|ubnd|ban\s+thuong\s+vu|ban\s+chap\s+hanh|hoi\s+dong\s+thi\s+dua"
    r"|hoi\s+dong\s+tdkt|dang\s+uy|so\s+noi\s+vu|ban\s+thi\s+dua|phong\s+noi\s+vu"
    r"|phong\s+van\s+hoa)"
)
_ISSUER_VERB = re.compile(
    r"\s+(?:xay\s+dung|ban\s+hanh|trien\s+khai)\s+(?:ke\s+hoach|chuong\s+trinh)"
)
_ENDS_WITH_LEVEL = re.compile(r"\b(?:tinh|huyen|xa|phuong|thi\s+tran|quan|thanh\s+pho|thi\s+xa)$")
_STARTS_WITH_LEVEL = re.compile(r"(?:tinh|huyen|xa|phuong|thi\s+tran|quan|thanh\s+pho|thi\s+xa)\b")
_HAS_PLACE = re.compile(r"\b(?:tinh|huyen|xa|phuong|thi\s+tran|quan|thanh\s+pho|thi\s+xa)\s+\w")
_LETTERHEAD_STOP = re.compile(r"^(?:cong\s+hoa|doc\s+lap|so\s*:|ke\s+hoach)")


YearSource = Literal["caller", "title", "deadlines", "issue_date", "text", "none"]


@dataclass(frozen=True)
class PlanHeader:
    title: str | None
    issuer: str | None
    issued: date | None
    issued_year: int | None
    plan_year: PlanYear
    year_source: YearSource


def is_issue_date_line(text: str) -> tuple[date | None, int] | None:
    """``(date, year)`` when ``text`` is a "Mai Sơn, ngày 26 tháng 02 năm 2020" line."""
    match = _ISSUE_DATE.match(aligned_fold(text).strip())
    if not match:
        return None
    year = int(match.group("y"))
    day, month = match.group("d"), match.group("m")
    issued = safe_date(year, int(month), int(day)) if day and month else None
    return issued, year


def _title(paragraphs: list[Paragraph]) -> tuple[str | None, int | None]:
    for position, paragraph in enumerate(paragraphs[:40]):
        folded = aligned_fold(paragraph.text)
        match = _TITLE_WORD.match(folded)
        # The title word is set in capitals ("KẾ HOẠCH"); "Kế hoạch này ..." is a sentence.
        if not match or not paragraph.text[: match.end()].strip(" :.").isupper():
            continue
        # "KẾ HOẠCH Công tác thi đua ..." on one line, or "KẾ HOẠCH" and the subject below it.
        rest = paragraph.text[match.end() :].strip()
        parts = [rest] if rest else []
        for follower in paragraphs[position + 1 : position + 6]:
            text = follower.text
            if split_numbering(text) is not None or is_issue_date_line(text):
                break  # "I. NỘI DUNG" opens the body
            if parts and not (text.isupper() or follower.emphasized):
                break
            # A first line that reads like a sentence of the preamble is not the subject.
            set_apart = text.isupper() or follower.emphasized
            if (
                not parts
                and not set_apart
                and (text.endswith((".", ";", ":", ",")) or word_count(text) > 45)
            ):
                break
            parts.append(text)
            if not (text.isupper() or follower.emphasized):
                break
        title = " ".join(smart_case(p) for p in parts).strip()
        return (title or None), position
    return None, None


def _letterhead(paragraphs: list[Paragraph]) -> str | None:
    """The issuing body as printed top left: upper-case lines before "CỘNG HÒA ...".

    A line starting with a level word ("TỈNH LAI CHÂU") finishes the line above it; otherwise
    each line is a body, the parent above the issuer ("UBND XÃ A" / "HỘI ĐỒNG THI ĐUA ...").
    """
    bodies: list[str] = []
    for paragraph in paragraphs[:12]:
        folded = aligned_fold(paragraph.text)
        if _LETTERHEAD_STOP.match(folded):
            break
        if not paragraph.text.isupper():
            continue
        if bodies and _STARTS_WITH_LEVEL.match(folded):
            bodies[-1] = f"{bodies[-1]} {paragraph.text}"
        else:
            bodies.append(paragraph.text)
    if not bodies:
        return None
    issuer = smart_case(bodies[-1])
    if len(bodies) > 1 and not _HAS_PLACE.search(aligned_fold(bodies[-1])):
        issuer = f"{issuer} ({smart_case(bodies[0])})"
    return issuer


def _issuer(paragraphs: list[Paragraph]) -> str | None:
    letterhead = _letterhead(paragraphs)
    # The sentence introducing the plan: "Ủy ban nhân dân huyện Mai Sơn xây dựng kế hoạch ...".
    for paragraph in paragraphs[:40]:
        folded = aligned_fold(paragraph.text)
        verb = _ISSUER_VERB.search(folded)
        if not verb:
            continue
        starts = [m.start() for m in _ISSUER.finditer(folded, 0, verb.start())]
        if starts:
            unit = paragraph.text[starts[-1] : verb.start()].strip(" ,;:")
            # "Ủy ban nhân dân tỉnh" says less than the letterhead "... tỉnh Lai Châu".
            if letterhead and _ENDS_WITH_LEVEL.search(aligned_fold(unit)):
                return letterhead
            return unit[:1].upper() + unit[1:]
    return letterhead


def _years_in_deadlines(paragraphs: list[Paragraph]) -> int | None:
    years: Counter[int] = Counter()
    for paragraph in paragraphs:
        for phrase in find_time_phrases(paragraph.text, PlanYear(None), scope=True):
            if phrase.due is not None and phrase.is_deadline:
                years[phrase.due.year] += 1
    if not years:
        return None
    return years.most_common(1)[0][0]


def _title_year(title: str) -> PlanYear | None:
    folded = aligned_fold(title)
    school = re.search(r"nam\s+hoc\s+(\d{4})\s*-\s*(\d{4})", folded)
    if school:
        first, second = int(school.group(1)), int(school.group(2))
        return PlanYear(first, (first, second))
    years = [int(y) for y in re.findall(r"\bnam\s+(\d{4})\b", folded)]
    return PlanYear(max(years)) if years else None


def _preamble_school_year(paragraphs: list[Paragraph]) -> PlanYear | None:
    """ "Thực hiện nhiệm vụ năm học 2025-2026, nhà trường xây dựng kế hoạch ..." above the first
    section: a school's plan whose title does not repeat the school year."""
    for paragraph in paragraphs[:40]:
        if split_numbering(paragraph.text) is not None:
            return None
        folded = aligned_fold(paragraph.text)
        # Only the sentence introducing a school's plan: a news item or a commune plan also
        # mentions "hồ sơ khen thưởng năm học 2024-2025" of the schools it covers.
        if not re.search(r"\btruong\b", folded) or "ke hoach" not in folded:
            continue
        school = re.search(r"nam\s+hoc\s+(\d{4})\s*-\s*(\d{4})", folded)
        if school and int(school.group(2)) == int(school.group(1)) + 1:
            first = int(school.group(1))
            return PlanYear(first, (first, first + 1))
    return None


def read_header(paragraphs: list[Paragraph], *, year: int | None = None) -> PlanHeader:
    """Title, issuer, issue date and covered year of a plan; ``year`` overrides the last."""
    title, _ = _title(paragraphs)
    issued: date | None = None
    issued_year: int | None = None
    for paragraph in paragraphs[:40]:
        found = is_issue_date_line(paragraph.text)
        if found:
            issued, issued_year = found
            break
    plan_year: PlanYear | None = None
    source: YearSource = "none"
    if year is not None:
        plan_year, source = PlanYear(year), "caller"
        from_title = _title_year(title) if title else None
        if from_title and from_title.school_year and from_title.year == year:
            plan_year = from_title
    if plan_year is None and title:
        plan_year = _title_year(title)
        source = "title"
    if plan_year is None:
        plan_year = _preamble_school_year(paragraphs)
        source = "text"
    if plan_year is None:
        from_body = _years_in_deadlines(paragraphs)
        if from_body is not None:
            plan_year, source = PlanYear(from_body), "deadlines"
    if plan_year is None and issued_year is not None:
        plan_year, source = PlanYear(issued_year), "issue_date"
    if plan_year is None:
        plan_year, source = PlanYear(None), "none"
    return PlanHeader(title, _issuer(paragraphs), issued, issued_year, plan_year, source)
