"""Task h119: asked who cancels a commendation with no title named ("ai có quyền hủy quyết định
khen thưởng"), the rule for every title names the one who does at each level: the xã's
chairman for what the xã (or the district before 01/7/2025) decided, the province's chairman
for his own (Luật 2022 Điều 93 khoản 8, Điều 79, Điều 80; NĐ 129/2025 Điều 59). Wordings of
our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "khai man thanh tich bi phat hien thi ai co quyen huy quyet dinh khen thuong",
        "ai là người hủy bỏ quyết định khen thưởng khi hồ sơ bị làm giả",
    ],
)
def test_the_revoker_is_named(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Chủ tịch UBND xã" in text
    assert "Chủ tịch UBND tỉnh" in text
