""" "thi xa" typed without marks: "thì xã" closing a condition, or the abolished "thị xã".

A question that opens a condition ("nếu …", "khi …", "lỡ …") and then types "thi xa" means
"thì xã" whatever the xã does next; naming a place ("ở thị xã cũ") still names the old unit.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask


@pytest.mark.parametrize(
    "question",
    [
        "lam ho so khen thuong co mat phi k, neu k dc duyet thi xa co bao lai bang van ban ko",
        "neu ho so thieu giay to thi xa tra lai hay giu lai",
        "khi thon gui ho so len thi xa xem xet trong bao lau",
        "lo nop tre han thi xa con nhan ho so khong",
    ],
)
def test_then_xa_after_a_condition_is_not_the_old_town(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # what the xã does next may be outside the facts (then the bot declines): never the
    # abolished town's block either way
    assert "Cấp huyện đã bỏ" not in officer_kb.ask(question, TODAY).text


def test_the_refusal_part_is_answered_after_the_condition(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "lam ho so khen thuong co mat phi k, neu k dc duyet thi xa co bao lai bang van ban ko",
    )
    assert "Không. Thủ tục" in text and "Có. Trường hợp không được xét duyệt" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "neu o thi xa cu thi giay khen do ai tang",
        "khi con thi xa thi ai tang giay khen cho thon",
    ],
)
def test_a_town_named_as_a_place_still_gets_the_reform(
    officer_kb: KnowledgeBase, question: str
) -> None:
    assert "Cấp huyện đã bỏ" in ask(officer_kb, question)
