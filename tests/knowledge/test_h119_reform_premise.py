"""Task h119: two readings of a letter naming the old district level.

- A power the district held claimed to have gone up to the province ("bỏ huyện thì LĐTT giờ
  do tỉnh ký", "xã không ký được nữa, phải gửi tỉnh") is wrong: NĐ 129/2025 Điều 59 gave it to
  the xã's chairman, so the reform block opens "Không." and says so; a province offered only
  as the other answer ("… được không hay phải trình tỉnh") is not claimed.
- A district named only as a former unit that merged ("thị xã cũ giờ thành phường, …") is the
  asker's premise: the rule asked decides the verdict, not the reform's own "Không".
Wordings of our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi bo huyen thi giay khen ca nhan gio do tinh ky, dung k",
        "không còn huyện thì danh hiệu lao động tiên tiến giờ do tỉnh công nhận đúng không",
        "bo huyen roi, xa ko dc cong nhan thon van hoa nua, phai gui len tinh, dung k",
    ],
)
def test_a_power_claimed_gone_up_to_the_province_is_wrong(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text


def test_the_province_offered_as_the_other_answer_is_no_claim(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "truoc huyen ky LDTT, gio xa tu ky dc k hay phai trinh tinh", "Có"
    )
    assert "Chủ tịch UBND xã" in text


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("huyen cu cua toi da sap nhap, tien thuong LDTT van la 0,3 lan luong co so dung k", "0,3"),
        (
            "thị xã của tôi nay thành phường, Chiến sĩ thi đua cấp tỉnh vẫn cần 3 lần Chiến sĩ "
            "thi đua cơ sở liên tục đúng không",
            "03 lần",
        ),
    ],
)
def test_a_former_district_is_a_premise(
    officer_kb: KnowledgeBase, question: str, shown: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert shown in text
