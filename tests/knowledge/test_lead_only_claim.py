"""An "only" claim narrowing a rule for every person to one kind of person (the lead's spot
check, stop 23): the xã chairman's giấy khen is for every person of the xã (Luật 2022 Điều
75), so "chỉ tặng cho cán bộ thôi" is wrong."""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


def test_a_rule_for_every_person_is_wider_than_one_kind(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "giay khen xa chi dc tang cho can bo thoi dung k", "Không")
    assert "Cá nhân thuộc xã" in text, text


def test_a_narrower_fact_still_confirms_nothing_wider(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "ldtt chi xet cho cong chuc thoi dung k", "Không")
