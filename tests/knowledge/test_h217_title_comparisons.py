"""Task h217: two titles' prizes compared ("A có ít hơn B không", "A thưởng cao hơn B đúng k").

The verdict comes from the two titles' own coefficients (NĐ 152/2025/NĐ-CP Điều 50): "Có."
when the first named gets less (more) as claimed, "Không." when it gets the same or the other
way round. Coefficients: LĐTT 0,3; Chiến sĩ tiên tiến 0,3; CSTĐCS 1,0; giấy khen cá nhân 0,3,
tập thể 0,6; TTLĐTT 0,8; TTLĐXS 1,5.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # same coefficient: neither gets less
        ("Chiến sĩ tiên tiến có được thưởng ít hơn Lao động tiên tiến không", "Không", "0,3"),
        ("LDTT thuong it hon giay khen ca nhan dung k", "Không", "0,3"),
        # the first gets less, as claimed
        ("tien thuong LDTT co thap hon CSTDCS khong", "Có", "0,3"),
        # the first gets more, as claimed
        ("giay khen tap the thuong cao hon giay khen ca nhan dung k", "Có", "0,6"),
        ("TTLDXS thuong nhieu hon TTLDTT phai k", "Có", "1,5"),
        # the first gets more, claimed less
        ("CSTĐCS có thưởng thấp hơn Lao động tiên tiến không", "Không", "1,0"),
    ],
)
def test_order_of_two_prizes(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text
