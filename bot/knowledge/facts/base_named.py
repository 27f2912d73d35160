"""A base salary told as a bare sum (task h264).

"QĐ ký 31/12/2025 mà tháng 2/2026 mới chi, thì vẫn tính 2.340.000 phải k": with a decision
dated and no title named, a sum equal to a lương cơ sở of the table (content/reference/
luong_co_so.yaml) is that base, the same claim as "tính lương cơ sở 2.340.000". Naming it lets
the dated reading judge it against the base in force on the day signed (NĐ 152/2025 Điều 50),
instead of the question going unanswered for want of the words "lương cơ sở".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache

from bot.core.text import fold
from bot.knowledge.facts.dates import decided_on
from bot.knowledge.facts.triggers import gate_module
from bot.knowledge.money import format_number

__all__ = ["base_sum_named"]

#: a word of salary already in the question: it names its base itself
_SALARY_WORD = re.compile(r"\b(?:luong|lcs)\b")


@lru_cache(maxsize=8)
def _sum_forms(base: int) -> re.Pattern[str]:
    """``base`` as officers type it: 2.340.000, 2340000, 2,34 triệu, 2tr34(0)."""
    millions, rest = divmod(base, 1_000_000)
    thousands = f"{rest // 1000:03d}"
    short = thousands.rstrip("0") or "0"
    forms = (
        rf"{millions}[.,]?{thousands}[.,]?000",
        rf"{millions} ?tr ?{short}0?(?!\d)",
        rf"{millions}[.,]{short} ?tri[eệ]u",
    )
    return re.compile(rf"(?<![\d.,])(?:{'|'.join(forms)})(?![\d]|[.,]\d)", re.IGNORECASE)


#: the words right before a sum that put it as the base multiplied: "tính LĐTT theo 2.340.000",
#: "nhân với 2.340.000" (a bare "x" is left: "0,6 x 2.530.000" is a product checked as told)
_MULTIPLIED = re.compile(r"\b(?:theo|theo muc|nhan voi)$")

#: how many words before a sum may name it a salary ("lương cơ sở mới là 2.530.000")
_NAMING_REACH = 5


def _words_before(question: str, at: int) -> str:
    """The few folded words right before ``at``."""
    return " ".join(fold(question[:at]).lower().split()[-_NAMING_REACH:])


def base_sum_named(question: str, bases: Iterable[int], titled: Callable[[str], bool]) -> str:
    """``question`` with a bare base sum written "lương cơ sở 2.340.000", when a decision is
    dated and no title is named; unchanged otherwise."""
    for base in bases:
        found = _sum_forms(base).search(question)
        if found is None:
            continue
        if _SALARY_WORD.search(_words_before(question, found.start())):
            # "lương cơ sở 2.340.000" names its base itself; a salary word elsewhere ("chưa có
            # văn bản về lương cơ sở mới nên vẫn chi theo 2.340.000") leaves this sum bare
            return question
        if titled(question):
            # task h403: with a title named, a sum equal to a base is its prize or its base; it
            # is the base when a product or "theo" puts it as what is multiplied ("LĐTT là 0,3
            # x 2.340.000 = 702.000đ", "tính CSTĐCS theo 2.340.000 cho QĐ tháng 11 này")
            if not _MULTIPLIED.search(_words_before(question, found.start())):
                return question
        elif not isinstance(decided_on(question), date):
            return question
        named = f"lương cơ sở {format_number(base)}"
        return f"{question[: found.start()]}{named}{question[found.end() :]}"
    return question


#: s46b: loaded after the package gated its readers (s45a), so its own patterns are gated here
gate_module(__name__)
