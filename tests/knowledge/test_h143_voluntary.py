"""A commune asking whether it may force its villages or units into a drive (task h143,
long-letter set yesno_tuning8). Wordings of our own, none from a set: thi đua is organised with
the voluntary taking part of persons, collectives and households (Luật 2022 Điều 3 khoản 1), so
"xã có được bắt buộc …", "ép … tham gia" is "Không".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chao anh, phuong e phat dong thi dua xanh sach dep. Anh chu tich muon bat buoc tat ca "
        "to dan pho phai dang ky. Vay phuong co duoc bat buoc cac to dan pho tham gia k a?",
        "UBND xã có được bắt buộc các thôn phải tham gia đợt thi đua này không ạ",
    ],
)
def test_drive_cannot_be_forced(officer_kb: KnowledgeBase, question: str) -> None:
    assert "tự nguyện" in ask_verdict(officer_kb, question, "Không")
