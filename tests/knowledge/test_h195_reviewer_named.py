"""Task h195: a body named as who reviews a title.

"Thôn văn hóa thì hội đồng thi đua xã đánh giá phải không", "mặt trận không tham gia bình
xét gia đình văn hóa, đúng không": the question asks who reviews the title (its "chair" fact),
not whether the council may be given a title or whether the title may be had.

NĐ 86/2023/NĐ-CP Điều 8: the thôn's meeting chaired by the trưởng thôn, with the Trưởng ban Công
tác Mặt trận and the đoàn thể, reviews each hộ for Gia đình văn hóa; the xã's Hội đồng Thi đua -
Khen thưởng assesses thôn, tổ dân phố văn hóa (Luật 2022 Điều 90 khoản 4: the council advises).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Tổ dân phố văn hóa có phải do Hội đồng TĐKT phường đánh giá không?",
        "khu pho em dat to dan pho van hoa thi hoi dong thi dua phuong danh gia dung ko",
        "thôn văn hoá thì hội đồng thi đua khen thưởng xã họp đánh giá, phải không ạ",
        "nghe noi thon van hoa la do hoi dong thi dua khen thuong xa binh xet, co dung k",
        "Thôn văn hóa năm 2026 có do hội đồng thi đua xã đánh giá không hay thôn tự bình",
    ],
)
def test_council_reviews_thon(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Hội đồng Thi đua - Khen thưởng xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "ban công tác mặt trận thôn không tham gia bình xét gia đình văn hóa phải không ạ",
        "toi nghe noi binh xet gdvh chi co truong thon, mat tran k tham gia, dung ko",
        "Có người bảo họp xét gia đình văn hóa thì Mặt trận ở tổ dân phố không tham gia, đúng k",
        "truong ban mat tran tdp hoi: binh xet ho gia dinh van hoa, mat tran khong tham gia a",
        "chị Hoa nói mặt trận thôn không tham gia bình xét hộ gia đình văn hoá, có đúng không",
    ],
)
def test_front_takes_part_in_gdvh_review(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Mặt trận" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "bình xét hộ gia đình văn hóa, ban công tác mặt trận có tham gia không",
        "Mặt trận ở thôn có tham gia bình xét gia đình văn hóa không ạ",
        "binh xet gia dinh van hoa thi ban cong tac mat tran thon co tham gia ko",
        "họp bình xét GĐVH ở tổ dân phố thì các đoàn thể có tham gia không",
        "cho hoi binh xet gdvh, mat tran co tham gia khong",
    ],
)
def test_front_asked_if_it_takes_part(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Trưởng thôn" in text and "Mặt trận" in text, text
    assert "Ai được xét" not in text, text
