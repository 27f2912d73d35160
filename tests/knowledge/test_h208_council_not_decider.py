"""Task h208: a Hội đồng Thi đua - Khen thưởng claimed to decide a title.

"Giấy khen có phải do hội đồng thi đua xã quyết định không, hay chủ tịch ký": the first option
is the claim, and the council only advises (Luật Thi đua, khen thưởng 2022 Điều 90 khoản 4:
"tham mưu, tư vấn"); the chairman of the UBND xã decides (Luật 2022 Điều 80; NĐ 129/2025
Điều 59). The verdict is "Không." and the one who decides is still named.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "giay khen xa do hoi dong tdkt xa quyet dinh k hay chu tich xa ky",
        "LĐTT có phải do Hội đồng thi đua phường quyết định không?",
        "lao dong tien tien do hoi dong thi dua xa quyet dinh khong, hay chu tich xa quyet dinh",
        "chiến sĩ thi đua cơ sở do hội đồng TĐKT xã ký quyết định phải không",
        "tap the lao dong tien tien co phai do hd tdkt dac khu quyet dinh k",
    ],
)
def test_council_claimed_to_decide(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text


def test_chairman_first_option_kept(officer_kb: KnowledgeBase) -> None:
    # the chairman asked first, the council offered after "hay": the first option holds
    ask_verdict(
        officer_kb, "LDTT do chu tich xa quyet dinh k hay hoi dong thi dua quyet dinh", "Có"
    )
