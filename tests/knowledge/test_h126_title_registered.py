"""Task h126: "đăng ký danh hiệu X … được không" names the title sought: the yes/no is asked of
X, not of the registration rule (not required by law). There is no "xã văn hóa" title (domain.md:
the xã's is "xã, phường, đặc khu tiêu biểu"), so "Không" must lead, not the registration
rule's "Có"."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Phường tôi muốn đăng ký danh hiệu phường văn hóa có được không",
        "phuong e muon dang ky danh hieu phuong van hoa nam nay dc k",
    ],
)
def test_registering_a_title_that_does_not_exist(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tiêu biểu" in text
    assert "Đăng ký thi đua" not in text.split("\n", 1)[0]
