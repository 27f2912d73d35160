"""Registration asked as a requirement of a title (the lead's spot check, stop 23): Luật 2022
Điều 7 no longer counts it as a basis, the province's quy chế may ask for it. Never "Có" (the
brief: "không đăng ký thì không được xét" is not national law), never "Tiêu chuẩn không đòi
hỏi 'Đăng ký thi đua'" as if it were a title."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "ldtt co phai dang ky thi dua k",
        "muon dc cstdcs thi co can dang ky thi dua tu dau nam k",
        "Lao động tiên tiến có bắt buộc phải đăng ký thi đua không",
    ],
)
def test_registration_required_is_the_province_s_call(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "Điều 7" in text and "quy chế" in text, text
    assert "không đòi hỏi" not in text, text
