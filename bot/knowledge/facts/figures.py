"""Figures told in a question: an amount of money claimed ("CSTĐCS được 2 triệu 5 đúng không"), a
figure remembered and put up as still holding ("vẫn 2.340.000 như năm ngoái à"), and the numbers
of a part (a count of people, a share, a term) read against what it asks."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.core.text import fold
from bot.knowledge.facts.claim import amount_word
from bot.knowledge.facts.conditions import required_at
from bot.knowledge.facts.segment import Segment
from bot.knowledge.facts.service import TIMED, months_served
from bot.knowledge.retype import introduces

#: a clause claiming a figure told still holds: "vẫn 2.340.000 như năm ngoái à", "trước em
#: nhớ là 2 lần, giờ vẫn vậy à"
_STILL_CLAIM = frozenset({"van"})
_PUT_UP_END = frozenset({"a", "ha", "ah", "ak", "chu", "nhi"})
#: the attributes a remembered figure is about: the prize, the run of years
FIGURED = frozenset({"money", "consecutive"})


def still_figure_put_up(question: str) -> bool:
    """The question ends putting a remembered figure up as still holding ("…, vẫn 2.340.000
    như năm ngoái à", "trước em nhớ là 2 lần, giờ vẫn vậy à") after asking how much or how
    many: the figure is claimed too, and the sum to judge is in the last clauses, not in the
    pair's own (task h114)."""
    folded = fold(question).lower()
    if "van" not in folded:
        # s48a: the last clause must hold the word "vẫn"; most questions hold no "van" at all
        return False
    # a mark inside a figure ("2.340.000", "0,3") splits no clause
    clauses = [c for c in re.split(r"[;?!\n]|[,.](?!\d)", folded) if c.strip()]
    if len(clauses) < 2:
        return False
    words = re.findall(r"[a-z0-9]+", " ".join(clauses[-2:]))
    if not _STILL_CLAIM & set(re.findall(r"[a-z0-9]+", clauses[-1])):
        return False
    return (
        bool(words)
        and bool(_STILL_CLAIM & set(words))
        and (words[-1] in _PUT_UP_END or bool({"dung", "phai"} & set(words[-3:])))
        and any(w.isdigit() for w in words)
    )


#: a rule heard and told before the ask (task h372): "nghe nói giấy khen tập thể 0,6 lần lương cơ
#: sở, vậy thôn e dc bn", "nghe nói CSTĐCS thưởng 1 lần lương cơ sở, năm nay là bn"
_HEARD = re.compile(r"\b(?:nghe noi|nghe bao|nghe dau|nghe ke|co nguoi bao|nghe phong|nghe xa)\b")
#: the figure heard: a coefficient of the base (a multiple of another recipient's prize, "gấp
#: đôi cá nhân", needs that prize asked too, so it is left to the multiple's own reader)
_HEARD_FIGURE = re.compile(r"\b\d{1,2}(?:[.,]\d{1,2})? (?:lan|thang) (?:muc )?luong co so\b")
#: how much asked after it: "vậy là bn", "thì được bao nhiêu", "năm nay là bn"
_HOW_MUCH = re.compile(r"\b(?:bao nhieu|bn|may tien|nhieu tien|bao nhieu tien)\b")


def heard_figure_put_up(question: str) -> bool:
    """The question tells a figure heard ("nghe nói … 0,6 lần lương cơ sở") and then asks how
    much: the figure heard is put up for confirmation as much as the sum is
    asked, so the prize gets its yes/no ("Có." when the heard figure is the fact's) as well as
    its amount (task h372)."""
    folded = fold(question).lower()
    if "nghe" not in folded and "nguoi" not in folded:
        # s48a: each way of telling a rule heard holds "nghe" or "người" ("có người bảo"), and
        # a word of the text is a run of the fold's own letters
        return False
    text = " ".join(re.findall(r"[a-z0-9.,]+", folded))
    heard = _HEARD.search(text)
    if heard is None:
        return False
    figure = _HEARD_FIGURE.search(text, heard.end())
    return figure is not None and _HOW_MUCH.search(text, figure.end()) is not None


def read_numbers(seg: Segment, message: list[str], hired: bool = False) -> None:
    """Stated numbers that change the case: "mới tuyển 8 tháng" is past the 6-month rule;
    "được tặng nhiều năm liền" asks whether it may be repeated, not whether years are needed.
    The months worked may be told in another clause of the message than the recruitment
    ("mới tuyển từ tháng 3, đến tháng 12 là 9 tháng, …")."""
    joined = " ".join(seg.words)
    recruited = "moi_tuyen" in seg.subjects
    if (
        recruited
        and "duoi" not in seg.words
        and "chua du" not in joined
        and months_served(message) is not None
    ):
        seg.subjects.remove("moi_tuyen")
    named = seg.attrs or seg.weak
    asks_time = named == ["deadline"] or (
        set(named) <= {"deadline", "money", "eligible"} and "thang" in seg.words
    )
    if (recruited or hired) and named and asks_time:
        seg.attrs = ["eligible"]  # "mới tuyển dụng bao lâu thì được xét": the 6-month rule
    elif seg.yesno and named == ["deadline"] and TIMED & set(seg.subjects):
        # "trong thời gian bị kỷ luật có được LĐTT không": the time is the circumstance's,
        # the question is whether the title can be had in it
        seg.attrs = ["eligible"]
    if (
        seg.yesno
        and {"object", "money"} <= set(seg.attrs)
        and not {"tien", "bao", "may", "bn", "trieu"} & set(seg.words)
    ):
        seg.attrs.remove("money")  # "có được thưởng thêm huy hiệu không": the thing, not money
    if {"tax", "money"} <= set(seg.attrs) and not {"bao", "may"} & set(seg.words):
        seg.attrs.remove("money")  # "tiền thưởng … có phải đóng thuế": what is taxed, not how much
    if "definition" in seg.attrs and not _opens_with_term(seg.words):
        seg.attrs.remove("definition")  # "chiến sĩ thi đua là gì" asks about a title
    if "consecutive" in seg.attrs and "nhieu" in seg.words and not required_at(seg.words):
        seg.attrs = ["repeat" if a == "consecutive" else a for a in seg.attrs]


#: what may come before "thi đua / khen thưởng là gì" in a question asking what the words mean
_FILLERS = frozenset(
    {"cho", "em", "hoi", "xin", "minh", "toi", "ad", "a", "ban", "oi", "bot", "vay"}
)
_TERM_STARTS = frozenset({"thi", "khen", "the", "khai", "dinh", "danh", "hieu"})


#: when the officer asks ("năm nay", "đợt này", "hiện nay"): it joins no word into a title
_WHEN = re.compile(r"^(?:(?:nam|dot|hien|luc) nay|bay gio|hien tai)\b\s*")


def _opens_with_term(words: list[str]) -> bool:
    """The term opens the ask: only fillers, a leading clause that greets or says who asks
    ("nhờ mọi người giúp: …") or when it is asked ("năm nay …") come before it, so "thi đua"
    is not the tail of a title ("chiến sĩ thi đua là gì")."""
    start = next((i for i, w in enumerate(words) if w in _TERM_STARTS), None)
    if start is None:
        return False
    before = " ".join(w for w in words[:start] if w not in _FILLERS)
    return not before or introduces(before) or _WHEN.sub("", before) == ""


_MONEY_WORDS = frozenset({"trieu", "tr", "nghin", "ngan", "tram"})


def is_figure(tok: str) -> bool:
    """An amount word, or a number that is not a year ("2026")."""
    return tok in _MONEY_WORDS or (tok.isdigit() and not (len(tok) == 4 and tok.startswith("20")))


#: the words a date's number follows ("tháng 10/2026", "ngày 5"): a day or month, no figure
_DATE_WORDS = frozenset({"thang", "ngay"})
#: what a number asked with an amount may be followed by and still be a figure put up
_FIGURE_UNITS = frozenset({"lan", "trieu", "tr", "nghin", "ngan", "dong", "d", "vnd", "k", "%"})
#: whether the award carries money is asked: "có kèm tiền thưởng không", "có được thưởng tiền
#: k", "giấy khen có tiền k"
_PRIZE_HAD_ASKED = re.compile(
    r"\b(?:co|kem|duoc|dc) (?:\w+ ){0,2}?(?:tien thuong|thuong tien|tien)\b"
    r"(?: \w+){0,2}? (?:khong|k|ko|kg|hong|chua)\b"
)


def figure_told(toks: list[str], amount_asked: bool) -> bool:
    """The question puts up a figure of its own: an amount word or a number that is not a
    year. With the amount asked, a count of people ("cho 60 người") is none; and where the ask
    is whether the award carries money at all ("giấy khen đột xuất có kèm tiền thưởng không"),
    neither is a day or month of a date ("tháng 10/2026") nor a head-count ("4 thanh niên"):
    that yes/no then still gets its "Có" (task h286)."""
    had_asked = _PRIZE_HAD_ASKED.search(" ".join(toks)) is not None
    for i, tok in enumerate(toks):
        if not is_figure(tok):
            continue
        if amount_asked and toks[i + 1 : i + 2] in (["nguoi"], ["ca"], ["ho"]):
            continue
        if had_asked and tok.isdigit() and _date_part(toks, i):
            continue
        if had_asked and amount_asked and tok.isdigit() and _counts_heads(toks, i):
            continue
        return True
    return False


def _date_part(toks: list[str], at: int) -> bool:
    """The number at ``at`` is a day or month: after "tháng"/"ngày" or beside a "/"."""
    before = toks[at - 1] if at else ""
    after = toks[at + 1] if at + 1 < len(toks) else ""
    return before in _DATE_WORDS or before == "/" or after == "/"


def _counts_heads(toks: list[str], at: int) -> bool:
    """The number at ``at`` counts people or units: a word follows that is no money unit and
    no mark of a figure ("4 thanh niên", "15 GV"; not "0,3 lần", "760.000", "1 triệu")."""
    after = toks[at + 1] if at + 1 < len(toks) else ""
    before = toks[at - 1] if at else ""
    if before in (",", ".") or after in (",", ".", ""):
        return False
    return after.isalpha() and after not in _FIGURE_UNITS


#: the unit of a sum of money as typed ("2 triệu 5", "500 nghìn", "500k", "760.000 đồng")
_CURRENCY = frozenset({"trieu", "tr", "nghin", "ngan", "dong", "d", "vnd"})


def claims_amount(words: list[str]) -> bool:
    """The words state a sum of money: a number and its currency word, or one token the
    claimed-sum reader takes for a sum ("500k", "2tr53", "3tr8", "52tr" of "1,52tr")."""
    return any(
        amount_word(w) or (w.isdigit() and nxt in _CURRENCY) for w, nxt in pairwise([*words, ""])
    ) or _grouped_sum(words)


def _grouped_sum(words: list[str]) -> bool:
    """A sum written with its thousands grouped ("760.000" reads "760", "0"; "2.030.000" reads
    "2", "30", "0": the dots are dropped and "000" is "0"): a number of hundreds then "0", or
    three numbers ending in "0". A coefficient ("2,0", "12,0") has a one- or two-digit first
    number and no third (task h255)."""
    for i in range(len(words) - 1):
        first, second = words[i], words[i + 1]
        if not (first.isdigit() and second.isdigit()):
            continue
        if second == "0" and len(first) == 3:
            return True
        if i + 2 < len(words) and len(first) <= 3 and words[i + 2] == "0":
            return True
    return False


def claims_coefficient(words: list[str]) -> bool:
    """The words put up a coefficient ("có phải 2,0 không" reads "2", "0"; "1,5" reads "1",
    "5"): two short numbers in a row, the comma between them dropped, with no third after them
    (a sum's groups are three digits)."""
    for i in range(len(words) - 1):
        first, second = words[i], words[i + 1]
        if not (first.isdigit() and second.isdigit() and len(first) <= 2 and len(second) <= 2):
            continue
        if i + 2 < len(words) and words[i + 2].isdigit():
            continue
        return True
    return False


#: words that pay a sum out or take it in, right before it ("chi 760 nghìn 1 người")
_PAYING = frozenset({"chi", "phat", "nhan", "thuong", "duoc", "lanh", "linh"})


def paid_sum(words: list[str]) -> bool:
    """A sum of money paid or received is put up ("thì chi 760 nghìn 1 người đúng k"): a word
    that pays right before a sum. Beside a term of the year ("năm học") it is the prize that
    is claimed, not a time limit (task h255)."""
    return any(
        w in _PAYING and claims_amount(words[i + 1 : i + 4]) for i, w in enumerate(words[:-1])
    )
