"""A title claimed to be a state honour (task h118, law-coverage set yesno_tuning5): Luật 2022
Điều 19 and 20 list the danh hiệu thi đua, Điều 59 the danh hiệu vinh dự nhà nước; a title of the
first list asked "có phải danh hiệu vinh dự nhà nước không" is answered by its kind. Wordings of
our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chiến sĩ thi đua tỉnh có phải là danh hiệu vinh dự nhà nước không",
        "cstd toan quoc la mot danh hieu vinh du nha nuoc dung ko",
        "tap the lao dong xuat sac co phai danh hieu vinh du nha nuoc k",
    ],
)
def test_emulation_title_is_no_state_honour(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "danh hiệu thi đua" in text


def test_state_honour_named_stays(officer_kb: KnowledgeBase) -> None:
    # a title of Điều 59 itself keeps its reading
    ask_verdict(officer_kb, "thầy thuốc ưu tú có phải danh hiệu vinh dự nhà nước không", "Có")
