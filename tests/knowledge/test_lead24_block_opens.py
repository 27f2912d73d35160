"""A prize block for several kinds of recipient opens with a capital letter: without a verdict
before it, the label of the first amount ("cá nhân, hộ gia đình: 0,3 lần …") starts the block."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask


@pytest.mark.parametrize(
    "question", ["giay khen xa dc bn tien", "Giấy khen của chủ tịch xã thưởng bao nhiêu"]
)
def test_every_block_body_opens_with_a_capital(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    for block in text.split("\n\n"):
        body = block.split("\n")[1]
        assert body[:1].isupper(), text
