"""Task h21: a question outside thi đua - khen thưởng is declined, the work's own steps are not.

These are hand-written probes, not items of any evaluation set; the off-topic items of the
tuning set are scored by ``test_officer_eval.py``.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.scope import on_topic

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    "question",
    [
        "ô tô có phải đóng thuế trước bạ không",  # shares "thuế" with the prize-tax entry
        "giấy phép lái xe có bị thu hồi không",  # shares "thu hồi" with revocation
        "đăng ký thường trú cần những gì",  # "thường" folds like "thưởng"
        "nop thue dat o dau",  # a step word ("nộp") about another service
        "tra cuu diem thi thpt",
    ],
)
def test_other_services_are_declined_with_what_the_assistant_does(
    officer_kb: KnowledgeBase, question: str
) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert not answer.answered and answer.sources == []
    assert answer.text.startswith("**Ngoài lĩnh vực thi đua, khen thưởng**")
    assert "tra cứu hồ sơ bằng mã" in answer.text and "cán bộ phụ trách" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "nop o dau vay",
        "hạn nộp là khi nào",
        "ai ký quyết định",
        "nd 98/2023 con hieu luc ko",
        "tiền thưởng có phải đóng thuế không",
        "thon dc tang giay khen k",
    ],
)
def test_the_works_own_questions_are_not_gated(officer_kb: KnowledgeBase, question: str) -> None:
    reading = officer_kb.read(question)
    assert reading is not None
    assert on_topic(question, bool(reading.entities))
    assert not officer_kb.ask(question, TODAY).text.startswith("**Ngoài lĩnh vực")
