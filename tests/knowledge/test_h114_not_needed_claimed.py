"""Task h114: a paper claimed not needed ("… k cần biên bản đúng không") against a fact that
says it is not needed ("không cần biên bản họp bình xét", Luật 2022 Điều 85 on the simplified
procedure) is confirmed, not denied; asked the other way ("có cần biên bản không") it stays
"Không". Wordings of our own, none from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("khen dot xuat thi ho so khong can bien ban hop binh xet dung khong", "Có"),
        ("ho so khen dot xuat ko can bien ban binh xet phai k", "Có"),
        ("ho so khen dot xuat co can bien ban hop binh xet khong", "Không"),
    ],
)
def test_a_paper_claimed_not_needed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "tóm tắt thành tích" in text
