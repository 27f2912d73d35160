"""Task h126: a saying that taking part in the phong trào thi đua is compulsory ("cán bộ xã bắt
buộc phải tham gia phong trào thi đua, đúng k") is the voluntary rule's (Luật 2022 Điều 3 khoản
1: sự tham gia tự nguyện): "Không", with the rule, not a decline."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Nghe nói công chức xã bắt buộc tham gia phong trào thi đua, đúng không",
        "dong nghiep noi vien chuc bat buoc phai tham gia phong trao thi dua cua xa, phai k",
    ],
)
def test_movement_claimed_compulsory(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tự nguyện" in text
