"""Prize amounts on the base in force on each decision date a question gives.

A prize is a coefficient of the mức lương cơ sở on the day the decision is signed (NĐ 152/2025
Điều 49), rounded up to tens of thousands of đồng. A question may date the decision (the title's
year, "quyết định tháng 8", "qđ ký 1/7/2026"); the block then says the amount on each date asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from bot.core.text import fold, folded_words
from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.dates import decided_on
from bot.knowledge.facts.model import Fact, tokens
from bot.knowledge.facts.opener import capitalized
from bot.knowledge.money import SalaryTable, format_coefficient, format_date, format_dong

__all__ = [
    "amounts_text",
    "bases_compared",
    "other_decisions",
    "paid_on",
    "priced_text",
    "title_year_bases",
    "when_decided",
]

#: a clause that opens with a date alone ("tháng 8/2026 thì …", "ngày 10/9/2026 …")
_BARE_DATE = re.compile(r"\s*(?:tháng|thang|ngày|ngay)\s+\d{1,2}\s*/")
#: a clause that opens with "sau"/"từ" and a day alone ("ký trước 1/7/2026 với sau 1/7/2026")
_BARE_FROM = re.compile(r"\s*(?:sau|tu|ke tu)\s+(?:ngay\s+)?\d{1,2}/\d{1,2}/20\d\d")
#: a later clause asking the prize on the base now in force ("… năm 2026 lương mới thì …")
_NEW_BASE = ("luong co so moi", "muc luong moi", "luong moi", "sau khi tang luong")


def other_decisions(
    question: str,
    paid: date,
    salaries: SalaryTable,
    as_of: date | None = None,
    whole: str = "",
) -> list[date]:
    """Decision dates a question gives in its later clauses ("…, nếu quyết định tháng 8/2026
    thì bao nhiêu", "ký tháng 6/2026 và đợt ký tháng 12/2026"; "… lương cũ và … lương mới" names
    the base in force on ``as_of``) whose base differs from the one ``paid`` uses, one per base.
    ``whole``: the letter a told mishap was cut from, where a decision moved is told."""
    # a letter's sentences are clauses too ("QĐ … ký 28/6/2026. QĐ … sẽ ký tháng 12/2026. …")
    # "quyết định tháng 1/2026 với quyết định tháng 12/2026": "với" joins two decisions too,
    # and so does its phone form "vs" ("QĐ 10/1/2026 vs 10/12/2026", task h210)
    clauses = re.split(
        r",|;|[.?!](?:\s|$)|\bnếu\b|\bneu\b|\bcòn\b|\bcon\b|\bvà\b|\bva\b|\bvới\b|\bvoi\b"
        r"|\bvs\b|\bhay\b",
        question,
    )
    bases = {salaries.at(paid).start}
    out = []
    before = clauses[0]
    for clause in clauses[1:]:
        on = decided_on(clause) or _decided_after_month(clause) or _decided_from_day(clause)
        if on is None and _BARE_DATE.match(clause) and _dated_clause(before):
            # "quyết định tháng 3/2026 và tháng 8/2026": a date listed after a dated decision
            # dates another decision of the same list ("…, đã nhận tiền. tháng 10/2026 thanh
            # tra kết luận …" dates the inspection, after a clause dating nothing)
            on = decided_on(f"quyết định {clause}")
        if on is None and _BARE_FROM.match(_words_of(clause)) and _dated_clause(before):
            # "GK tập thể ký trước 1/7/2026 với sau 1/7/2026": the day after "với" dates the
            # other decision weighed, each on its own base (NĐ 152/2025 Điều 49; task f189b)
            on = _decided_from_day(f"quyết định {clause}")
        if on is None and as_of is not None and any(c in _words_of(clause) for c in _NEW_BASE):
            on = as_of
        if clause.strip():
            before = clause  # the cuts leave blanks ("…, nếu tháng 12/2026": ", " and "nếu")
        if isinstance(on, date) and salaries.at(on).start not in bases:
            bases.add(salaries.at(on).start)
            out.append(on)
    for on in _moved_from(whole or question):
        if salaries.at(on).start not in bases:
            bases.add(salaries.at(on).start)
            out.append(on)
    return out


def _dated_clause(clause: str) -> bool:
    """The clause dates a decision, or is itself a date of a list ("tháng 3/2026")."""
    return _BARE_DATE.match(clause) is not None or decided_on(clause) is not None


#: the ask weighs two decisions against each other ("trước và sau chênh nhau thế nào", "mỗi
#: lần bao nhiêu", "khác nhau ra sao")
_BOTH_ASKED = re.compile(
    r"\b(?:truoc (?:va|voi) sau|truoc sau|chenh|khac nhau|moi lan|tung lan|ca hai|ca 2"
    r"|moi dot|tung dot)\b"
)
#: "lùi từ 25/6/2026 sang 3/7/2026", "dời QĐ từ tháng 6/2026 qua tháng 7/2026": the day a
#: decision was moved from (``decided_on`` reads "từ …" as since when, and skips it)
_MOVED_FROM = re.compile(
    r"\btu (?:ngay |thang )?(?:(\d{1,2})/)?(\d{1,2})/(20\d\d)"
    r" (?:sang|qua|den|toi|xuong|thanh|lui) (?:ngay |thang )?(?:(\d{1,2})/)?(\d{1,2})/(20\d\d)"
)


def _moved_from(question: str) -> list[date]:
    """The days a decision told moved was set for, first and then, when the ask weighs the
    two: the prize on each is asked."""
    said = folded_words(question, keep="/")
    if "tu " not in said or _BOTH_ASKED.search(said) is None:
        return []
    out = []
    for found in _MOVED_FROM.finditer(said):
        told = found.groups()
        for day, month, year in (told[:3], told[3:]):
            try:
                out.append(date(int(year), int(month), int(day) if day else 28))
            except ValueError:
                continue
    return out


#: "quyết định sau tháng 7/2026": a decision signed after that month (task h136)
_AFTER_MONTH = re.compile(
    r"\b(?:quyet dinh|qd|ky) (?:\S+ ){0,2}sau (?:thang )?(\d{1,2})[ /](20\d\d)\b"
)


def _decided_after_month(clause: str) -> date | None:
    """The first day after the month a decision is told signed after; None without one."""
    found = _AFTER_MONTH.search(folded_words(clause))
    if found is None:
        return None
    month, year = int(found.group(1)), int(found.group(2))
    if not 1 <= month <= 12:
        return None
    return date(year + month // 12, month % 12 + 1, 1)


#: "QĐ ký sau 1/7/2026", "quyết định từ ngày 01/7/2026": a decision signed after, or from, a
#: day (task h378: the second date of "… ký 10/6/2026 thì bao nhiêu, còn nếu ký sau 1/7/2026")
_FROM_DAY = re.compile(
    r"\b(?:quyet dinh|qd|ky|ki) (?:\S+ ){0,2}(sau|tu|ke tu) (?:ngay )?"
    r"(\d{1,2})/(\d{1,2})/(20\d\d)\b"
)


def _decided_from_day(clause: str) -> date | None:
    """The first day a decision told signed after (or from) a day may bear; None without one."""
    found = _FROM_DAY.search(folded_words(clause, keep="/"))
    if found is None:
        return None
    try:
        day = date(int(found.group(4)), int(found.group(3)), int(found.group(2)))
    except ValueError:
        return None
    return day + timedelta(days=1) if found.group(1) == "sau" else day


#: a year's titles are decided at its review: late December or January for the calendar year,
#: June to August for the school year (domain.md, calendar of the year)
_TITLE_YEAR = re.compile(r"\bnam (20\d\d)\b")
_NOW_ASKED = frozenset({"nay", "gio", "hien", "tiep"})


def title_year_bases(
    question: str, as_of: date, salaries: SalaryTable, names: Iterable[tuple[str, ...]]
) -> tuple[int, date, list[date]] | None:
    """The one past year a money question gives the title itself ("LĐTT năm 2024", named right
    before the year), when the base in force over its review (01/12 of that year to 31/8 of the
    next) is not today's: the year, the first day of that window and the start of each later
    base inside it. None otherwise, or when the window starts before the bases we keep."""
    toks = tokens(question)
    years = {int(y) for y in _TITLE_YEAR.findall(" ".join(toks))}
    if len(years) != 1 or _NOW_ASKED & set(toks):
        # "năm 2024 huyện công nhận …, năm nay thưởng bao nhiêu": the year is the story's, the
        # prize asked is today's
        return None
    year = years.pop()
    at = next(i for i in range(len(toks) - 1) if toks[i : i + 2] == ["nam", str(year)])
    if not any(n and tuple(toks[max(at - len(n), 0) : at]) == tuple(n) for n in names):
        # "năm 2025 chị có sáng kiến …, CSTĐ tỉnh thưởng bao nhiêu": a year of the story, not
        # the title's own
        return None
    start, end = date(year, 12, 1), date(year + 1, 8, 31)
    if year >= as_of.year or start < salaries.rows[0].start or end >= as_of.replace(day=1):
        return None
    if salaries.at(start) == salaries.at(as_of) and salaries.at(end) == salaries.at(as_of):
        return None
    later = [r.start for r in salaries.rows if start < r.start <= end]
    return year, start, later


def _words_of(clause: str) -> str:
    return " " + " ".join(fold(clause).split()) + " "


def when_decided(other: date, paid: date, salaries: SalaryTable) -> str:
    """ "Nếu quyết định từ 01/7/2026" / "Nếu quyết định trước 01/7/2026": the base's own
    boundary, since a month asked ("tháng 8/2026") gives no day of its own."""
    if other > paid:
        return f"Nếu quyết định từ {format_date(salaries.at(other).start)}"
    return f"Nếu quyết định trước {format_date(salaries.at(paid).start)}"


#: "qđ ký tháng 5", "quyết định tháng 11": a decision's month told without its year; "QĐ
#: CSTĐCS ký tháng 6": one word (the title) between the decision and "ký" (task f189b, F4)
_MONTH_SIGNED = re.compile(
    r"\b(?:quyet dinh|qd)(?: (?:khen thuong|duoc ky|ky|ki|ban hanh|ra)| \S+ (?:duoc ky|ky|ki))?"
    r" (?:vao )?thang (\d{1,2})(?![\d/.-])(?! nam \d)"
)


def _month_signed(question: str, as_of: date) -> date | None:
    """The decision's month told without a year, in ``as_of``'s year (a month still ahead is
    a decision to come this year: "qđ tháng 12" asked in November); None when none is told."""
    found = _MONTH_SIGNED.search(" ".join(fold(question).lower().split()))
    if found is None or not 1 <= int(found.group(1)) <= 12:
        return None
    return date(as_of.year, int(found.group(1)), 28)


def paid_on(reading: Reading, as_of: date, salaries: SalaryTable) -> date:
    if reading.decided == "old":
        previous = salaries.previous(as_of)
        return previous.start if previous is not None else as_of
    if isinstance(reading.decided, date):
        return reading.decided
    # "qđ ký tháng 5" with no year: the month's last base before today (task h276)
    return _month_signed(reading.question, as_of) or as_of


def priced_text(fact: Fact, as_of: date, salaries: SalaryTable) -> str:
    base = salaries.at(as_of)
    base_text = f"{format_dong(base.amount)} từ {format_date(base.start)}"
    text = fact.text.replace("{base}", base_text)
    if not fact.coefficients:
        return text
    # "cá nhân, hộ gia đình: 0,3 lần …" opens the block when no verdict is put before it
    return f"{capitalized(amounts_text(fact, as_of, salaries))}. {text}"


def amounts_text(fact: Fact, as_of: date, salaries: SalaryTable) -> str:
    """ "0,3 lần mức lương cơ sở = 760.000 đồng (lương cơ sở … từ …, làm tròn …)"."""
    base = salaries.at(as_of)
    base_text = f"{format_dong(base.amount)} từ {format_date(base.start)}"
    amounts = []
    for label, coefficient in fact.coefficients:
        amount = format_dong(SalaryTable.prize(coefficient, base.amount))
        line = f"{format_coefficient(coefficient)} lần mức lương cơ sở = {amount}"
        amounts.append(f"{label}: {line}" if label else line)
    money = "; ".join(amounts)
    return f"{money} (lương cơ sở {base_text}, làm tròn lên hàng chục nghìn)"


#: "có khác nhau không", "có khác không" / "có như nhau không", "có giống nhau không"
_DIFFER_ASKED = re.compile(
    r"\bco khac(?: nhau)? (?:khong|ko|k|hong)\b|\bkhac nhau (?:khong|ko|k)\b"
)
_SAME_ASKED = re.compile(r"\bco (?:nhu nhau|giong nhau|bang nhau) (?:khong|ko|k|hong)\b")


def bases_compared(question: str, paid: date, salaries: SalaryTable, as_of: date) -> str | None:
    """Whether two decisions the question dates are paid alike: a later dated decision whose
    base differs from the first one's makes them differ (task h106); None when the question
    compares nothing or dates no second decision on another base."""
    said = " ".join(fold(question).lower().split())
    differ, same = _DIFFER_ASKED.search(said), _SAME_ASKED.search(said)
    if not (differ or same) or not other_decisions(question, paid, salaries, as_of):
        return None
    return "Có" if differ else "Không"
