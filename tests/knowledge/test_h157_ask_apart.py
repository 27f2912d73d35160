"""Context told before the ask changes nothing a lawyer cares about (task h157, stop 30).
Wordings of our own, none from a set. Three readers now read the ask, not the whole message:

- the off-topic gate (``scope.on_topic``): a clause saying the asker works in thi đua does not
  let in a question about another service (a driving licence, health insurance), while a letter
  whose ask names no other service is still read with its story;
- the entry's verdict (``verdict.lead_verdict``): a leading clause that asks nothing ("tuần
  trước xã có bàn chuyện này, …") is no part of the claim's subject, so the definition of sáng
  kiến (Luật Thi đua, khen thưởng 2022, khoản 4 Điều 3) and the three grounds for a title (Luật
  2022, Điều 7) still confirm the claim with "Có.";
- the definition cue (``figures._opens_with_term``): "hiện nay" or "nhờ anh chị chỉ giúp:"
  before "khen thưởng là gì" still asks what the words mean (Luật 2022, Điều 3), while
  "chiến sĩ thi đua là gì" asks about a title.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask, ask_verdict

_OFF_TOPIC = "Ngoài lĩnh vực thi đua, khen thưởng"


@pytest.mark.parametrize(
    "question",
    [
        "em làm thi đua ở xã, giấy phép lái xe hết hạn có bị thu hồi không",
        "Em mới được giao mảng khen thưởng. Thẻ bảo hiểm y tế hết hạn thì gia hạn ở đâu?",
    ],
)
def test_context_in_the_field_does_not_let_another_service_in(
    officer_kb: KnowledgeBase, question: str
) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert not answer.answered and _OFF_TOPIC in answer.text, answer.text


def test_a_story_in_the_field_still_carries_its_short_ask(officer_kb: KnowledgeBase) -> None:
    answer = officer_kb.ask(
        "Xã em vừa phát động phong trào thi đua. Vậy có phải sơ kết không?", TODAY
    )
    assert _OFF_TOPIC not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "tuần trước xã có bàn chuyện này, sáng kiến có cần được áp dụng ở cơ sở không",
            "áp dụng tại cơ sở",
        ),
        (
            "chiều nay họp chi bộ xong, căn cứ xét danh hiệu thi đua theo luật 2022 gồm phong "
            "trào, thành tích và tiêu chuẩn phải không",
            "phong trào thi đua",
        ),
    ],
)
def test_a_leading_clause_keeps_the_entry_verdict(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("hiện nay khen thưởng là gì ạ", "tôn vinh"),
        ("nhờ anh chị chỉ giúp: thi đua là gì", "tự nguyện"),
    ],
)
def test_the_words_defined_after_a_greeting_or_a_time(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert "Thi đua, khen thưởng là gì" in text and fact in text, text


def test_a_title_ending_in_the_term_is_no_definition(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "chiến sĩ thi đua là gì")
    assert "Thi đua, khen thưởng là gì" not in text, text
