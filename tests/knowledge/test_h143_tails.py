"""A yes/no closed by "không ạ?" reads as one closed by "không" (task h143, long-letter set
yesno_tuning8). Wordings of our own, none from a set: a province asked whether it may set its own
cap (no national cap since NĐ 91/2017 lapsed; the province may set one in its quy chế) is "Có",
whatever particle or mark follows the closing "không"; "thay thế" in a closing ask points back at
nothing told, so a saying in the story is still set aside.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.sayings import without_sayings
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "tỉnh có được tự đặt tỷ lệ khống chế chiến sĩ thi đua cơ sở không ạ?",
        "tinh co duoc tu quy dinh gioi han ty le CSTDCS ko a?",
        "UBND tỉnh có được quy định tỷ lệ tối đa CSTĐCS trong quy chế của tỉnh không?",
    ],
)
def test_province_may_set_a_cap(officer_kb: KnowledgeBase, question: str) -> None:
    assert "Tỉnh có thể quy định" in ask_verdict(officer_kb, question, "Có")


def test_replacing_is_no_pointer_back() -> None:
    letter = (
        "Chào anh, em là văn thư phường Yên Hòa. Trên nhóm Zalo có người bảo Nghị định "
        "152/2025 mới là dự thảo thôi. Vậy Nghị định 152/2025 đang có hiệu lực và thay thế Nghị "
        "định 98/2023 đúng không anh?"
    )
    assert "dự thảo" not in without_sayings(letter, lambda text: frozenset())
