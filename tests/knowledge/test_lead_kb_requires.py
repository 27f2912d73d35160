"""An entry with a defining condition answers only questions that name it (the lead's spot
check, stop 23): "người đã nghỉ hưu" shares every word but one with "người đã mất có được đề
nghị khen thưởng không", and a retiree is not to be told about posthumous awards."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY


@pytest.mark.parametrize(
    "question",
    ["nguoi da nghi huu thi co dc xet khen thuong k", "Cán bộ đã nghỉ hưu có được khen không"],
)
def test_a_retiree_is_not_answered_about_the_dead(officer_kb: KnowledgeBase, question: str) -> None:
    text = officer_kb.ask(question, TODAY).text
    assert "truy tặng" not in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "nguoi da mat co dc de nghi khen thuong k",
        "anh ấy hy sinh khi cứu người thì được truy tặng gì",
    ],
)
def test_the_dead_still_get_the_entry(officer_kb: KnowledgeBase, question: str) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert answer.answered and "truy tặng Huân chương" in answer.text, answer.text
