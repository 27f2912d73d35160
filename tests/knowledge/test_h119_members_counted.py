"""Task h119: a collective title asked with its members counted by the titles they hold
("đề nghị TTLĐXS cho tổ, tổ 12 người, 7 người LĐTT, 2 CSTĐCS, có đủ không"): the count before
an individual title is the collective's figures, so the collective's share rule answers
(Luật 2022 Điều 27: at least 70 % LĐTT), not the individual title's. Wordings of our own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "to e muon de nghi TTLDXS, to co 12 nguoi, 7 nguoi LDTT, 2 CSTDCS, vay co du k",
        "phòng có 20 người, 12 người đạt LĐTT, 2 CSTĐCS, muốn đề nghị TTLĐXS thì có đủ điều "
        "kiện không",
    ],
)
def test_members_counted_by_title_are_the_collectives_figures(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "70 %" in text.split("\n\n")[0]
