"""Task h126: a further award asked for the very deed an award was already given for, named
again rather than pointed at ("đã được giấy khen … cho việc hiến đất làm đường …, có được khen
lại cho việc hiến đất làm đường không"): one achievement is never rewarded twice (Luật 2022 Điều
5 khoản 2 điểm c), so "Không", not the many-times rule's "Có". Another deed keeps the rule."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    "question",
    [
        "Anh Nam đã được tặng giấy khen của chủ tịch xã tháng 5 cho thành tích cứu người đuối "
        "nước. Cuối năm xã có được khen thêm cho thành tích cứu người đuối nước không",
        "chi Lan da dc giay khen xa cho viec hien dat lam duong. cuoi dot xa co dc khen lai chi ay "
        "cho viec hien dat lam duong k",
    ],
)
def test_same_deed_rewarded_again(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "một thành tích" in text


def test_another_deed_is_not_the_same(officer_kb: KnowledgeBase) -> None:
    question = (
        "chi Lan da dc giay khen xa cho viec hien dat lam duong. cuoi nam xa khen lai chi ay cho "
        "thanh tich thu thue dc k"
    )
    assert leading_verdicts(ask(officer_kb, question))[:1] == ["Có"]
