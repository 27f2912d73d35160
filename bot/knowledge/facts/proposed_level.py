"""The level a proposal was sent to, put up for judgement (task h323).

"Trường thuộc xã đề nghị Chủ tịch UBND tỉnh tặng TTLĐTT, vậy đề nghị đúng cấp chưa", "xã đề
nghị Chủ tịch UBND tỉnh tặng LĐTT cho tôi. Như vậy có đúng thẩm quyền không": the question is
whether that level decides the title, so each title's part asks who decides with that level
claimed; the decides verdict then answers it (Luật 2022 Điều 79, 80 khoản 3).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.knowledge.facts.model import FactModel
from bot.knowledge.facts.pair import Pair

__all__ = ["level_proposed_to"]

#: the level a proposal went to, with the giving verb after it
_PROPOSED_TO = re.compile(
    r"\bde nghi (?:len )?(?:chu tich |ct )?(?:ubnd |uy ban nhan dan |uy ban )?(tinh|xa)\b"
    r"(?: \w+){0,2}? (?:tang|cong nhan|khen|xet|ky)\b"
)
#: the level's power put up as the question: "đúng cấp chưa", "có đúng thẩm quyền không";
#: "giám đốc mới đúng thẩm quyền, đúng k" claims another actor's power instead
_RIGHT_LEVEL = re.compile(
    r"(?<!\bmoi )\b(?:dung|sai|trai) (?:cap|tham quyen)(?: \w+){0,2}? (?:chua|khong|ko|k|hong)\b"
)


def level_proposed_to(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """Each title's part asks who decides it, with the level proposed to as the one claimed,
    when the letter asks whether the proposal went to the right level."""
    if not pairs or "nghi" not in toks or not ({"cap", "quyen"} & set(toks)):
        return pairs
    said = " ".join(toks)
    if _RIGHT_LEVEL.search(said) is None:
        return pairs
    proposed = _PROPOSED_TO.search(said)
    if proposed is None:
        return pairs
    level = proposed.group(1)
    asked: list[Pair] = []
    for pair in pairs:
        if model.fact(pair.entity, "decides") is None:
            return pairs  # a title without a decider fact: leave the reading as it is
        turned = replace(pair, attr="decides", yesno=True, authority=level)
        if turned not in asked:
            asked.append(turned)
    return asked
