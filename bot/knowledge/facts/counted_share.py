"""A collective title asked "được không" of a unit whose head-count and holders are told.

"phân xưởng 20 người, 10 người LĐTT, cty xét TTLĐTT cho phân xưởng dc k": the counts told make
a share of the unit, so the yes/no asks whether the unit reaches the title's minimum share
(Luật 2022 Điều 28, 27), not whether the firm may award it; who awards it is the story (h345).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.knowledge.facts.model import FactModel
from bot.knowledge.facts.pair import Pair

__all__ = ["decider_counted", "share_rounded"]

#: the giver's power asked in its own words ("cty có được tự xét", "có quyền tặng", "xã có
#: quyết được không hay phải lên tỉnh", "ai ký"): who decides stays the question
_POWER_ASKED = re.compile(
    # ("không ai bị kỷ luật" tells nobody and a discipline, no "ai" or "ký" asked: task h431)
    r"\b(?:tu (?:xet|tang|quyet|cong nhan)|quyen|quyet|ky(?! luat)|(?<!khong )(?<!chua )ai|cap nao"
    r"|len (?:tinh|huyen))\b"
)

#: a saying put up for judging ("phó hiệu trưởng tính 13/25 chưa đủ tỉ lệ …, tính vậy đúng k"):
#: the claim readers judge it, whose verdict is on the saying, not on the unit's share
_CLAIM_ASKED = re.compile(r"\b(?:dung|phai|sai) (?:k|ko|khong|kg|chua|hok)\b|\bco dung\b")


#: task h431 (b170 E): the unit's own share of holders told as a percentage ("60% đạt LĐTT",
#: "60 % gv đạt LĐTT"), the same as counts told: "… gio xa cong nhan TTLDTT cho truong dc k"
#: asks whether the school reaches the share (Luật 2022 Điều 28), the reform told aside
_HELD_SHARE = re.compile(
    r"\b\d{1,3}(?: , \d+)? % (?:\S+ ){0,2}(?:dat|duoc|dc|co) (?:danh hieu )?"
    r"(?:ldtt|lao dong tien tien)\b"
)


def _counts_decide(ratio: tuple[str, str] | None) -> bool:
    """The share was worked out from counts told ("10/20 = 50 %"), not a bare percentage."""
    return ratio is not None and "/" in ratio[1].split(")", 1)[0]


def decider_counted(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """A yes/no read as who decides a title with a minimum share becomes whether the unit may
    have it, when the question tells the counts that make the share."""
    if not any(p.yesno and p.attr == "decides" for p in pairs):
        return pairs
    question = " ".join(toks)
    if _POWER_ASKED.search(question) or _CLAIM_ASKED.search(question):
        return pairs
    # ratios reads the Reading type from the analyser, which calls this: imported here
    from bot.knowledge.facts.ratios import ratio_verdict

    out = []
    for p in pairs:
        if (
            p.yesno
            and p.attr == "decides"
            and model.fact(p.entity, "cap") is not None
            and model.fact(p.entity, "eligible") is not None
            and (
                _counts_decide(ratio_verdict(question, model, p.entity))
                or (_HELD_SHARE.search(question) and ratio_verdict(question, model, p.entity))
            )
        ):
            # the unit's share is the yes/no; who awards it is still said, after it
            out.append(replace(p, attr="eligible"))
            p = replace(p, yesno=False)
        out.append(p)
    return out


#: a share told ("14/30", "gần 50 %", "tỉ lệ 46,7 %") beside "làm tròn"
_SHARE_TOLD = re.compile(
    # a fraction of small counts, never a date's parts ("tháng 3/2026", "15/9/2026")
    r"(?<!/ )\b\d{1,3} / \d{1,3}\b(?! /)|\d %|\bt[iy] le\b|phan tram"
)
#: money named: "làm tròn tiền thưởng", "làm tròn 760 nghìn" is the prize's rounding ("hội đồng",
#: "lao động" are no money)
_MONEY = re.compile(
    r"\b(?:tien thuong|so tien|tien mat|luong|he so)\b|\d (?:dong|d|trieu|nghin|ngan|k)\b"
    # a sum typed with thousands marks ("1.400.000")
    r"|\d \. \d+ \. \d+\b"
)


def share_rounded(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "14/30 gần 50 % nên làm tròn là đạt, đúng k": "làm tròn" beside a share told, no money
    named, claims the share rounded up to the title's minimum; the yes/no is the title's share
    (its cap), not how a prize is rounded (NĐ 152/2025 Điều 49 khoản 2)."""
    if not any(p.attr == "rounding" for p in pairs):
        return pairs
    question = " ".join(toks)
    if not _SHARE_TOLD.search(question) or _MONEY.search(question):
        return pairs
    out: list[Pair] = []
    for p in pairs:
        if p.attr == "rounding" and model.fact(p.entity, "cap") is not None:
            p = replace(p, attr="cap")
        if p.attr == "cap" and any(q.attr == "cap" and q.entity == p.entity for q in out):
            # one share per title: the yes/no of either reading carries over
            out = [
                replace(q, yesno=q.yesno or p.yesno)
                if q.attr == "cap" and q.entity == p.entity
                else q
                for q in out
            ]
            continue
        out.append(p)
    return out
