"""Task h195: a sudden deed's yes/no is not dropped behind its own block.

"Lao xuống hồ cứu …, giấy khen cho ông có phải chờ cuối năm không": the giấy khen asked for a
sudden deed shows the khen đột xuất fact, which the letter's khen đột xuất pair shows already;
the yes/no is asked of that block, so it opens "Không." (Luật 2022 Điều 85: khen đột xuất is
considered right after the deed, by the simple procedure, not at the year's review).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "ông Ba ở thôn 3 lao xuống hồ cứu 2 cháu nhỏ bị đuối nước, giấy khen cho ông có phải"
        " chờ cuối năm không",
        "anh Nam nhay xuong song cuu em be duoi nuoc, xa tang giay khen cho anh co phai doi"
        " den tong ket cuoi nam k",
        "Chị Hạnh lao vào đám cháy cứu cụ bà hàng xóm. Giấy khen của chủ tịch xã cho chị có"
        " phải chờ đến cuối năm mới xét không?",
        "em hoc sinh lop 8 cuu ban duoi nuoc o ao lang, khen giay khen cho em co phai cho het"
        " nam hoc ko",
        "Ông Tư bắt được kẻ trộm xe máy giao cho công an xã. Tặng giấy khen cho ông thì có"
        " phải đợi cuối năm không ạ",
    ],
)
def test_sudden_deed_does_not_wait(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "ngay" in text.split("\n\n")[0], text
