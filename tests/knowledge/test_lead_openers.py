"""An answer opens with one verdict (the lead's spot check, stop 23): never "Tùy trường hợp.
Có. …", which an officer cannot read as either."""

from __future__ import annotations

import re

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.opener import with_verdict
from tests.knowledge.asking import ask_verdict

#: a verdict opening a block, followed by another
_TWO_OPENERS = re.compile(r"^(?:Tùy[^.\n]*\.|Có\.|Không\.) (?:Có|Không|Tùy)[.,:]", re.M)


@pytest.mark.parametrize(
    "question",
    [
        "1 nguoi vua dat ldtt vua dc giay khen cua xa thi co lanh ca hai khoan tien k",
        "Một người cùng năm được Chiến sĩ thi đua cơ sở và Giấy khen thì có nhận cả hai tiền"
        " thưởng không",
    ],
)
def test_titles_had_together_are_paid_both(officer_kb: KnowledgeBase, question: str) -> None:
    """A title and a form of award had at once are both paid (NĐ 152/2025 Điều 49 khoản 5):
    the titles told are the rule's own case, not a condition it leaves open."""
    text = ask_verdict(officer_kb, question, "Có")
    assert not _TWO_OPENERS.search(text), text
    assert "cả hai" in text, text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Có. Cùng lúc …", "Tùy trường hợp. Cùng lúc …"),
        ("Không, chỉ …", "Tùy trường hợp. Chỉ …"),
        ("Tùy quy chế tỉnh. …", "Tùy quy chế tỉnh. …"),
    ],
)
def test_a_tuy_verdict_replaces_the_bodys_own_opener(body: str, expected: str) -> None:
    assert with_verdict("Tùy", body) == expected
