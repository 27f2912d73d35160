"""Two wrong verdicts of the yes/no tuning set t10, fixed by cause (task h149). Wordings of
our own, none from a set:

- a level of duty that reaches Chiến sĩ thi đua cơ sở only with a sáng kiến or đề tài
  ("hoàn thành tốt nhiệm vụ") told together with no sáng kiến is "Không": the initiative is
  not required alone, but without it the level told must be "hoàn thành xuất sắc" (Luật 2022
  Điều 23 khoản 2); "hoàn thành xuất sắc" without a sáng kiến stays "Có";
- "X hủy giấy khen của Y": Y gave the award, X is the one asked about; only who decided may
  cancel (Luật 2022 Điều 93 khoản 8, Điều 80 khoản 3), so the province chairman is "Không" and
  the xã chairman "Có".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "nam nay em chi dat hoan thanh tot nhiem vu, cung chua co sang kien gi, "
            "vay co duoc de nghi cstdcs khong",
            "Không",
            "hoàn thành xuất sắc",
        ),
        (
            "năm nay hoàn thành tốt nhiệm vụ nhưng không có sáng kiến thì được chiến sĩ thi đua "
            "cơ sở không",
            "Không",
            "hoàn thành xuất sắc",
        ),
        (
            "Tôi hoàn thành xuất sắc nhiệm vụ nhưng không có sáng kiến, có được CSTĐCS không?",
            "Có",
            "hoàn thành xuất sắc",
        ),
    ],
)
def test_level_told_without_initiative(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("ubnd tinh co quyen huy bo giay khen cua chu tich ubnd xa khong a", "Không"),
        ("Chủ tịch UBND tỉnh có được hủy bỏ giấy khen của chủ tịch xã không?", "Không"),
        ("chu tich xa co quyen huy giay khen do minh da tang khong", "Có"),
    ],
)
def test_who_revokes_another_ones_award(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Điều 93 khoản 8" in text, text
