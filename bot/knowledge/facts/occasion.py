"""Clauses that tell the occasion or the case, and the closing asks that turn them into story
(task h243): "họp hội đồng xét TTLĐTT: … vậy có đạt k" asks whether the case attains the
title, not the meeting's papers; a rescue told before "thời gian điều trị có tính để xét LĐTT
k" is the case of the injury, not a sudden award asked."""

from __future__ import annotations

from bot.knowledge.facts.case_kind import DOT_XUAT
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.yesno import TAIL_WORDS

__all__ = ["attained_asked", "rescue_as_case"]

#: the words of a closing clause that asks only whether the case told attains what it is told
#: for ("vậy có đạt không", "đạt chưa", "có đủ điều kiện không"), pointers and the asker
_ATTAINED_ALLOWED = frozenset(
    {"dat", "dieu", "kien", "du", "da", "chua", "duoc", "vay", "nhu", "the", "thi"}
    | {"e", "em", "toi", "minh"}
)


def attained_asked(words: list[str]) -> bool:
    """ "…, vậy có đạt k", "có đủ điều kiện không": a clause of only the yes/no, pointers and
    "đạt" / "đủ điều kiện" asks whether the case told attains the title; it opens the question
    after a told story. "đủ chưa" alone still asks of what was told (a list of papers, a count
    of days), and "có đúng không" judges a saying told."""
    own = [w for w in words if w not in TAIL_WORDS]
    return (
        bool(own)
        and all(w in _ATTAINED_ALLOWED for w in own)
        and ("dat" in own or {"dieu", "kien"} <= set(own))
    )


#: the form a rescue deed names when it is asked about
_SUDDEN = DOT_XUAT
#: the case of someone hurt while rescuing (Thông tư 15/2025/TT-BNV: the treatment counts)
_HURT_RESCUING = "bi_thuong"


def rescue_as_case(pairs: list[Pair]) -> list[Pair]:
    """ "nv trạm y tế bị tai nạn khi đi cứu người, nằm viện 3 tháng, thời gian điều trị có tính
    để xét LĐTT k": the rescue told is the case of the injury (bị thương khi cứu người), whose
    rule the yes/no on the other title asks; the sudden award it would name is not asked, so
    its default block does not go first."""
    if not any(
        p.yesno and p.entity != _SUDDEN and _HURT_RESCUING in (p.subject, *p.cases) for p in pairs
    ):
        return pairs
    return [p for p in pairs if p.entity != _SUDDEN or p.yesno or p.attr != "eligible"]
