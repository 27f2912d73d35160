"""Task h119: an old lương cơ sở told beside a decision still to be signed ("nghe nói LĐTT chỉ
được 0,3 lần lương cũ 2.340.000, quyết định cuối năm nay thì được bao nhiêu"): the prize is paid
on the base in force when the decision is signed (NĐ 152/2025 Điều 49 khoản 1; 2.530.000 from
01/7/2026), not on the figure the asker heard. Wordings of our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (
            "ke toan bao CSTDCS tinh theo luong cu 2.340.000, QD sap ky thi dc bao nhieu",
            "2.530.000",
        ),
        (
            "tôi nghe nói giấy khen tính theo mức lương cũ, quyết định tổng kết năm nay thì "
            "được bao nhiêu tiền",
            "760.000",
        ),
    ],
)
def test_a_decision_to_come_is_paid_on_the_base_in_force(
    officer_kb: KnowledgeBase, question: str, shown: str
) -> None:
    text = ask(officer_kb, question)
    assert shown in text
    assert "2.530.000" in text
