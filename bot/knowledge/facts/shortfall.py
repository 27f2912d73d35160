"""A question that asks whether a case is enough ("đã đủ … chưa", "đủ điều kiện … không") is
answered by the condition the case falls short of (task h389).

"thầy có sáng kiến được tỉnh công nhận nhưng mới có 2 lần CSTĐCS liên tục, vậy đã đủ để đề
nghị CSTĐ tỉnh chưa": the composer answered each condition of the title in turn, the sáng kiến
first ("Có": the case has it), then the consecutive years ("Không": 2 of the 03 needed). The
title's conditions hold together (Luật 2022 Điều 22 khoản 1: 03 lần CSTĐCS liên tục **and** a
sáng kiến of the province's reach), so the case is enough only when every one is met: the block
that says "Không." leads, and the title's blocks the case meets keep their reason without a
second, contrary verdict.
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.knowledge.facts.triggers import gate_module

__all__ = ["shortfall_first"]

#: "đã đủ … chưa", "đủ điều kiện … không", "thế là đủ chưa": a sufficiency asked yes or no
_ENOUGH_ASKED = re.compile(
    r"\b(?:da du|du dieu kien|du tieu chuan|du de|vay du|the du|du (?:\S+ ){0,12}chua)\b"
    r"(?: \S+){0,14} (?:chua|khong|k|ko|kg)(?: (?:a|ad|ha|nhi|vay))*$"
)
_TAIL = re.compile(r"[\s?.!]+$")


def _title(block: str) -> str:
    """The title a fact block answers ("Chiến sĩ thi đua cấp tỉnh" of "**… : Sáng kiến**")."""
    head = block.partition("\n")[0]
    return head.strip("* ").partition(":")[0] if head.startswith("**") else ""


def _opens(block: str, opener: str) -> bool:
    return block.partition("\n")[2].startswith(opener)


def shortfall_first(question: str, text: str) -> str:
    """``text`` with the first block of the leading title that opens "Không." put first, when
    the question asks whether the case is enough and the answer opens "Có." on that title;
    ``text`` unchanged otherwise."""
    asked = _TAIL.sub("", " ".join(fold(question).lower().split()))
    if _ENOUGH_ASKED.search(asked) is None:
        return text
    blocks = text.split("\n\n")
    title = _title(blocks[0])
    if not title or not _opens(blocks[0], "Có"):
        return text
    if blocks[0].partition("\n")[0].strip("* ").endswith(": Hồ sơ"):
        # "hồ sơ … có tờ trình, báo cáo, biên bản. Như vậy đủ chưa": the papers are what is
        # weighed, and the dossier's own block judges them (Luật 2022 Điều 84; test_h62)
        return text
    short = next(
        (i for i, b in enumerate(blocks[1:], 1) if _title(b) == title and _opens(b, "Không. ")),
        None,
    )
    if short is None:
        return text
    rest = [b for i, b in enumerate(blocks) if i != short]
    # the conditions the case meets keep their reason, not a verdict on the whole case
    rest = [_without_yes(b) if _title(b) == title else b for b in rest]
    return "\n\n".join([blocks[short], *rest])


def _without_yes(block: str) -> str:
    head, sep, body = block.partition("\n")
    for opener in ("Có. ", "Có, "):
        if body.startswith(opener):
            rest = body.removeprefix(opener)
            return f"{head}{sep}{rest[:1].upper()}{rest[1:]}"
    return block


#: s46b: loaded after the package gated its readers (s45a), so its own patterns are gated here
gate_module(__name__)
