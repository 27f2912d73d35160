"""Task h114: "… bao nhiêu / mấy lần, vẫn <figure> như năm ngoái à": a remembered figure put
up as still holding after the question of how much or how many gets a yes/no of its own, so
an old sum (lương cơ sở 2.340.000, NĐ 152/2025 Điều 50 coefficients) or an old count (CSTĐ
tỉnh: 03 lần CSTĐCS, Luật 2022 Điều 22) is answered "Không" before the figure in force.
Wordings of our own, none from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        ("LDTT nam nay thuong bao nhieu, van 702.000 nhu nam 2024 a", "Không", "760.000"),
        ("tien thuong LDTT la bao nhieu vay, van 760.000 a", "Có", "760.000"),
        (
            "de nghi CSTD cap tinh can bao nhieu lan CSTDCS, nghe noi chi 2 lan thoi, van vay a",
            "Không",
            "03 lần",
        ),
    ],
)
def test_a_remembered_figure_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, shown: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert shown in text
