"""Whose claim a yes/no judges when a message reports what others said (task h211, b68–b70).
Wordings of our own, none from a set:

- a direct yes/no ask followed by a rival's saying ("…, chị văn phòng bảo chỉ …") is answered on
  the ask: the saying is the other answer the asker heard, not the claim (Luật 2022 Điều 5, 24,
  75; NĐ 152/2025 Điều 24, 50; NĐ 86/2023 Điều 8);
- a closing ask pointing back at the saying ("…, vậy chị ấy nói đúng không") still judges it.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.sayings import ask_before_rival
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "Công nhân hợp đồng ở thôn có được bình LĐTT không, chị nội vụ bảo chỉ công chức thôi",
            "Có",
            "hợp đồng",
        ),
        (
            "ong chu tich xa co duoc ky giay khen cho ho gia dinh khong, anh to chuc noi chi tap "
            "the va ca nhan thoi",
            "Có",
            "hộ gia đình",
        ),
        (
            "Cùng lúc được CSTĐCS và giấy khen thì có nhận cả hai khoản tiền không, kế toán xã "
            "bảo chỉ được nhận một",
            "Có",
            "cả hai",
        ),
        (
            "gia dinh van hoa co binh xet moi nam khong, co nguoi bao 3 nam 1 lan",
            "Có",
            "hằng năm",
        ),
        (
            "Nhân viên làm 8 tháng có được xét lao động tiên tiến không ạ, anh trưởng phòng nói "
            "phải đủ 1 năm mới xét",
            "Có",
            "Lao động tiên tiến",
        ),
        (
            "Viên chức hợp đồng ở trường có được xét LĐTT không ạ? Anh tổ chức bảo chỉ xét cho "
            "biên chế.",
            "Có",
            "hợp đồng",
        ),
        (
            "1 nguoi co duoc tang giay khen nhieu lan k, chu van phong bao moi nguoi chi 1 lan",
            "Có",
            "nhiều lần",
        ),
    ],
)
def test_rival_saying_after_the_ask_is_not_the_claim(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    assert fact in ask_verdict(officer_kb, question, verdict)


def test_saying_pointed_back_at_is_the_claim() -> None:
    # the tail asks of the saying: no cut, the saying is what is put up
    assert (
        ask_before_rival("LĐTT có xét cho hợp đồng không, chị tổ chức bảo chỉ biên chế, đúng không")
        is None
    )
    assert ask_before_rival("LĐTT xét cho hợp đồng, chị tổ chức bảo vậy") is None
    assert ask_before_rival("LĐTT có xét cho hợp đồng k, chị tổ chức bảo chỉ biên chế") == (
        "ldtt co xet cho hop dong k"
    )
