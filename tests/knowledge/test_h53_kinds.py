"""Task h53: blind set 10's misses grouped by kind of failure, each kind fixed by a mechanism
that does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind10_questions.yaml``)
and each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the question asks whether the national law itself sets or requires a thing; the fact
        # that answers leads with the province setting it (or the law dropping it): "Không"
        ("luat co ghi ro thoi han giai quyet giay khen k", "Không"),
        ("nghi dinh co ghi ro bao nhieu ngay phai co quyet dinh giay khen k", "Không"),
        ("trung uong co quy dinh cu the tieu chi gdvh cho ca nuoc k", "Không"),
        # the law does state these: no "Không" from a province's details after them
        ("luat co quy dinh tien thuong lao dong tien tien khong", "Có"),
    ],
)
def test_law_claim_against_province_rule(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    if verdict == "Không":
        assert "tỉnh" in text, text


def test_law_claim_leaves_a_decree_list_alone(officer_kb: KnowledgeBase) -> None:
    # the decree lists the dossier; "Tỉnh quy định hồ sơ cụ thể" after the list is a detail
    text = ask(officer_kb, "nghi dinh co ghi ro ho so giay khen gom nhung gi k")
    assert "Không." not in text.split("\n")[1], text
