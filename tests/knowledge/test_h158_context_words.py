"""A place's name, a time said first or a clause of context does not change a verdict (task
h158). Wordings of our own, none from a set; each is asked bare and with the neutral words.

- the xã's own name after "xã" leaves "xã … tặng giấy khen cho hộ" the xã giving (Luật 2022
  Điều 80 khoản 3: the Chủ tịch UBND xã gives giấy khen to households), and the thôn head's
  name leaves the thôn head claimed to decide GĐVH, which the Chủ tịch UBND xã does (NĐ
  86/2023 Điều 8);
- "năm nay" or a clause before the ask does not become the actor the question names: the thôn
  head chairs the GĐVH review (NĐ 86/2023 Điều 8), and the province may set its own ratio
  (no national cap: Luật 2022, NĐ 152/2025);
- a clause of context lends no words to a claim of "enough": hoàn thành tốt nhiệm vụ alone is
  not the whole LĐTT standard (Luật 2022 Điều 24 khoản 1).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("xã Phú Thịnh có tặng giấy khen cho hộ gia đình được không", "Có", "Chủ tịch UBND xã"),
        ("xa Hoa Son co duoc tang giay khen cho ho gia dinh khong", "Có", "Chủ tịch UBND xã"),
        (
            "gia dinh van hoa do truong thon Khe Ngang ky quyet dinh cong nhan phai k",
            "Không",
            "Chủ tịch UBND xã",
        ),
        ("nam nay truong thon co chu tri binh xet gia dinh van hoa khong", "Có", "chủ trì"),
        (
            "xa minh vua doi ten, truong thon chu tri hop xet gia dinh van hoa phai k",
            "Có",
            "chủ trì",
        ),
        ("nam nay tinh co duoc tu quy dinh ty le khong che cstdcs rieng khong", "Có", "Tỉnh"),
        (
            "chieu qua hop chi bo co nhac, "
            "tinh co duoc tu quy dinh ty le khong che cstdcs rieng khong",
            "Có",
            "Tỉnh",
        ),
        (
            "em vua chuyen sang lam thi dua, ldtt chi can hoan thanh tot nhiem vu la du phai k",
            "Không",
            "Chưa đủ",
        ),
    ],
)
def test_neutral_words_keep_the_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text
