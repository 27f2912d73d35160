"""Task h126: a ratio cap figure put to a local unit's practice ("năm nay xã vẫn áp 15 % đúng
k") is the province's to set: no national cap (the 15 % of NĐ 91/2017 is repealed; domain.md
§1.6: provinces may keep one), so "Tùy quy chế … của UBND tỉnh", never a bare "Không". The law
or the country asked keeps "Không"."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict


@pytest.mark.parametrize(
    "question",
    [
        "truoc huyen khong che CSTDCS 15%, gio xa co con ap 15% khong",
        "Năm nay xã vẫn giữ tỷ lệ Chiến sĩ thi đua cơ sở không quá 15% số Lao động tiên tiến "
        "phải không",
    ],
)
def test_cap_applied_by_the_commune(officer_kb: KnowledgeBase, question: str) -> None:
    block = ask_part_verdict(officer_kb, question, "Tỷ lệ, giới hạn", "Tùy")
    assert "UBND tỉnh" in block
    assert "Không." not in ask(officer_kb, question)


def test_cap_of_the_whole_country_stays_no(officer_kb: KnowledgeBase) -> None:
    question = "tỷ lệ CSTĐCS 15% số LĐTT vẫn áp dụng toàn quốc phải không"
    ask_part_verdict(officer_kb, question, "Tỷ lệ, giới hạn", "Không")
