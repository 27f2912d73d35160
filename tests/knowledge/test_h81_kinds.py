"""Task h81: kinds of yes/no miss pooled over the tuning sets and blind 23, fixed as mechanisms.

Every question is our own wording of a kind (none is copied from a question set); each test
asserts the verdict an officer reads first in the chat (``KnowledgeBase.ask``).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "claim read, relation not decided": a topic fact of the fact model has no
        # attribute verdict, but its text names the moment the claim is checked against
        ("tiền thưởng tính theo lương cơ sở tại thời điểm nộp hồ sơ phải không", "Không"),
        ("tien thuong tinh theo luong co so tai thoi diem de nghi phai ko", "Không"),
    ],
)
def test_topic_fact_states_the_relation(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)
