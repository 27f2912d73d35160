"""Task h119: a denial someone is reported to make, put up for confirmation and followed by
another part ("nghe nói CSTĐCS không cần LĐTT, đúng không, và thưởng bao nhiêu"), is judged as
when it closes the question: the saying is answered, not the title's own requirement (Luật 2022
Điều 23: CSTĐCS needs LĐTT), and the other part is answered beside it. Wordings of our own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict


@pytest.mark.parametrize(
    "question",
    [
        "co nguoi bao CSTDCS ko can dat LDTT, dung ko, con tien thuong CSTDCS la bn",
        "nghe nói chiến sĩ thi đua cơ sở không cần lao động tiên tiến, đúng không, và thưởng bao "
        "nhiêu tiền",
    ],
)
def test_a_reported_denial_before_another_part_is_judged(
    officer_kb: KnowledgeBase, question: str
) -> None:
    block = ask_part_verdict(officer_kb, question, "Tiêu chuẩn", "Không")
    assert "Lao động tiên tiến" in block
