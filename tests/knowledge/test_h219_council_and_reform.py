"""Task h219 (b66 family 8, b69 single): the council named bare, the district's office named
bare, and a decision dated before the reform.

- "hội đồng (đó / này / ấy) có quyết định thay chủ tịch không" asks the commune council's power:
  it only advises, the xã chairman decides (Luật 2022 Điều 90 khoản 4, Điều 80 khoản 3);
- "(phòng) nội vụ quận / huyện còn nhận hồ sơ không": the district is gone since 01/7/2025
  (NĐ 129/2025/NĐ-CP Điều 59), the file goes to the xã or straight to the Sở Nội vụ;
- a decision dated before 01/7/2025 signed by the district chairman was his to sign then
  (Luật 2022 Điều 80 khoản 2 as it stood); after that day it is not.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Thẩm định xong hồ sơ thì trình hội đồng, vậy hội đồng có được quyết định thay chủ tịch"
        " phường không",
        "hoi dong xet xong co the ky thay chu tich xa khong",
        "ho so LDTT xong thi qua hoi dong, hoi dong nay co quyen quyet dinh thay ct xa ko",
        "Hội đồng ấy có thay chủ tịch ký quyết định khen thưởng được không",
        "em nộp hồ sơ GĐVH lên hội đồng rồi, hội đồng đó có tự quyết định thay chủ tịch xã được k",
    ],
)
def test_bare_council_claimed_to_decide(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tham mưu" in text and "Chủ tịch UBND xã" in text, text


def test_central_council_keeps_its_own_fact(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "hội đồng thi đua trung ương có quyết định thay thủ tướng không", "Không"
    )
    assert "Trung ương" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nội vụ huyện có còn nhận hồ sơ LĐTT của xã không",
        "ben noi vu quan con nhan ho so khen thuong cua phuong minh khong a",
        "Phòng Nội vụ của quận còn tiếp nhận hồ sơ đề nghị bằng khen của phường không",
        "xã em gửi hồ sơ CSTĐCS qua nội vụ huyện được nữa không",
        "hồ sơ thi đua của phường bây giờ quận còn nhận không hay gửi thẳng lên tỉnh",
    ],
)
def test_district_office_named_bare(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "01/7/2025" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "neu quyet dinh LDTT ky ngay 12/6/2025 thi do chu tich huyen ky co dung k",
        "Quyết định tặng giấy khen cho thôn ký ngày 10/5/2025, do chủ tịch UBND huyện ký, vậy có"
        " đúng thẩm quyền không",
        "QĐ công nhận CSTĐCS ký tháng 6/2025 là huyện ký, như vậy đúng không",
        "quyết định CSTĐCS của anh Tâm ký ngày 2/4/2025 do ct huyện ký, như vậy có hợp lệ không",
        "quyết định LĐTT năm 2024 do chủ tịch huyện ký có đúng không",
    ],
)
def test_district_signed_before_reform(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "trước 01/7/2025" in text, text


def test_district_signed_after_reform(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb, "quyet dinh LDTT ky ngay 15/8/2025 do chu tich huyen ky co dung k", "Không"
    )
