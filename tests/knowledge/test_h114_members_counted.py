"""Task h114: an association's members ("hội viên", "đoàn viên") are the people a TTLĐTT share
is counted over (Luật 2022 Điều 28: trên 50 % đạt LĐTT). Wordings of our own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "share"),
    [
        (
            "chi doan co 20 doan vien, 12 nguoi dat LDTT thi chi doan co du ty le de xet TTLDTT"
            " khong",
            "Có",
            "12/20",
        ),
        (
            "hoi phu nu xa co 15 hoi vien chuyen trach, 6 nguoi dat LDTT, hoi co du dieu kien"
            " TTLDTT ve ty le khong",
            "Không",
            "6/15",
        ),
    ],
)
def test_members_are_counted(
    officer_kb: KnowledgeBase, question: str, verdict: str, share: str
) -> None:
    block = ask_part_verdict(officer_kb, question, "Tỷ lệ", verdict)
    assert share in block
