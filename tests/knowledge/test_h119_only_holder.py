"""Task h119: one holder claimed to hold a power alone ("chỉ tòa án mới hủy được quyết định
khen thưởng") whom the fact does not name: who decided cancels (Luật 2022 Điều 93 khoản 8), so
the claim is wrong, "Không."; a holder the fact names keeps its verdict, and an "only" offered
as the other answer after "hay" or naming a recipient is no claim. Wordings of our own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói chỉ tòa án mới được hủy quyết định tặng giấy khen, đúng không",
        "chi co cong an moi dc huy quyet dinh khen thuong dung k",
    ],
)
def test_a_holder_the_fact_does_not_name_is_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text


def test_the_holder_the_fact_names_keeps_its_verdict(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "chi chu tich xa moi huy dc giay khen cua xa dung k", "Có")
