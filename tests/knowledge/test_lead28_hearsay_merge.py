"""A saying about one person's year, read by the hearsay rules after h128's and h136's readings
met in one reader (stop 28's merge): the claim's own verdict stands when the yes/no asks the
claim itself, a case told after the asking clause is background, and "có đúng quy định không"
puts the saying up for confirmation. Each of these answered "Có." on the merged code before the
lead's fix. Wordings are the lead's own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # the plain yes/no is itself the claim: a loss asked, so "Không" (not lost)
        ("em nghỉ sinh 5 tháng năm nay thì có bị mất lao động tiên tiến không", "thai sản"),
        ("co giao nghi de 4 thang co bi loai khoi danh sach ldtt ko", "thai sản"),
        # the grade told after "đúng không" is background to the claimed loss
        (
            "phòng tổ chức nói đi bồi dưỡng 4 tháng thì mất LĐTT năm đó, đúng không ạ, em "
            "xếp loại khá",
            "khá",
        ),
        # "có đúng quy định không" confirms the line told, like "đúng không"
        (
            "truong tram bao chi nghi thai san 5 thang nen k dc binh LDTT, vay co dung quy "
            "dinh k a",
            "thai sản",
        ),
    ],
)
def test_claimed_loss_is_denied(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert fact.lower() in text.lower(), text
