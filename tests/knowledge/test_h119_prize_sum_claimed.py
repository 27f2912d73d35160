"""Task h119: a sum put up as what a title brings, with no money word ("nghe nói LĐTT quyết
định cuối năm được 710.000, đúng k"), is a claim about the title's prize (NĐ 152/2025 Điều 50;
lương cơ sở 2.530.000 from 01/7/2026), not about who decides or who may have it; a sum a story
tells ("ủng hộ 50 triệu") is no prize. Wordings of our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        (
            "ke toan bao CSTDCS quyet dinh thang 12 nay dc 2.340.000 thoi, dung k",
            "Không",
            "2.530.000",
        ),
        (
            "người ta bảo lao động tiên tiến quyết định cuối năm được 760.000, đúng không",
            "Có",
            "760.000",
        ),
    ],
)
def test_a_prize_sum_claimed_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, shown: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Tiền thưởng" in text and shown in text


def test_a_sum_a_story_tells_is_no_prize(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "ong Nam ung ho 30 trieu xay cau, ong ay co dc giay khen cua chu tich xa k",
        "Có",
    )
    assert "Tiền thưởng" not in text.split("\n", 1)[0]
