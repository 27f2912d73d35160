"""Where a khen đột xuất or khen theo chuyên đề file goes depends on the form (the lead's spot
check, stop 23): the xã chairman's giấy khen stays at the xã, a bằng khen goes to the province
through Sở Nội vụ. Never a plain "Có" read from the sentence that says "không trình tỉnh"."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict

CASES = [
    ("khen theo chuyen de co phai trinh tinh k", "Tùy", "Sở Nội vụ"),
    ("khen đột xuất có phải gửi hồ sơ lên tỉnh không", "Tùy", "không trình tỉnh"),
    ("giay khen dot xuat co phai trinh tinh ko", "Không", "không trình tỉnh"),
    ("bang khen theo chuyen de thi xa co phai trinh len tinh k", "Có", "Sở Nội vụ"),
]


@pytest.mark.parametrize(("question", "verdict", "fact"), CASES)
def test_the_form_decides_where_the_file_goes(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text
