"""A new hire's months of service, read once by the analyser and said back by the composer."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "months"),
    [
        (
            "em moi duoc tuyen dung tu thang 8, den cuoi nam hoc duoc 10 thang, "
            "co du dieu kien xet LDTT khong",
            10,
        ),
        ("Chị mới vào làm ở xã được 7 tháng, cuối năm có được xét lao động tiên tiến không", 7),
    ],
)
def test_months_a_hire_tells_are_said_with_the_rule_they_meet(
    officer_kb: KnowledgeBase, question: str, months: int
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text
    assert f"Anh/chị nêu {months} tháng công tác" in text and "6 tháng" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # praise, not a recruitment: no months of service are told
        "em duoc tuyen duong 12 thang lien, co duoc xet LDTT khong",
        # a length short of the rule: nothing is said back as met
        "moi tuyen dung gan 6 thang co duoc xet LDTT khong",
    ],
)
def test_no_service_is_said_back_when_none_is_met(officer_kb: KnowledgeBase, question: str) -> None:
    assert "Anh/chị nêu" not in officer_kb.ask(question, TODAY).text
