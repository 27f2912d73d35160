"""Task h126: the prize claimed to be paid on the lương cơ sở of the day one registered for the
year ("tiền thưởng tính theo lương cơ sở lúc đăng ký thi đua đầu năm đúng k"): the base is the
one in force on the day the decision is signed (NĐ 152/2025), so "Không"; the signing day
claimed keeps "Có"."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Tiền thưởng tính theo lương cơ sở lúc đăng ký thi đua đầu năm phải không",
        "tien thuong tinh theo muc luong co so khi dang ky thi dua phai k",
    ],
)
def test_base_of_the_registration_day(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "ngày ký quyết định" in text


def test_base_of_the_signing_day(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "tien thuong tinh theo luong co so luc ky quyet dinh dung k", "Có")
