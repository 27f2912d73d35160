"""A title's prerequisite told failed: "năm đó k đạt LĐTT, vẫn đề nghị CSTĐCS được không".

The asked title's rule of who may have it names, as its case ``khong_dat_<title>``, the title
it is chosen among (CSTĐCS among LĐTT, Luật 2022 Điều 23 khoản 1; CSTĐ tỉnh among CSTĐCS,
Điều 22 khoản 1 điểm a). The question telling that title not reached decides the yes/no,
whoever else the question names (a firm's worker, a route met), as the case does when it is
the part's subject (task h279).
"""

from __future__ import annotations

import re

from bot.knowledge.facts.model import Fact, FactModel, tokens
from bot.knowledge.facts.pair import Pair

__all__ = ["lower_title_held", "prerequisite_lacked"]

#: the negation and the verb of having a title right before it: "không đạt", "chưa được"
_NOT = frozenset({"khong", "k", "ko", "kg", "chua", "chang"})
_HAVING = frozenset({"dat", "duoc", "dc"})
#: the parts a told prerequisite decides: whether one may have it, be given it or put up for it
_DECIDED = frozenset({"eligible", "decides", "criteria"})
#: an earlier year told ("năm ngoái k đạt LĐTT"): the prerequisite is the year's own
_EARLIER_YEAR = re.compile(r"\bnam (?:ngoai|truoc|roi|kia)\b")


def prerequisite_lacked(model: FactModel, pair: Pair, question: str) -> Fact | None:
    """The asked title's ``khong_dat_<title>`` case (verdict "Không") for a prerequisite the
    question tells not reached, or None."""
    if not pair.yesno or pair.attr not in _DECIDED or pair.without:
        return None
    eligible = model.fact(pair.entity, "eligible")
    if eligible is None or not any(s.startswith("khong_dat_") for s in eligible.by_subject):
        return None
    toks = tokens(question)
    if _EARLIER_YEAR.search(" ".join(toks)):
        return None
    lacked, reached = None, set()
    for i in range(len(toks) - 1):
        if toks[i] not in _HAVING:
            continue
        title, size = model.title_at(toks, i + 1)
        if not size:
            continue
        if i == 0 or toks[i - 1] not in _NOT:
            # "2025 chưa được LĐTT, 2026 đạt LĐTT": the title reached in another year
            reached.add(title)
        elif lacked is None:
            lacked = eligible.by_subject.get(f"khong_dat_{title}"), title
    if lacked is None or lacked[0] is None or lacked[1] in reached:
        return None
    return lacked[0] if lacked[0].verdict == "Không" else None


def lower_title_held(model: FactModel, pair: Pair, question: str) -> Fact | None:
    """ "nông dân được LĐTT 3 năm liền thì có đủ điều kiện lên CSTĐ tỉnh không": the run asked
    of a title held that the asked title's rule of who may have it names as falling short
    (its ``eligible`` case ``dat_<title>``, verdict "Không"), when the question names no other
    title (a record of years "2023 CSTĐCS, 2024 chỉ LĐTT" is read by the run's own reader)."""
    if not pair.yesno or pair.attr != "consecutive" or not (pair.subject or "").startswith("dat_"):
        return None
    eligible = model.fact(pair.entity, "eligible")
    case = eligible.by_subject.get(pair.subject or "") if eligible is not None else None
    if case is None or case.verdict != "Không":
        return None
    held = (pair.subject or "").removeprefix("dat_")
    toks = tokens(question)
    named = {model.title_at(toks, i)[0] for i in range(len(toks))} - {""}
    return case if named <= {held, pair.entity} else None
