"""Registration asked as a requirement of a title (the lead's spot check, stop 23): Luật 2022
Điều 7 no longer counts it as a basis, so "Không" by law, the province's quy chế may still ask
for it (as task h61 answers a requirement claimed). Never "Có" (the brief: "không đăng ký thì
không được xét" is not national law), never "Tiêu chuẩn không đòi hỏi 'Đăng ký thi đua'" as if
it were a title."""

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
def test_registration_is_not_required_by_law(officer_kb: KnowledgeBase, question: str) -> None:
    # "Tùy" the province's quy chế, the law's "không" said with it: the lead's settled policy of
    # stop 46 ("a bare … must we register is Tùy"; task h476); "Không" before
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "Điều 7" in text and "Nhiều tỉnh vẫn yêu cầu" in text, text
    assert "không đòi hỏi" not in text, text
