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
    if not pair.yesno or pair.attr not in ("eligible", "consecutive"):
        return None
    eligible = model.fact(pair.entity, "eligible")
    if eligible is None or not any(s.startswith("dat_") for s in eligible.by_subject):
        return None
    toks = tokens(question)
    if pair.attr == "consecutive" and (pair.subject or "").startswith("dat_"):
        subject = pair.subject or ""
    else:
        # "3 năm liền … được xã tặng LĐTT …, vậy đủ điều kiện đề nghị CSTĐ tỉnh đúng k": the
        # run told in the story, the title's own eligibility asked (issue 11, h321)
        subject = _run_told(model, pair.entity, toks)
    case = eligible.by_subject.get(subject) if subject else None
    if case is None or case.verdict != "Không":
        return None
    held = subject.removeprefix("dat_")
    named = {model.title_at(toks, i)[0] for i in range(len(toks))} - {""}
    return case if named <= {held, pair.entity} else None


#: the words that count a run of years or times held ("3 năm liền", "liên tục", "liên tiếp")
_RUN_WORDS = frozenset({"lien", "tiep"})
#: how far from the title the run's words may stand ("3 năm liền 2024, 2025, 2026 đều được LĐTT")
_RUN_SPAN = 12


def _run_told(model: FactModel, entity: str, toks: list[str]) -> str:
    """ "dat_<title>" for a title other than ``entity`` the question counts a run of, or ""."""
    if not _RUN_WORDS & set(toks):
        return ""
    for at in range(len(toks)):
        title, size = model.title_at(toks, at)
        if not size or title == entity:
            continue
        near = toks[max(at - _RUN_SPAN, 0) : at] + toks[at + size : at + size + 3]
        if _RUN_WORDS & set(near) and any(w.isdigit() or w in ("hai", "ba") for w in near):
            return f"dat_{title}"
    return ""
