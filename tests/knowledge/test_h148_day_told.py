"""A day told for the family review, then only confirmed (task h148). Wordings of our own, none
from a set. NĐ 86/2023/NĐ-CP Điều 8: bình xét Gia đình văn hóa ở thôn xong trước 25/11.

- "thôn … đến 9/12 mới họp bình xét GĐVH, …, vậy có đúng không": the bare confirming part
  after the part telling the day asks whether that day is in time, not the papers;
- "họp đến hết tháng 12": the month is still December, after the limit;
- "thế là chậm rồi đúng không": calling the day late is the reverse question ("Có." it is late).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "tổ dân phố tôi đến 9/12 mới họp bình xét gia đình văn hóa, anh tổ phó bảo không sao,"
        " vậy có đúng không",
        "thon toi hen 3/12 moi hop binh xet gdvh, ong truong thon noi van kip, vay dung k",
    ],
)
def test_a_day_told_then_confirmed_is_checked_against_25_11(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "25/11" in text.split("\n\n")[0]


def test_to_the_end_of_a_month_is_that_month(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "họp bình xét GĐVH kéo dài tới hết tháng 12 vẫn được phải không", "Không"
    )
    assert "25/11" in text


def test_a_day_called_slow_is_late(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "thon em 27/11 moi hop binh xet gdvh, nhu the la cham roi phai k", "Có"
    )
    assert "25/11" in text
