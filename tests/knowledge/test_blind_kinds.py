"""Issue 11c: the failure kinds the independent blind set reported, one general cause each.

The questions here are our own (the blind set stays unread); each asserts what the officer sees
in the chat answer (``KnowledgeBase.ask`` is what the Telegram and Zalo handlers call).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.officer_eval import has_fact, presents_repealed

TODAY = date(2026, 11, 22)


def _body(kb: KnowledgeBase, question: str) -> str:
    answer = kb.ask(question, TODAY)
    assert answer.answered, question
    return answer.text


def _first_verdict(text: str) -> str:
    """The first line after the bold title."""
    return text.split("\n")[1]


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("giấy khen đột xuất có cần qua hội đồng thi đua không", "Không."),
        ("có được cstdcs mà không có sáng kiến không", "Có."),
        ("khong co sang kien thi co duoc cstd cap tinh khong", "Không."),
        ("giấy khen có được tặng nhiều năm liền không", "Có."),
        ("xã có thể tặng giấy khen cho hộ gia đình không", "Có."),
        ("người mới tuyển 8 tháng có được xét LĐTT không", "Có."),
        ("nhân viên công ty trên địa bàn xã có được chủ tịch xã công nhận ldtt không", "Không."),
    ],
)
def test_the_verdict_word_comes_first_and_answers_what_was_asked(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    line = _first_verdict(_body(officer_kb, question))
    assert line.startswith(verdict), (question, line)
    # never two verdicts in a row ("Có. Có, bắt buộc", "Không. Có. …")
    assert not line[len(verdict) :].lstrip().startswith(("Có.", "Có,", "Không.", "Không,"))


def test_the_national_title_is_not_the_provincial_one(officer_kb: KnowledgeBase) -> None:
    who = _body(officer_kb, "chiến sĩ thi đua toàn quốc do ai quyết định")
    assert "Thủ tướng" in who and "Chủ tịch UBND tỉnh" not in who
    money = _body(officer_kb, "chiến sĩ thi đua toàn quốc được thưởng bao nhiêu")
    assert "4,5 lần" in money and "11.390.000" in money  # 4,5 × 2.530.000, rounded up


def test_the_decision_date_picks_the_base_salary(officer_kb: KnowledgeBase) -> None:
    before = _body(officer_kb, "quyết định công nhận ldtt ký ngày 20/6/2026 thì thưởng bao nhiêu")
    assert "710.000" in before and "2.340.000" in before
    after = _body(officer_kb, "quyết định khen LĐTT ngày 10/8/2026 thưởng bao nhiêu")
    assert "760.000" in after
    old = _body(officer_kb, "theo lương cơ sở cũ thì chiến sĩ thi đua cơ sở được thưởng bao nhiêu")
    assert "2.340.000 đồng" in old and "2.530.000" not in old
    # a year that names the title, not the decision, keeps today's base
    assert "760.000" in _body(officer_kb, "ldtt năm 2026 thưởng bao nhiêu")


def test_a_story_before_the_question_does_not_pick_the_attribute(
    officer_kb: KnowledgeBase,
) -> None:
    answer = officer_kb.ask(
        "Tôi là công chức địa chính xã, năm 2025 tôi được chủ tịch xã ra quyết định công nhận "
        "chiến sĩ thi đua cơ sở, vậy tôi được thưởng bao nhiêu?",
        TODAY,
    )
    assert [p.part for p in answer.parts] == ["Chiến sĩ thi đua cơ sở: Tiền thưởng"]
    assert "2.340.000" in answer.text


def test_definitions_and_delegation_are_answered(officer_kb: KnowledgeBase) -> None:
    assert "tự nguyện" in _body(officer_kb, "thi đua là gì")
    assert "tôn vinh" in _body(officer_kb, "khen thưởng là gì")
    rules = _body(officer_kb, "cấp nào quy định thủ tục hồ sơ khen thưởng ở xã")
    assert rules.split("\n")[1].startswith("Tỉnh quy định") and "152/2025" in rules
    # "thi đua là gì" inside a question about a title's criteria is not the definition
    criteria = officer_kb.ask("tiêu chuẩn chiến sĩ thi đua là gì", TODAY).text
    assert "Thi đua, khen thưởng là gì" not in criteria


def test_the_decisive_part_is_there(officer_kb: KnowledgeBase) -> None:
    months = _body(officer_kb, "mới tuyển dụng bao lâu thì được xét ldtt")
    assert "6 tháng" in months and "10 tháng" in months
    office = _body(officer_kb, "sau khi bỏ cấp huyện, phòng nào ở xã làm công tác thi đua")
    assert "Phòng Văn hóa - Xã hội" in office


def test_a_rule_for_every_title_needs_a_question_about_commendation(
    officer_kb: KnowledgeBase,
) -> None:
    # "thu hồi", "nhiều lần" are cue words of rules for every title; alone they are off-topic
    for question in (
        "đất nông nghiệp bị thu hồi có được đền bù không",
        "vay ngân hàng nhiều lần có được không",
    ):
        assert not officer_kb.ask(question, TODAY).answered, question
    assert "Có." in _body(officer_kb, "khai man thành tích có bị thu hồi không")


def test_the_scorer_ignores_spacing_and_knows_thay_marks_the_old_rule() -> None:
    assert has_fact("có trên 50 % cá nhân", "50%")
    assert has_fact("có trên 50% cá nhân", "50 %")
    assert not presents_repealed("Nghị định 152/2025 thay Nghị định 98/2023.")
    assert presents_repealed("Hồ sơ theo Nghị định 98/2023.")
