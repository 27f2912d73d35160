"""Task h114: "chuẩn bị" (to prepare) is one word; its "chuẩn" is not the criteria cue. A letter
asking the prize of two titles "để chuẩn bị chi" gets both prizes, not one title's criteria.
Wording of our own, none from a question set."""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask


def test_prepare_keeps_the_prize_of_both_titles(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "ke toan hoi: xa co 2 nguoi CSTDCS va 8 nguoi LDTT, tien thuong moi nguoi bao nhieu de"
        " em chuan bi du toan",
    )
    assert "Lao động tiên tiến: Tiền thưởng" in text and "760.000" in text, text
    assert "Tiêu chuẩn" not in text, text
