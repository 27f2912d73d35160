"""Task h188: the provincial badge named with an auxiliary between the giver and the verb.

"tỉnh còn dc tặng huy hiệu", "UBND tỉnh vẫn tặng huy hiệu" name the form the 2022 law dropped
(Luật Thi đua, khen thưởng 2022 lists no "Huy hiệu" among its forms); unread, the question
was declined as off-topic.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "tinh con dc tang huy hieu cho cong chuc xa k",
        "UBND tỉnh vẫn tặng huy hiệu cho cá nhân phải không",
        "chu tich tinh con duoc tang huy hieu k ad",
        "Tỉnh có được tặng huy hiệu cho hộ gia đình không",
        "tinh van con tang huy hieu cho tap the k",
        "nghe noi tinh van duoc tang huy hieu, dung k",
    ],
)
def test_badge_with_auxiliary(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Huy hiệu" in text
