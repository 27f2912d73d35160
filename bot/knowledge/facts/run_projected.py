"""A CSTĐCS record counted year by year, and the year the run reaches 03 (task f186, b186 F7).

"e đạt CSTĐCS 2023, 2024, 2025; năm 2026 chỉ đạt LĐTT. nếu 2027 lại đạt CSTĐCS thì đếm lại từ
đầu à, năm nào mới đủ 3 lần liên tục", "cô A: năm học 2023-2024 CSTĐCS / 2024-2025 CSTĐCS /
2025-2026 chỉ LĐTT … năm học 2026-2027 nếu cô A đạt CSTĐCS thì đã đề nghị CSTĐ tỉnh được chưa,
năm học nào sớm nhất": Chiến sĩ thi đua cấp tỉnh is chosen among those with 03 lần liên tục
Chiến sĩ thi đua cơ sở (Luật 2022 Điều 22 khoản 1 điểm a). A year with only Lao động tiên tiến
breaks the run; it is counted again from the next year with CSTĐCS. This reader reads the years
told (a hypothetical "nếu 2027 lại đạt" too) and answers when the run holds 3, or whether it
holds or carries on at the year asked.
"""

from __future__ import annotations

import re

from bot.core.text import fold

__all__ = ["run_projection"]

#: the two titles of a record: Chiến sĩ thi đua cơ sở ("C") and Lao động tiên tiến ("L")
_TITLES = (
    (("cstdcs",), "C"),
    (("chien", "si", "thi", "dua", "co", "so"), "C"),
    (("ldtt",), "L"),
    (("lao", "dong", "tien", "tien"), "L"),
)
#: words allowed between a year and its title: "2026 chỉ đạt LĐTT", "2027 lại đạt CSTĐCS",
#: "2026-2027 nếu cô A đạt CSTĐCS"
_BETWEEN = frozenset(
    {"chi", "dat", "lai", "deu", "van", "cung", "duoc", "dc", "neu", "co", "thay", "a", "b", "c"}
    | {"em", "e", "toi", "minh", "anh", "chi", "nam", "hoc"}
)
#: words that carry the title before a list of years on to the next year: "CSTĐCS 2023, 2024"
_LIST_JOINS = frozenset({",", "va", "/"})
_TOKEN = re.compile(r"\d{4}|\w+|[,;./]")
_YEAR = re.compile(r"\d{4}")
#: the ask: which year the run is reached ("năm nào (mới) đủ", "năm học nào sớm nhất")
_WHEN = re.compile(r"\bnam (?:hoc )?nao\b")
#: the ask: whether the run holds ("đủ 3 lần liên tục chưa", "đề nghị CSTĐ tỉnh được chưa")
_HOLDS = re.compile(
    r"\b(?:du|dat) (?:3|ba) lan lien tuc (?:chua|k|khong|ko)\b|\bdc chua\b|\bduoc chua\b"
)
#: the ask: whether a later year carries the run on ("2028 còn tính nối tiếp k")
_CARRIES = re.compile(r"\b(?:con )?tinh (?:noi tiep|tiep|lien tuc)\b")
#: the number of times in a row Chiến sĩ thi đua cấp tỉnh requires (Luật 2022 Điều 22)
_NEEDED = 3


def _title_at(toks: list[str], at: int) -> tuple[str, int] | None:
    """The title starting at ``toks[at]`` and the index after it, or None."""
    for words, key in _TITLES:
        if tuple(toks[at : at + len(words)]) == words:
            return key, at + len(words)
    return None


