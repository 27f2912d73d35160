"""Task h114: "xã có được tự ra quyết định / tự công nhận … không" tells the xã deciding on its
own; it is not asking whether the xã may receive the title. The decider's fact answers (Luật
2022 Điều 80 khoản 2 and NĐ 129/2025 Điều 59: the xã chairman; xã tiêu biểu is the province's,
Luật Điều 29). Wordings of our own, none from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("bay gio xa co duoc tu ra quyet dinh cong nhan thon van hoa khong", "Có"),
        ("xa co dc tu ra quyet dinh to dan pho van hoa k", "Có"),
        ("xa co duoc tu xet xa tieu bieu khong", "Không"),
    ],
)
def test_the_xa_told_deciding(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Ai quyết định" in text.split("\n")[0]
