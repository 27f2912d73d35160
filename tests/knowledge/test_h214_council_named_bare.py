"""Task h214: the commune's council named without its full name ("hội đồng đó", "hội đồng xã").

The Hội đồng Thi đua - Khen thưởng xã only advises; the Chủ tịch UBND xã decides (Luật Thi đua,
khen thưởng 2022 Điều 61 khoản 4, Điều 80 khoản 3): asked whether "that council" decides in the
chairman's place, the answer is "Không.".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "hội đồng xã có quyền quyết định tặng giấy khen thay chủ tịch không",
        "thẩm định xong thì trình hội đồng nào, hội đồng đó có được tự ký quyết định khen không",
        "thon binh xet xong gui len hoi dong, hoi dong nay co duoc tu quyet dinh khen thuong k",
        "hội đồng này có thay chủ tịch UBND xã quyết định công nhận LĐTT được không",
        "em nộp hồ sơ cho hội đồng của xã, hội đồng đó có tự công nhận CSTĐCS luôn được ko",
    ],
)
def test_bare_council_does_not_decide(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text