def _record(toks: list[str]) -> tuple[dict[int, str], list[int]]:
    """(year → title) of the years told with a title, and the years told with none."""
    record: dict[int, str] = {}
    bare: list[int] = []
    carry: str | None = None
    #: bare years of the list being read: "nếu 2026, 2027 đều CSTĐCS" titles them all
    pending: list[int] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        titled = _title_at(toks, i)
        if titled is not None:
            carry = titled[0]
            pending = []
            i = titled[1]
            continue
        if not _YEAR.fullmatch(tok):
            if tok not in _LIST_JOINS:
                carry = None
                pending = []
            i += 1
            continue
        year = int(tok)
        nxt = i + 1
        if nxt < len(toks) and _YEAR.fullmatch(toks[nxt]) and int(toks[nxt]) == year + 1:
            nxt += 1  # "2023-2024": a school year, keyed by its first year
        j = nxt
        while j < len(toks) and j - nxt < 5 and toks[j] in _BETWEEN:
            j += 1
        after = _title_at(toks, j) if j < len(toks) else None
        if after is not None:
            for earlier in pending:
                record[earlier] = after[0]
                bare.remove(earlier)
            record[year] = after[0]
            carry = after[0]
            pending = []
            i = after[1]
            continue
        if carry is not None:
            record[year] = carry
        else:
            bare.append(year)
            pending.append(year)
        i = nxt
    return record, bare


def _run_at(record: dict[int, str], year: int) -> int:
    """How many years in a row up to ``year`` hold CSTĐCS."""
    run = 0
    while record.get(year - run) == "C":
        run += 1
    return run


def _named(year: int, school: bool) -> str:
    return f"{year}-{year + 1}" if school else str(year)


def run_projection(question: str) -> tuple[str | None, str] | None:
    """(verdict or None, a sentence) for a record of CSTĐCS years broken or not by an LĐTT year,
    asked when the run reaches 3, whether it holds, or whether a later year carries it on;
    None when the question tells no such record."""
    folded = " ".join(fold(question).lower().split())
    toks = _TOKEN.findall(folded)
    record, bare = _record(toks)
    if len(record) < 2 or len(record) + len(bare) < 3 or "C" not in record.values():
        return None
    school = re.search(r"\b\d{4} ?- ?\d{4}\b", folded) is not None
    last = max(record)
    breaks = sorted(y for y, t in record.items() if t == "L")
    run = _run_at(record, last)
    said = " ".join(t for t in toks if t.isalnum())
    broke = (
        f"năm {_named(breaks[-1], school)} chỉ đạt Lao động tiên tiến nên chuỗi Chiến sĩ thi đua "
        f"cơ sở bị gián đoạn, đếm lại từ năm đạt Chiến sĩ thi đua cơ sở kế tiếp; "
        if breaks
        else ""
    )
    if _CARRIES.search(said) and bare and max(bare) > last and record[last] == "L":
        return (
            "Không",
            f"Không. Theo các năm anh/chị kể, {broke}năm {_named(max(bare), school)} không nối "
            f"tiếp chuỗi cũ mà là lần thứ nhất của chuỗi mới. Chiến sĩ thi đua cấp tỉnh cần "
            f"03 lần liên tục Chiến sĩ thi đua cơ sở (Luật Thi đua, khen thưởng 2022, Điều 22 "
            f"khoản 1 điểm a).",
        )
    if record[last] != "C":
        return None
    reached = last + (_NEEDED - run) if run < _NEEDED else last
    counted = (
        f"đến năm {_named(last, school)} chuỗi mới có {run} lần liên tục"
        if run < _NEEDED
        else f"{run} lần liên tục đến năm {_named(last, school)}"
    )
    when = (
        f"; sớm nhất đủ 03 lần liên tục vào năm {_named(reached, school)} (nếu các năm tiếp theo "
        f"đều đạt Chiến sĩ thi đua cơ sở)"
        if run < _NEEDED
        else ""
    )
    text = (
        f"Theo các năm anh/chị kể, {broke}{counted}{when}. Chiến sĩ thi đua cấp tỉnh cần 03 lần "
        f"liên tục Chiến sĩ thi đua cơ sở và sáng kiến, đề tài có phạm vi ảnh hưởng trong tỉnh "
        f"(Luật Thi đua, khen thưởng 2022, Điều 22 khoản 1 điểm a)."
    )
    if not breaks and not _WHEN.search(said):
        return None  # an unbroken record asked whether it holds is the readers' (records.py)
    if _HOLDS.search(said):
        verdict = "Có" if run >= _NEEDED else "Không"
        return verdict, f"{verdict}. {text}"
    if _WHEN.search(said):
        return None, text
    return None
