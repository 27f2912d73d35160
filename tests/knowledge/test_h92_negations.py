"""Task h92: the negation words come from one source (``analyser.NEGATED`` and the phone forms
``TYPED_NOT``); every reader of the raw question reads "k", "ko", "hok", "hong" … as "không".

Our own wording of a case told lacking something: each phone spelling of "không" gets the
answer "không" itself gets, block for block.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask


@pytest.mark.parametrize("typed", ["k", "ko", "kg", "khg", "hong", "hok"])
@pytest.mark.parametrize(
    "question",
    [
        "chiến sĩ thi đua cơ sở {} có sáng kiến thì có được xét không",
        "cstdcs {} co sang kien thi co dc xet k",
    ],
)
def test_phone_negation_reads_as_khong(
    officer_kb: KnowledgeBase, question: str, typed: str
) -> None:
    assert ask(officer_kb, question.format(typed)) == ask(officer_kb, question.format("không"))
