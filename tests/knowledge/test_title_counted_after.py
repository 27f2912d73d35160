"""A title followed by its count ("CSTĐCS 2 lần liên tục …") is one already held, as one preceded
by it is ("3 lần CSTĐCS"): the title named after it is the one asked about."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    "question",
    [
        "CSTĐCS 2 lần liên tục là căn cứ đề nghị bằng khen tỉnh đúng không",
        "chien si thi dua co so 2 nam lien thi xa de nghi bang khen tinh duoc k",
    ],
)
def test_a_title_counted_after_it_is_held(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    # no block on the held title's own yearly rule ("Không cần năm liên tục …") answers first
    assert "Không" not in leading_verdicts(text), text
    assert "Điều 74" in text, text


def test_a_count_standing_before_the_next_title_is_that_titles(
    officer_kb: KnowledgeBase,
) -> None:
    # "3 lần liên tục CSTĐCS" counts CSTĐCS: CSTĐ tỉnh stays the title asked about
    text = ask_verdict(
        officer_kb, "cstd tinh chi can 3 lan lien tuc cstdcs la du roi dung khong", "Không"
    )
    assert "sáng kiến" in text and "Chiến sĩ thi đua cấp tỉnh" in text, text
