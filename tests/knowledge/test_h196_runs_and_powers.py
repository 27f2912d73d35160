"""Stop 32, h196: runs of years told as lists or periods, and the trace tool on every stage.

Wordings are the helper's own (no set holds them).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge import officer_eval
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.trace_answer import trace


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(CONTENT)


def _first(kb: KnowledgeBase, question: str) -> str:
    text = kb.ask(question, officer_eval.AS_OF).text
    return text.split("\n\n")[0].split("\n", 1)[-1]


def test_trace_reaches_the_criteria_clause_stage(kb: KnowledgeBase) -> None:
    # `_verdict_of_part_of_criteria(block, criteria)` takes a block first and a str
    # second: the trace tool took the str for the block and crashed
    log = trace(
        kb,
        "mot thanh vien chi hoi noi tieu chi gia dinh van hoa do trung uong quy dinh chi tiet "
        "het, tinh khong duoc quy dinh them gi. vay co dung khong",
    )
    assert log[-1].startswith("  answer: ")
