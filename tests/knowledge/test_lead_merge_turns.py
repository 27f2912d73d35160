"""At the merge of h95 and h96 (stop 23) three readers could turn a negated claim: h95's
``negation_confirmed`` (now in turns.py), h96's value-claim reader and the reported-denial turn.
Each claim is turned once: the officer gets "Không" to a claim that a title's thing is not
given."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "tldxs chi co tien thuong thoi, k co bang chung nhan dung k",
        "chiến sĩ thi đua cơ sở chỉ được tiền thưởng, không có bằng chứng nhận phải không",
        "chi hoi truong bao cstdcs khong co bang chung nhan, vay co dung k",
    ],
)
def test_a_thing_claimed_not_given_is_turned_once(officer_kb: KnowledgeBase, question: str) -> None:
    ask_part_verdict(officer_kb, question, "Hiện vật", "Không")


def test_a_limit_told_in_the_story_is_no_claim(officer_kb: KnowledgeBase) -> None:
    """At the merge of h96 and h99: "chỉ là một thành tích thôi" told before the question is the
    case, not a claimed limit; the question asks whether one deed may be commended twice."""
    text = ask_verdict(
        officer_kb,
        "chi B hien mau 12 lan, doan xa va hoi phu nu deu de nghi khen. chi la 1 thanh tich thoi."
        " xa co khen 2 lan cho viec nay dc ko",
        "Không",
    )
    assert "một thành tích" in text, text
