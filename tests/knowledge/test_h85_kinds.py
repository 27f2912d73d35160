"""Task h85: kinds of yes/no miss pooled over the tuning sets and blind 24, fixed as mechanisms.

Every question is our own wording of a kind (none is copied from a question set); each test
asserts the verdict an officer reads first in the chat (``KnowledgeBase.ask``).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.claim import in_fact_terms
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # kind "claim stated in the fact's own text, in other words": the fact says "đóng góp,
        # ủng hộ của tổ chức, cá nhân"; the officer names a kind of each
        "quy tdkt cua xa co duoc nhan quyen gop cua nguoi dan k",
        "quy thi dua khen thuong cua xa co dc nhan tien ung ho cua cong ty k",
        "quỹ thi đua, khen thưởng của xã có được nhận ủng hộ của doanh nghiệp không",
    ],
)
def test_claim_in_other_words_read_by_meaning(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


def test_meanings_read_narrow_as_broad_only(officer_kb: KnowledgeBase) -> None:
    # a rule for every "tổ chức" holds for a company; a rule for companies says nothing of
    # every organisation, so the facts' own word is never narrowed
    assert officer_kb.facts is not None
    meanings = officer_kb.facts.meanings
    assert in_fact_terms(["cong", "ty", "x"], meanings) == ["to", "chuc", "x"]
    assert in_fact_terms(["to", "chuc", "x"], meanings) == ["to", "chuc", "x"]


@pytest.mark.parametrize(
    "question",
    [
        # kind "claim stated in the fact's own text, no verdict drawn": the claim's predicate
        # ("a criterion") is what the block's title names, its subject a sentence of the block
        "lao dong san xuat co hieu qua co phai tieu chuan lao dong tien tien k",
        "tich cuc tham gia phong trao thi dua co phai tieu chuan cua lao dong tien tien k",
    ],
)
def test_claim_named_by_the_block_title(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")
