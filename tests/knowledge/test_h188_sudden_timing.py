"""Task h188: whether a giấy khen for a sudden deed told in the letter must wait for the
year-end review.

A deed the letter tells as sudden (a rescue in a flood, from drowning, from a fire) is
commended by the simplified procedure right after it (Luật 2022 Điều 85): "Không", not the
year-end review's timing with its default "Có".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "xa e co lu to, nhieu ho dan cho thuyen di cuu nguoi. nghe noi giay khen cho ho phai doi "
        "tong ket cuoi nam moi trinh, dung k",
        "Anh Minh ở thôn em lao xuống sông cứu 2 cháu bé đuối nước. Xã muốn tặng giấy khen, có "
        "phải chờ cuối năm tổng kết mới khen không",
        "Chị Hoa dũng cảm cứu người trong vụ cháy nhà, giấy khen của chủ tịch xã cho chị có phải "
        "đợi tổng kết năm không",
        "chi Lan dung cam bat trom, xa tang giay khen cho chi phai doi tong ket cuoi nam phai k",
        "anh Quang dung cam bat ke cuop, giay khen cho anh co phai doi tong ket cuoi nam k",
    ],
)
def test_sudden_deed_not_at_year_end(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "ngay sau khi có thành tích" in text
