"""At the merge of h95 and h96 (stop 23) three readers could turn a negated claim: h95's
``_negated_claim``, h96's value-claim reader and the reported-denial turn. Each claim is turned
once: the officer gets "Không" to a claim that a title's thing is not given."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict


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
