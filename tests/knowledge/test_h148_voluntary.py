"""Whether everyone named must join a movement (task h148). Wordings of our own, none from a set.
Luật Thi đua, khen thưởng 2022 Điều 3 khoản 1: thi đua is organised with the voluntary
participation of persons, collectives and households; whoever is named between "bắt buộc" and
"phải tham gia phong trào" ("mọi thôn", "mọi người") does not change the answer: "Không.".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "có bắt buộc mọi người phải tham gia phong trào thi đua không",
        "xa co bat buoc moi to dan pho phai tham gia phong trao thi dua cua xa ko",
    ],
)
def test_joining_a_movement_is_voluntary(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tự nguyện" in text.split("\n\n")[0]
