"""A verdict turned twice turns its words about the saying with it (stop 27, the lead).

A reported "không cần …" is first read as a denial to turn ("Ý kiến đó chưa đúng."), then as
the removal the fact itself states, which makes the saying right: the answer must not open
"Có. Ý kiến đó chưa đúng."."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask


@pytest.mark.parametrize(
    "question",
    [
        "anh pho chu tich bao khen dot xuat k can bien ban hop hoi dong, chi can to trinh va tom "
        "tat thanh tich, dung k",
        "chị văn phòng bảo khen đột xuất không cần biên bản họp hội đồng, chỉ cần tờ trình và "
        "tóm tắt thành tích, đúng k",
    ],
)
def test_a_right_saying_is_not_called_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    answer = ask(officer_kb, question)
    assert "Có. Ý kiến đó đúng." in answer
    assert "chưa đúng" not in answer
