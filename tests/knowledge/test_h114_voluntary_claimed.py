"""Task h114: "thi đua là bắt buộc (tham gia) đúng không" claims the reverse of Luật 2022 Điều 3
khoản 1 (sự tham gia tự nguyện): "Không", with the voluntary rule. Wordings of our own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "tham gia thi dua la bat buoc phai khong",
        "voi can bo xa thi dua la bat buoc tham gia dung khong",
    ],
)
def test_emulation_claimed_compulsory(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tự nguyện" in text
