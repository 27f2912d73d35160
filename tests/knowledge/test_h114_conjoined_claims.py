"""Task h114: a statement joined by "và" to the clause put up for confirmation ("… và …
đúng không") is claimed too. Its part answers yes or no, so a false half (who decides) is not
hidden behind a true one (the coefficient). Wordings of our own, none from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 74: LĐTT is the xã chairman's, not the province's
        ("LDTT do chu tich tinh quyet dinh va thuong 0,3 lan luong co so dung k", "Không"),
        # Bằng khen tỉnh is the province chairman's (Luật Điều 74)
        ("bang khen tinh do chu tich xa ky va kem tien thuong dung k", "Không"),
        # both halves right
        ("thon van hoa do chu tich xa cong nhan va thuong 1,5 lan luong co so dung khong", "Có"),
    ],
)
def test_the_first_half_of_a_conjoined_claim_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_part_verdict(officer_kb, question, "Ai quyết định", verdict)
    ask_verdict(officer_kb, question, verdict)


def test_a_who_question_before_and_stays_a_question(officer_kb: KnowledgeBase) -> None:
    # "ai quyết định" asks who; only the prize is put up for confirmation
    text = ask(officer_kb, "thon van hoa ai quyet dinh cong nhan va thuong 1,5 lan dung k")
    block = next(b for b in text.split("\n\n") if "Ai quyết định" in b)
    assert leading_verdicts(block) == [], text
