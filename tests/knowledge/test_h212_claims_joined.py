"""Task h212: a closing "đúng không" covers every claim joined before it.

"nghe nói A …, và B …, đúng k": a comma typed before the "và" still joins A to the claim put
up for confirmation, so A gets its own verdict (TTLĐXS needs at least 70 % LĐTT: Luật 2022
Điều 27; TTLĐTT more than 50 %: Điều 28; LĐTT decided by the Chủ tịch UBND xã: Điều 80
khoản 3, NĐ 129/2025 Điều 59). "đối với" (as to) joins nothing: "quỹ … tối đa 1,5% đối với xã
miền núi đúng không" is one claim (NĐ 152/2025 Điều 46 khoản 3), not a claim and a second ask.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    ("question", "head", "verdict", "fact"),
    [
        (
            "co nguoi noi TTLDTT chi can 50% ca nhan dat LDTT, va chu tich xa quyet dinh, dung k",
            "Tỷ lệ",
            "Không",
            "trên 50 %",
        ),
        (
            "nghe nói Tập thể lao động xuất sắc chỉ cần 60% cá nhân đạt LĐTT, và Chủ tịch UBND "
            "tỉnh tặng, đúng không ạ",
            "Tỷ lệ",
            "Không",
            "70 %",
        ),
        (
            "a phong bao TTLDXS can 70% ca nhan dat LDTT, va do chu tich xa ky, dung k ad",
            "Tỷ lệ",
            "Có",
            "70 %",
        ),
        (
            "a phong bao TTLDXS can 70% ca nhan dat LDTT, va do chu tich xa ky, dung k ad",
            "Ai quyết định",
            "Không",
            "Chủ tịch UBND tỉnh",
        ),
        (
            "nghe noi LDTT do chu tich tinh quyet dinh, va thuong 0,3 lan luong co so, phai k",
            "Ai quyết định",
            "Không",
            "Chủ tịch UBND xã",
        ),
        (
            "nghe noi LDTT do chu tich tinh quyet dinh, va thuong 0,3 lan luong co so, phai k",
            "Tiền thưởng",
            "Có",
            "0,3 lần",
        ),
    ],
)
def test_comma_before_va_joins_claim(
    officer_kb: KnowledgeBase, question: str, head: str, verdict: str, fact: str
) -> None:
    block = ask_part_verdict(officer_kb, question, head, verdict)
    assert fact in block


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("quy thi dua cua xa toi da 1% doi voi xa dong bang dung k, ai quan ly", "Có", "1,0 %"),
        (
            "Quỹ thi đua khen thưởng của phường tối đa 2% đối với phường miền núi phải không, "
            "ai duyệt chi",
            "Không",
            "1,5 %",
        ),
        ("quy tdkt xa toi da 1,5% doi voi xa vung sau vung xa dung khong a", "Có", "1,5 %"),
        (
            "quỹ thi đua của phường tối đa 1,5% đối với phường trung du đúng không, ai quản lý chi",
            "Có",
            "1,5 %",
        ),
        ("quy tdkt toi da 1,5% doi voi xa mien nui dung k, ai ky chi", "Có", "1,5 %"),
        ("quỹ TĐKT của xã tối đa 3% đối với xã hải đảo đúng k", "Không", "1,5 %"),
        ("quy thi dua xa toi da 1,5% doi voi xa dong bang phai k ad", "Không", "1,0 %"),
    ],
)
def test_doi_voi_joins_nothing(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0]
