"""A unit head under the xã said to give an award himself (stop 27, the lead).

Luật 2022 Điều 80 names who decides a giấy khen; a principal, a health station's head or a
youth-union secretary is none of them: he proposes, the xã chairman decides. The fact's "Có"
answered whether the xã chairman may, not whether the head named may."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "hieu truong tu ky giay khen cho giao vien truong minh dc k",
        "trưởng trạm y tế xã có được tự tặng giấy khen cho nhân viên không",
        "bi thu chi doan co quyen tang giay khen cho doan vien k a",
    ],
)
def test_a_unit_head_does_not_give_the_award(officer_kb: KnowledgeBase, question: str) -> None:
    answer = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã quyết định" in answer


def test_the_head_signing_the_proposal_is_not_denied(officer_kb: KnowledgeBase) -> None:
    answer = ask(officer_kb, "hiệu trưởng ký tờ trình đề nghị giấy khen cho giáo viên đúng không")
    assert not answer.split("\n")[1].startswith("Không")
