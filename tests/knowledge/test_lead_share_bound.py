"""A share claimed against a strict bound (the lead's spot check, stop 23): TTLĐTT needs more
than 50 % of its people at LĐTT (Luật 2022 Điều 28), so "chỉ cần 50 % là đủ" is wrong and
"trên 50 %" is right."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("nghe bao tap the lao dong tien tien chi can 50% dat ldtt la du dung k", "Không"),
        ("ttldtt can tren 50% ca nhan dat ldtt dung k", "Có"),
        ("Tập thể lao động tiên tiến cần hơn 50 % cá nhân đạt LĐTT phải không", "Có"),
    ],
)
def test_the_bound_is_strict(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "trên 50 %" in text, text
