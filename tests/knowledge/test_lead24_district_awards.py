"""A title or award the abolished district decided before 01/7/2025 still holds and counts.

The reform block used to answer every yes/no naming the district with its own "Không" (the
district no longer decides), so "CSTĐCS 2024 do huyện ký còn giá trị không" was told "Không".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict

KEPT = [
    "CSTĐCS 2024 do huyện ký còn giá trị để xét CSTĐ tỉnh không",
    "năm ngoái huyện tặng LĐTT, năm nay xã tặng có tính 2 lần liên tục không",
    "giay khen chu tich huyen tang nam 2023 con gia tri k",
    "danh hieu cstdcs cua huyen cap nam 2024 co duoc bao luu k",
    "giay khen huyen tang ong A nam 2023 gio con gia tri k hay bi huy",
]
LOST = [
    "giay khen cua huyen co phai doi lai k",
    "danh hiệu LĐTT do huyện tặng năm 2024 có bị mất giá trị không",
]
STILL_DECIDES = [
    "chủ tịch huyện còn tặng giấy khen không",
    "ke hoach tdkt nam 2020 cua huyen con lam can cu dc k",
]


@pytest.mark.parametrize("question", KEPT)
def test_a_past_district_award_still_holds(officer_kb: KnowledgeBase, question: str) -> None:
    assert "vẫn giữ nguyên giá trị" in ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize("question", LOST)
def test_a_past_district_award_is_not_lost_nor_redone(
    officer_kb: KnowledgeBase, question: str
) -> None:
    assert "không phải làm lại" in ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize("question", STILL_DECIDES)
def test_whether_the_district_still_decides_is_still_no(
    officer_kb: KnowledgeBase, question: str
) -> None:
    assert "vẫn giữ nguyên giá trị" not in ask_verdict(officer_kb, question, "Không")
