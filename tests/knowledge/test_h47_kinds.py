"""Task h47: blind set 7's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind7_questions.yaml``)
and each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # "dk" where a noun is due is "điều kiện": the title's criteria are asked, not what is
        # given with it ("được gì")
        ("ttldtt can dk gi, thuong bao nhieu tien", ["Tiêu chuẩn", "Tiền thưởng"]),
        ("ttldxs can dk gi a, nhan duoc bao nhieu tien", ["Tiêu chuẩn", "Tiền thưởng"]),
        ("ldtt dk j vay ad, co dc bang k", ["Tiêu chuẩn", "Hiện vật"]),
    ],
)
def test_phone_shorthand_read_by_its_neighbours(
    officer_kb: KnowledgeBase, question: str, shown: list[str]
) -> None:
    text = ask(officer_kb, question)
    for words in shown:
        assert words in text, text
