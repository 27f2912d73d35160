"""Task h194: a worked prize and the sum it is said to be rounded to ("0,8 x 2tr34 = 1tr872 làm
tròn 1tr88 đúng k") is judged by NĐ 152/2025/NĐ-CP Điều 49 khoản 2: rounded up to the next
10.000 đồng ("Có" when the second sum is that, "Không" otherwise; a sum already a multiple of
10.000 stays). Questions of our own wording, none from a question set.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("LĐTT 0,3 x 2.530.000 = 759.000, làm tròn thành 760.000 phải không", "Có"),
        ("tttldtt 0,8 x 2tr53 = 2tr024 lam tron len 2tr03 dung k", "Có"),
        ("thon van hoa 1,5 x 2tr34 = 3tr51, lam tron 3tr51 luon phai k", "Có"),
        ("CSTDCS 1 x 2tr53 = 2tr53 roi lam tron thanh 2tr6 dung k", "Không"),
        ("giấy khen tập thể 0,6 × 2.340.000 = 1.404.000 làm tròn 1.400.000 đúng không", "Không"),
        ("gia đình văn hóa 0,1 nhân 2tr34 ra 234k, kế toán làm tròn 240k có đúng ko", "Có"),
    ],
)
def test_rounded_sum_judged(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "hàng chục nghìn" in text, text
