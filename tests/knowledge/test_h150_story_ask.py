"""A long letter's story does not cost its yes/no its verdict (task h150, set yesno_tuning8).
Wordings of our own, none from a set. The story before "Vậy …" tells the case; its names and
figures are no part of the claim put up, so when the whole letter matches no sentence of the
answer the asking sentence alone is read again:

- a refused proposal is answered in writing (the commune's TTHC: "xã thông báo bằng văn bản"),
  though the story names the school that proposed and how many it proposed;
- the day of the Lời kêu gọi thi đua ái quốc is 11/6, though the story gives another date and a
  drive's number (domain.md 2.10);
- the thôn head chairs the Gia đình văn hóa review with the Mặt trận's head (NĐ 86/2023 Điều 8),
  though the story tells who the asker is and how many households were listed.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "Xa ko dong y de nghi giay khen cho 4 ca nhan do truong mam non Hoa Sen gui len. "
            "Vay cac truong hop ko dc khen co phai thong bao bang van ban cho don vi de nghi k?",
            "Có",
            "bằng văn bản",
        ),
        (
            "Xa em se to chuc hoi nghi phat dong dot 3 vao ngay 2/9/2026. Chi van thu noi ngay "
            "Bac ra Loi keu goi thi dua ai quoc la 2/9. Vay ngay Bac Ho ra Loi keu goi thi dua "
            "ai quoc la ngay 11/6 phai k a?",
            "Có",
            "11/6",
        ),
        (
            "Em la truong thon Dong Tam. Nam nay thon em hop binh xet gia dinh van hoa cho 210 "
            "ho, em chu tri cung truong ban cong tac mat tran va doan the. Vay truong thon chu "
            "tri hop binh xet tung ho cung truong ban cong tac mat tran la dung k a?",
            "Có",
            "chủ trì",
        ),
    ],
)
def test_story_keeps_the_asked_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text
