"""Task h234 (stop 34): a rescue told by its act (cứu hộ, dập lửa, people brought out of a
flood or a fire, a child pulled from the water) is a sudden deed, commended at once by the
simplified procedure (Luật 2022 Điều 85), not held over to the year-end review."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "nghe nói người cứu hộ lúc mưa lũ phải đợi tổng kết cuối năm mới được khen, đúng k",
            "Không",
        ),
        ("chu Ba cheo xuong dua 20 nguoi gia ra khoi vung ngap, co dc khen dot xuat k", "Có"),
        ("Chị Lan cùng bà con dập lửa ở kho lúa của thôn, có được khen đột xuất không?", "Có"),
        ("2 thanh nien vot duoc em be roi xuong ao, co dc khen dot xuat khong", "Có"),
        ("anh ấy dìu 3 cụ già ra khỏi đám cháy, khen đột xuất được không ạ", "Có"),
    ],
)
def test_a_rescue_told_by_its_act_is_a_sudden_deed(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "đột xuất" in text.split("\n\n")[0], text
