"""Task h188: the commune's fund named back ("quỹ đó", "quỹ này", "quỹ của xã") after a part
about a title.

The cap asked is the fund's own (NĐ 152/2025: at most 1,0 % of the xã's regular spending,
1,5 % in mountain, island and hardship areas), not a cap on the title named before.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "giấy khen của chủ tịch xã chi từ nguồn nào, quỹ ấy được trích tối đa mấy phần trăm",
        "LDTT thuong bao nhieu, quy nay xa mien nui trich toi da bao nhieu phan tram",
        "tien thuong CSTDCS lay o dau, quy do xa dong bang dc trich toi da bn %",
        "Thôn văn hóa thưởng từ đâu, quỹ của xã được trích tối đa bao nhiêu phần trăm",
        "tap the lao dong tien tien thuong tu nguon nao, quy o xa toi da bao nhieu %",
    ],
)
def test_fund_named_back(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Quỹ thi đua, khen thưởng của xã" in text, text
    assert "1,0" in text or "1,5" in text or "1%" in text, text
