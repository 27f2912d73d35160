"""Task h126: a requirement put up in the titles' short forms ("đăng ký CSTĐCS thì cũng phải
đạt LĐTT nữa đúng k") is matched against the criteria written in full ("(1) đạt tiêu chuẩn Lao
động tiên tiến"; Luật 2022 Điều 23): "Có". The "phải" of a closing "phải không" marks no claim."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "đăng ký Chiến sĩ thi đua cơ sở thì cũng phải đạt LĐTT nữa phải không",
        "muon len CSTDCS thi van phai dat LDTT dung k",
    ],
)
def test_requirement_in_short_forms(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Lao động tiên tiến" in text
