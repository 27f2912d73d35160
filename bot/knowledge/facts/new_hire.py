"""A new hire's months of service counted from what a letter tells (task h377).

"viên chức trạm y tế mới tuyển tháng 10, cuối năm trạm trưởng nói chưa đủ thời gian để bình
LĐTT, vậy là đúng đk", "e vào làm công chức xã từ 20/8/2026, cuối năm xã xét LĐTT có tên e k",
"mới làm phó thôn được 2 tháng nên năm nay chưa được bình": the 6-month rule (Thông tư
15/2025/TT-BNV, kế thừa Thông tư 01/2024/TT-BNV) decides once the months are counted, from the
start month told to the year's end (or the school year's end, May), or from a length told. The
answer is Có / Không on the asker's own ask, or on the line put up for confirmation ("chưa đủ
thời gian" is right for 3 months, wrong for 8). The vocabulary and the text are data in
``content/facts/new_hire.yaml``; the block is placed as a hearsay rule's is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.core.text import folded_words
from bot.knowledge.facts.hearsay import _ASKED, _CLAUSE, _CONFIRM, _PUT_UP, _YESNO, HearsayRule
from bot.knowledge.facts.triggers import gate_module
from bot.knowledge.retype import REPORTED

__all__ = ["NEW_HIRE_KEY", "NewHire", "load_new_hire", "new_hire_ruling"]

#: the key of the block this reader makes
NEW_HIRE_KEY = "new_hire_months"

#: "… thì đủ tháng để xét LĐTT chưa": a yes/no closed by "chưa"
_YET = re.compile(r"\b(?:du|dat|duoc|dc|co) (?:\S+ ){0,8}chua(?: (?:a|ad|ha|nhi))*$")
#: "… vậy là đúng đk": "đk" typed for "đúng không" after the "đúng" it confirms
_CONFIRM_DK = re.compile(r"\b(?:dung|phai) (?:dk|dkg|dko)(?: (?:a|ad|ha))*$")
#: words before a length that make it fall short of it ("gần 6 tháng", "chưa đủ 6 tháng")
_SHORT_OF = re.compile(
    r"\b(?:gan|duoi|chua|chua (?:du|duoc|dc|toi|den|tron|dat|dat du)|khong (?:du|tron)) $"
    # task h408: "thiếu 1 tuần nữa mới đủ 6 tháng", "còn 5 ngày nữa mới tròn 6 tháng"
    r"|\b(?:thieu|con) (?:\S+ ){1,3}(?:nua )?moi (?:du|tron|duoc|dc) $"
)
#: the words of a confirmation tail ("… đúng k", "phải k", "chuẩn k")
_CONFIRM_WORD = re.compile(r"\b(?:dung|phai|chuan|sai)\b")
#: task h408: "vậy ai đủ điều kiện thời gian để xét LĐTT, ai không": each row asked in turn
_WHO_ASKED = re.compile(r"^(?:vay |the |vay thi )?ai (?:du|dc|duoc|co|dat)\b")
#: a year written in the letter ("2026", "9/2025")
_YEAR = re.compile(r"(?<![\d/])(?:19|20)\d\d\b|(?<=/)(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class NewHire:
    min_months: int
    recruited: re.Pattern[str]
    title: re.Pattern[str]
    unless: re.Pattern[str]
    school_year: re.Pattern[str]
    short_claim: re.Pattern[str]
    enough_claim: re.Pattern[str]
    asks_review: re.Pattern[str]
    min_claim: re.Pattern[str]
    rule_told: re.Pattern[str]
    short_text: str
    enough_text: str
    short_title: str
    enough_title: str
    src: str
    #: task h408: a review named with no title, a year claimed as the floor, the rule's own text
    review_only: re.Pattern[str] | None = None
    year_claim: re.Pattern[str] | None = None
    rule_title: str = ""
    rule_text: str = ""
    #: the bar itself, told with no one's months (task h402)
    bar_text: str | None = None
    bar_title: str | None = None


def load_new_hire(content_dir: Path) -> NewHire | None:
    path = content_dir / "facts" / "new_hire.yaml"
    if not path.exists():
        return None
    d = yaml.safe_load(path.read_text(encoding="utf-8"))
    pattern = {k: re.compile(d[k]) for k in (
        "recruited", "title", "unless", "school_year", "short_claim", "enough_claim",
        "asks_review", "rule_told", "min_claim")}  # fmt: skip
    return NewHire(
        min_months=int(d["min_months"]),
        short_text=" ".join(d["short_text"].split()),
        enough_text=" ".join(d["enough_text"].split()),
        short_title=d["short_title"],
        enough_title=d["enough_title"],
        src=d["src"],
        review_only=re.compile(d["review_only"]) if "review_only" in d else None,
        year_claim=re.compile(d["year_claim"]) if "year_claim" in d else None,
        rule_title=d.get("rule_title", ""),
        rule_text=" ".join(d.get("rule_text", "").split()),
        bar_text=" ".join(d["bar_text"].split()) if d.get("bar_text") else None,
        bar_title=d.get("bar_title"),
        **pattern,
    )


def _months(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def served(words: str, rules: NewHire) -> tuple[float, str] | None:
    """The months served by the review and how they were counted, from a length told after
    the recruitment ("mới làm phó thôn được 2 tháng") or a start month ("tuyển tháng 10",
    "vào làm từ 20/8/2026"); None when neither is told, or the start is years back."""
    verb = rf"(?:{rules.recruited.pattern})"
    length = None
    if rules.recruited.search(words):
        # a length told as served ("mới làm được 2 tháng", "đến cuối năm mới được 5 tháng",
        # "gần 6 tháng"), not the rule told ("phải đủ 10 tháng")
        for found in re.finditer(r"\b(\d{1,2}) thang\b", words):
            before = words[: found.start()].split()[-3:]
            if rules.rule_told.search(" ".join(before)):
                continue
            if not {
                "dc",
                "duoc",
                "la",
                "lam",
                "khoang",
                "gan",
                "moi",
                "tron",
                "vao",
                "chua",
                "toi",
            } & set(before):
                continue
            length = found
            break  # the first length told is the asker's ("gần 5 tháng", then a line's "6")
    if length is not None:
        n = int(length.group(1)) - (0.5 if _SHORT_OF.search(words[: length.start(1)]) else 0)
        return n, f"mới làm được {_months(n)} tháng"
    start = re.search(
        # task h402: a head count between the verb and the month ("tuyển dụng 5 công chức
        # tháng 9/2026") is no start of its own
        verb + r" (?:[a-z]+ |\d{1,3} ){0,8}?(?:thang (\d{1,2})(?:/((?:19|20)\d\d))?"
        r"|(\d{1,2})/(\d{1,2})(?:/((?:19|20)\d\d))?)\b",
        words,
    )
    if start is None or len(re.findall(r"\b(?:tu|vao) (?:ngay |thang )?\d", words)) > 1:
        return None  # none, or two persons' starts told
    month = int(start.group(1) or start.group(4))
    day = int(start.group(3) or 1)
    year = start.group(2) or start.group(5)
    if not 1 <= month <= 12:
        return None
    late = 0.5 if day > 1 else 0.0
    since = f"tháng {month}/{year}" if year else f"tháng {month}"
    if day > 1:
        since = f"ngày {day}/{month}" + (f"/{year}" if year else "")
    end = re.search(
        r"\bket thuc (?:vao |trong )?thang (\d{1,2})\b"
        r"|\bthang (\d{1,2}) (?:\S+ ){0,2}(?:xet|binh xet|tong ket)\b",
        words[start.end() :],
    )
    if end is not None or rules.school_year.search(words):
        last = int(end.group(1) or end.group(2)) if end is not None else 5
        n = (last - month) % 12 + 1 - late
        return n, f"từ {since} đến hết năm học (tháng {last}) là khoảng {_months(n)} tháng"
    if year and any(int(y) > int(year) for y in _YEAR.findall(words)):
        return None  # "tuyển tháng 9/2025, năm 2026 …": a later year is reviewed
    n = 13 - month - late
    return n, f"từ {since} đến cuối năm là khoảng {_months(n)} tháng"


#: task h408: the day of the review told ("xã họp xét thi đua ngày 18/12/2026", "xét LĐTT ngày
#: 15/12/2026", "tổng kết năm học vào 25/5/2026")
_REVIEW_DAY = re.compile(
    r"\b(?:xet|binh xet|binh|tong ket|hop)(?: [a-z]+){0,4}? (?:vao |ngay |vao ngay )*"
    r"(\d{1,2})/(\d{1,2})(?:/((?:19|20)\d\d))?\b"
)
#: words that stand before a start verb but name no person of a list
_NOT_A_NAME = frozenset(
    {"moi", "duoc", "dc", "da", "la", "chuc", "cc", "gv", "nguoi", "vien", "ngay", "tu", "va"}
)


def _listed_starts(words: str, rules: NewHire) -> tuple[float, str] | None:
    """Rows of a list, each a person and the day they started ("A nhận việc 2/1/2026 | B nhận
    việc 15/7/2026 | C …"), with the ask naming some of them ("vậy B và C có được xét k"): the
    months of each one asked, counted to the review day told (else the year's end), against the
    6-month floor. Returns the fewest months among them and how each was counted; None unless
    two rows are told and the ask after them names one."""
    verb = rf"(?:{rules.recruited.pattern})"
    rows = list(
        re.finditer(
            rf"\b([a-z]+) (?:/ )?{verb} (?:tu |ngay |vao |tu ngay )*"
            r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b",
            words,
        )
    )
    rows = [r for r in rows if r.group(1) not in _NOT_A_NAME]
    if len(rows) < 2:
        return None
    tail = words[rows[-1].end() :].split()
    if tail and tail[-1] == "a":
        tail = tail[:-1]  # "… k ạ": the closing "ạ", not a person named A
    asked = [r for r in rows if r.group(1) in tail]
    if not asked:
        return None
    review = _REVIEW_DAY.search(words, rows[-1].end())
    counted = []
    for row in asked:
        day, month, year = int(row.group(2)), int(row.group(3)), int(row.group(4))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if review is not None:
            end_day, end_month = int(review.group(1)), int(review.group(2))
            end_year = int(review.group(3) or year)
            until = f"đến ngày xét {end_day}/{end_month}/{end_year}"
        else:
            end_day, end_month, end_year = 31, 12, year
            until = "đến cuối năm"
        months = (end_year - year) * 12 + end_month - month + (end_day - day) / 30
        if months < 0:
            return None
        name = row.group(1).upper() if len(row.group(1)) == 1 else row.group(1).capitalize()
        length = _months(round(months, 1))
        counted.append(
            (months, f"{name} nhận việc {day}/{month}/{year}, {until} là khoảng {length} tháng")
        )
    return min(m for m, _ in counted), "; ".join(how for _, how in counted)


#: the rows of a pasted list ("A … | B … | C …", "Hoa … / Nam …", one a line)
_ROW_BREAK = re.compile(r"\s[|;/]\s|\n|\s\|")


def _row_start(question: str, words: str, rules: NewHire) -> tuple[float, str] | None:
    """The one row of a pasted list that tells a recruitment with its day ("cô Bình mới tuyển
    dụng ngày 2/3/2026"), when the other rows tell other cases (a leave, a course): its months,
    counted to the review day told (else the year's end), task h408."""
    rows = [folded_words(r, keep="/") for r in _ROW_BREAK.split(question)]
    if len(rows) < 2:
        return None
    verb = rf"(?:{rules.recruited.pattern})"
    found = [
        (row, m)
        for row in rows
        if not rules.unless.search(row)
        and (
            m := re.search(
                rf"(?:\b([a-z]+) )?{verb} (?:[a-z]+ ){{0,3}}?"
                r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b",
                row,
            )
        )
    ]
    if len(found) != 1:
        return None
    row, start = found[0]
    day, month, year = int(start.group(2)), int(start.group(3)), int(start.group(4))
    review = _REVIEW_DAY.search(words, words.find(row[-12:]) + 1 if row[-12:] in words else 0)
    if review is None:
        end_day, end_month, end_year, until = 31, 12, year, "đến cuối năm"
    else:
        end_day, end_month = int(review.group(1)), int(review.group(2))
        end_year = int(review.group(3) or year)
        until = f"đến ngày xét {end_day}/{end_month}/{end_year}"
    months = (end_year - year) * 12 + end_month - month + (end_day - day) / 30
    if not (1 <= month <= 12) or months < 0:
        return None
    name = (start.group(1) or "").capitalize()
    who = f"{name} " if name and name.lower() not in _NOT_A_NAME else ""
    length = _months(round(months, 1))
    return months, f"{who}nhận việc {day}/{month}/{year}, {until} là khoảng {length} tháng"


def _floor_only(question: str, words: str, rules: NewHire) -> tuple[HearsayRule, str] | None:
    """ "phòng bảo người mới làm chưa tròn năm thì không bình xét thi đua, đúng k": a floor put
    up for confirmation with no months served told; judged on the number (6 months is the rule,
    TT 15/2025 kế thừa TT 01/2024), a year claimed is wrong (task h408)."""
    if not rules.rule_text or rules.unless.search(words):
        return None
    last = folded_words(_CLAUSE.split(question.strip())[-1] or question, keep="/")
    if not (_CONFIRM.search(last) or _CONFIRM_DK.search(last) or _PUT_UP.search(last)):
        return None
    minimum = rules.min_claim.search(words)
    if minimum is not None:
        floor = int(minimum.group(1))
    elif rules.year_claim is not None and rules.year_claim.search(words):
        floor = 12
    else:
        return None
    rule = HearsayRule(
        key=NEW_HIRE_KEY,
        title=rules.rule_title,
        about=(),
        claims=(),
        asked="Có",
        text=rules.rule_text,
        src=rules.src,
        leads=True,
    )
    return rule, "Có" if floor == rules.min_months else "Không"


def new_hire_ruling(question: str, rules: NewHire | None) -> tuple[HearsayRule, str] | None:
    """The block and verdict on a new hire's LĐTT the letter asks about or puts up; None when
    no recruitment with its months, no LĐTT, or no yes/no is told."""
    if rules is None:
        return None
    words = folded_words(question, keep="/")
    if not rules.title.search(words) and not (
        # "… phải đủ 12 tháng mới được xét, đúng k": the year's review of a new hire is LĐTT's
        rules.review_only is not None
        and rules.review_only.search(words)
        and rules.recruited.search(words)
    ):
        return None
    if rules.unless.search(words):
        # "cô An nghỉ thai sản … | cô Bình mới tuyển dụng ngày 2/3/2026 | thầy Cường đi bồi
        # dưỡng …": the other rows take their own rules; the new hire's row is still counted
        count = _row_start(question, words, rules)
    else:
        count = _listed_starts(words, rules) or served(words, rules)
    if count is None:
        return _floor_only(question, words, rules) or _bar_ruling(question, words, rules)
    months, how = count
    enough = months >= rules.min_months
    ends = [e for e in (folded_words(c, keep="/") for c in _CLAUSE.split(question)) if e]
    asking = [
        i
        for i, e in enumerate(ends)
        if _CONFIRM.search(e)
        or _CONFIRM_DK.search(e)
        or _PUT_UP.search(e)
        or _ASKED.search(e)
        or _YESNO.search(e)
        or _YET.search(e)
        or _WHO_ASKED.search(e)
    ]
    if not asking:
        return None
    last = ends[asking[-1]]
    verdict = "Có" if enough else "Không"
    put_up = _CONFIRM.search(last) or _CONFIRM_DK.search(last) or _PUT_UP.search(last)
    asked = _ASKED.search(last)
    if asked is not None and _CONFIRM_WORD.search(asked.group()):
        # task h431: "cuối năm chắc chắn k dc LĐTT đúng k ạ": the "được … không" that reads
        # an ask runs over "đúng k", which puts the line up; nothing is asked of its own
        asked = None
    if put_up and not asked:
        # the line put up: the last clause reporting someone's words, up to the ask
        said = max(
            (i for i, e in enumerate(ends[: asking[-1] + 1]) if REPORTED.search(e)), default=0
        )
        told = " ".join(ends[said : asking[-1] + 1])
        if not any(
            p.search(told) for p in (rules.min_claim, rules.short_claim, rules.enough_claim)
        ):
            # task h402: "… thì chưa đủ thời gian xét LĐTT, nói vậy đúng chứ": the clause
            # reporting only points back ("nói vậy"); the line is the one told before it
            told = " ".join(ends[: asking[-1] + 1])
        minimum = rules.min_claim.search(told)
        if minimum is not None:
            verdict = "Có" if int(minimum.group(1)) == rules.min_months else "Không"
        elif rules.short_claim.search(told):
            verdict = "Không" if enough else "Có"
        elif rules.enough_claim.search(told):
            verdict = "Có" if enough else "Không"
        else:
            return None
    elif (minimum := rules.min_claim.search(last)) is not None:
        # "em mới vào 4 tháng, có cần 6 tháng mới được xét LĐTT không": the bar itself is asked,
        # not whether the months served reach it (test_h72)
        verdict = "Có" if int(minimum.group(1)) == rules.min_months else "Không"
    elif not rules.asks_review.search(last):
        return None  # the last ask is another part's ("… thì ai ký", "khen đột xuất được k")
    text = (rules.enough_text if enough else rules.short_text).format(served=how)
    rule = HearsayRule(
        key=NEW_HIRE_KEY,
        title=rules.enough_title if enough else rules.short_title,
        about=(),
        claims=(),
        # whether the case may have the title, for an act judged after it ("… e loại ra đúng k")
        asked="Có" if enough else "Không",
        text=text,
        src=rules.src,
        leads=True,
    )
    return rule, verdict


def _bar_ruling(question: str, words: str, rules: NewHire) -> tuple[HearsayRule, str] | None:
    """ "người mới vào làm chỉ cần đủ 6 tháng trở lên là được xét LĐTT, đúng k": the bar itself
    put up, with no months of anyone's told: right when the months claimed are the rule's
    (task h402); None unless the line is put up or asked with a minimum in it."""
    if rules.bar_text is None or not rules.recruited.search(words):
        return None
    ends = [e for e in (folded_words(c, keep="/") for c in _CLAUSE.split(question)) if e]
    if not ends:
        return None
    last = ends[-1]
    if not (
        _CONFIRM.search(last)
        or _CONFIRM_DK.search(last)
        or _PUT_UP.search(last)
        or _YESNO.search(last)
        or _PUT_UP.search(words)
    ):
        return None
    minimum = rules.min_claim.search(words)
    if minimum is None:
        return None
    verdict = "Có" if int(minimum.group(1)) == rules.min_months else "Không"
    rule = HearsayRule(
        key=NEW_HIRE_KEY,
        title=rules.bar_title or rules.enough_title,
        about=(),
        claims=(),
        asked=verdict,
        text=rules.bar_text,
        src=rules.src,
        leads=True,
    )
    return rule, verdict


#: s46b: loaded after the package gated its readers (s45a), so its own patterns are gated here
gate_module(__name__)
