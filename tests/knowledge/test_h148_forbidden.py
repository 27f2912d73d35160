"""A permission asked as a prohibition (task h148). Wordings of our own, none from a set.
Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c: one form of award may be given to the same
person many times, each for another achievement. Asked "có bị cấm không" the answer is "Không."
(it is not forbidden), the reverse of "có được không".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "tặng giấy khen nhiều lần cho một người có bị cấm không",
        "chi Mai nam nao cung duoc giay khen cua xa, nam nay xa lai de nghi tiep, co bi cam ko",
    ],
)
def test_repeat_award_is_not_forbidden(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "nhiều lần" in text.split("\n\n")[0]


def test_repeat_award_is_allowed(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "xã tặng giấy khen nhiều lần cho một người có được không", "Có")
