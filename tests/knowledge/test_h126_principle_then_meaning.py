"""Task h126: a principle asked to be the law's, then its meaning asked ("nguyên tắc khen
thưởng có câu thành tích đến đâu khen thưởng đến đó không, hiểu thế nào"): the second question
claims nothing, so the principle the entry states gets "Có" (Luật 2022 Điều 5 khoản 2)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Nguyên tắc khen thưởng có câu thành tích đến đâu khen thưởng đến đó không, hiểu thế nào",
        "nguyen tac khen thuong co cau thanh tich den dau khen thuong den do ko, la sao a",
    ],
)
def test_principle_then_its_meaning(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")
