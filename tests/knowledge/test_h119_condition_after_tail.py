"""Task h119: a yes/no "có … không" with its condition typed after the asking tail ("giấy
khen có bị thu hồi không nếu phát hiện làm giả hồ sơ") is still a yes/no: the answer opens
with its verdict (Luật 2022 Điều 93: a decision won by false papers is cancelled and the prize
recovered). Wordings of our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict


@pytest.mark.parametrize(
    "question",
    [
        "giấy khen có bị thu hồi không nếu phát hiện làm giả hồ sơ",
        "tien thuong LDTT co bi thu hoi k neu sau nay phat hien khai man thanh tich",
    ],
)
def test_a_condition_after_the_tail_keeps_the_yes_no(
    officer_kb: KnowledgeBase, question: str
) -> None:
    block = ask_part_verdict(officer_kb, question, "Hủy bỏ, thu hồi", "Có")
    assert "thu hồi" in block
