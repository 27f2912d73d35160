"""A statement of what a thing is, put up with a bare "à" (the lead, stop 26).

Typed without marks, the asking "à" and the polite "ạ" both fold to "a". "X là Y a" with no
question word, no choice ("hay") and no request ("nhờ ad hướng dẫn …") is a claim put up for
confirmation, and gets its verdict; a request or a choice ending in "a" gets none.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("tap the lao dong xuat sac la danh hieu ca nhan a", "Không"),
        ("ttldtt la danh hieu cho tap the a", "Có"),
        ("lao dong tien tien la danh hieu thi dua ca nhan a", "Có"),
    ],
)
def test_a_kind_claimed_and_put_up_gets_a_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "em la can bo van hoa xa moi nho ad huong dan thu tuc dang ky thi dua a",
        "thi dua la tu nguyen hay bat buoc a",
    ],
)
def test_a_request_or_a_choice_gets_no_verdict_from_it(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] not in (["Có"], ["Không"]), text


def test_a_la_joining_a_condition_to_its_outcome_is_no_kind_claimed(
    officer_kb: KnowledgeBase,
) -> None:
    # "chỉ cần 2 năm … là được à": "là" before "được" says what suffices; the run's own reader
    # (h115) decides it, and 2 years not told as a run gets no firm "Có"
    text = ask(officer_kb, "CSTĐ tỉnh chỉ cần 2 năm CSTĐCS là được à")
    assert leading_verdicts(text)[:1] != ["Có"], text
