"""Task h119: a yes/no "có … không" with its condition typed after the asking tail ("phường
có thu hồi danh hiệu không nếu phát hiện khai gian") is still a yes/no: the answer opens
with its verdict (a "bị" before the verb was read before; a bare "có thu hồi không nếu …"
was not) (Luật 2022 Điều 93: a decision won by false papers is cancelled and the prize
recovered). Wordings of our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict


@pytest.mark.parametrize(
    "question",
    [
        "phường có thu hồi danh hiệu không nếu phát hiện khai gian",
        "xa co huy quyet dinh khen k khi phat hien ho so gia",
    ],
)
def test_a_condition_after_the_tail_keeps_the_yes_no(
    officer_kb: KnowledgeBase, question: str
) -> None:
    block = ask_part_verdict(officer_kb, question, "Hủy bỏ, thu hồi", "Có")
    assert "thu hồi" in block
