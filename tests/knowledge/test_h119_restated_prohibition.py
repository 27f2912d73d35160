"""Task h119: a prohibition the fact states, put up negated for confirmation in the asker's own
voice ("… thì không được khen hai hình thức đúng không", "tiền thưởng đó không phải nộp thuế
phải không"), restates the fact and holds: "Có.", where the fact's "Không." answers the positive
question (Luật 2022 Điều 5 khoản 2 điểm c; TT 111/2013 Điều 2 khoản 2 điểm e.1). A negated
claim the fact does not state keeps the fact's verdict. Wordings of our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        ("cung mot thanh tich thi ko dc khen 2 hinh thuc phai k", "Có", "nhiều hình thức"),
        (
            "một thành tích thì không được tặng nhiều hình thức khen thưởng đúng không ạ",
            "Có",
            "nhiều hình thức",
        ),
        ("tien thuong CSTDCS ko phai nop thue thu nhap ca nhan dung k", "Có", "thuế"),
        ("tiền thưởng giấy khen không phải đóng thuế đúng không", "Có", "thuế"),
        # the positive question keeps the fact's own "Không"
        ("tien thuong giay khen co phai dong thue k", "Không", "thuế"),
    ],
)
def test_a_restated_prohibition_holds(
    officer_kb: KnowledgeBase, question: str, verdict: str, shown: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert shown in text
