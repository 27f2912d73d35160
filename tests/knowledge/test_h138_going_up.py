"""Claims about proposals that leave the xã (blind set b44, task h138) read the wrong way.
Wordings of our own, none from a set:

- a central award (Thủ tướng, Chủ tịch nước) claimed to be the province chairman's to sign is
  "Không": the province only proposes it (Luật 2022 Điều 76, 77), while a provincial title
  asked the same way stays "Có";
- the reform claimed as the xã chairman deciding "thay chủ tịch huyện" is "Có"; the xã still
  claimed to ask the old district's opinion is "Không" (NĐ 129/2025 Điều 59);
- a deed already given a giấy khen claimed not to be proposed again for a bằng khen is "Có"
  (Luật 2022 Điều 5 khoản 2 điểm c).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("chủ tịch tỉnh có quyền ký tặng chiến sĩ thi đua toàn quốc không", "Không"),
        ("bang khen cua thu tuong la do chu tich ubnd tinh ky phai ko", "Không"),
        ("huan chuong lao dong thi chu tich tinh tang dung khong", "Không"),
        # a title the province does give keeps its "Có"
        ("co thi dua cua tinh do chu tich tinh ky phai k", "Có"),
    ],
)
def test_central_award_not_the_province(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "từ tháng 7/2025 chủ tịch phường được ký công nhận lao động tiên tiến thay chủ tịch"
            " quận phải không",
            "Có",
        ),
        ("bỏ huyện rồi mà phường vẫn phải xin ý kiến quận cũ trước khi gửi sở, đúng ko", "Không"),
    ],
)
def test_reform_claims(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_same_deed_not_proposed_again(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "cùng một thành tích mà đã có giấy khen chủ tịch xã thì không được trình thêm bằng khen"
        " tỉnh nữa, phải vậy không",
        "Có",
    )
    assert "Điều 5" in text


def test_same_deed_not_commended_twice_claimed(officer_kb: KnowledgeBase) -> None:
    # one form only named: the rule's own part, not a hearsay rule, answers it
    text = ask_verdict(
        officer_kb,
        "chính thành tích đó đã được tặng giấy khen thì không đề nghị thêm huân chương nữa, đúng"
        " không",
        "Có",
    )
    assert "Điều 5" in text
