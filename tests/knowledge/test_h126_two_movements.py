"""Task h126: two awards of one year for two different movements ("được hai giấy khen của xã
cho hai phong trào khác nhau có được không") are two achievements: a form may be given many
times, each for another achievement (Luật 2022 Điều 5 khoản 2 điểm c), so "Có" with that rule."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Một cán bộ trong năm được hai giấy khen của xã cho hai phong trào khác nhau có được không",
        "can bo xa trong 1 nam duoc 2 giay khen cho 2 phong trao khac nhau co dc k",
    ],
)
def test_two_movements_two_awards(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "nhiều lần" in text
