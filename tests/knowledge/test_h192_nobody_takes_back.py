"""Task h192: "không ai lấy lại / hủy bỏ được" claims that nobody can undo an award.

The one who decided an award cancels it, and its objects and money are taken back, when it
was got by false statements (Luật TĐKT 2022 Điều 93 khoản 7, 8): the saying is wrong. "Lấy
lại" is read as revoking only with what is taken back or "được" ("lấy lại mật khẩu" stays
off topic).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "khong ai lay lai duoc giay khen da trao dung k",
        "k ai hủy bỏ được giấy khen dù khai sai thành tích, đúng ko",
        "giay khen da tang thi khong ai lay lai duoc dung khong",
        "nghe noi giay khen da ky thi k the thu hoi du sau nay phat hien khai gian, dung k",
        (
            "ông trưởng thôn bảo danh hiệu LĐTT đã công nhận thì không ai lấy lại được dù khai "
            "sai. Ông nói đúng không?"
        ),
    ],
)
def test_nobody_takes_back_is_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hủy bỏ" in text


@pytest.mark.parametrize(
    "question", ["giay khen khai gian co bi lay lai k", "giấy khen cấp sai có bị lấy lại không"]
)
def test_taken_back_asked(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Hủy bỏ, thu hồi" in text.split("\n\n")[0], text
