"""Task h92: who proposes is read once (``analyser._proposers``), for the whole question and for
a part that opens with its proposer.

A level named right before "(có) (được) đề nghị / trình" is the one sending the proposal: the
yes/no is answered by where it sends it; "đề nghị … cho xã" names the xã as the one given the
title instead. Our own wordings; each asserts the block an officer reads first.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict


@pytest.mark.parametrize(
    ("question", "head"),
    [
        (
            "xã mình có được đề nghị chiến sĩ thi đua cấp tỉnh cho anh ấy không",
            "**Chiến sĩ thi đua cấp tỉnh: Nộp ở đâu**",
        ),
    ],
)
def test_the_level_proposing_is_answered_where_it_sends(
    officer_kb: KnowledgeBase, question: str, head: str
) -> None:
    block = ask_part_verdict(officer_kb, question, head, "Có")
    assert "Xã gửi hồ sơ" in block, block


def test_a_xa_asked_of_the_provinces_bang_khen_is_told_both_ways(
    officer_kb: KnowledgeBase,
) -> None:
    # stop 42 (task h390 reads "thôn / xã có được đề nghị …" as the unit put up): a xã may be
    # given the province's Bằng khen, and it proposes rather than gives it, the dossier going to
    # the Sở Nội vụ (Luật 2022 Điều 74, 79, 84)
    block = ask_part_verdict(
        officer_kb,
        "xa co dc de nghi bang khen tinh k",
        "**Bằng khen của Chủ tịch UBND tỉnh: Ai được xét**",
        "Có",
    )
    assert "Sở Nội vụ" in block, block


def test_the_level_given_the_title_is_not_the_proposer(officer_kb: KnowledgeBase) -> None:
    ask_part_verdict(
        officer_kb,
        "đề nghị cstd tỉnh cho xã được không",
        "**Chiến sĩ thi đua cấp tỉnh: Ai được xét**",
        "Không",
    )
