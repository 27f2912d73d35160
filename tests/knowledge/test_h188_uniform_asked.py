"""Task h188: "có thống nhất cả nước không" after a part asking a rule the province sets.

The yes/no asks whether that rule (time limit, papers, criteria) is one for the whole country;
NĐ 152/2025 Điều 6 khoản 2 điểm c and NĐ 86/2023 leave them to the province, so "Không" with
the rule, not the "Có" of who may be given the title.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("thủ tục giấy khen cho hộ gia đình mất bao lâu, cả nước có thống nhất không", "Điều 6"),
        ("thoi han giai quyet giay khen chu tich xa bao nhieu ngay, toan quoc nhu nhau k", "tỉnh"),
        ("Tiêu chuẩn gia đình văn hóa thế nào, toàn quốc có giống nhau không", "UBND tỉnh"),
        ("ho so de nghi giay khen tap the gom nhung gi, co thong nhat ca nuoc khong", "Điều 6"),
        ("tieu chuan thon van hoa ra sao, cac tinh co giong nhau k", "tỉnh"),
    ],
)
def test_uniform_rule_asked(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert fact in text.split("\n\n")[0]
