"""Task h234 (stop 34): a second form asked "cho đúng / cùng / chính việc (đợt, vụ) này / đó"
is one achievement commended twice: not allowed (Luật 2022 Điều 5 khoản 2 điểm c)."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "ông Tư được giấy khen xã vì hiến đất, giờ xin thêm bằng khen tỉnh "
        "cho đúng việc ấy được không",
        "chi Mai da co giay khen xa cho vu bat trom, co the de nghi bang khen tinh "
        "cho cung vu do nua k",
        "nha tai tro nhan bang khen tinh roi, xa con khen giay khen cho dung viec nay dc ko",
        "truong da dc giay khen xa vi phong chong dich, gio de nghi them bang khen tinh "
        "cho chinh dot do dc k",
        "Tổ hợp tác được bằng khen tỉnh vì cứu trợ bão rồi, nay xin thêm giấy khen xã "
        "cho cùng việc đó có được không",
        "nghe noi xa tang giay khen va tinh tang bang khen cho cung viec nay, ca 2 deu giu, dung k",
    ],
)
def test_two_forms_for_one_deed_told_as_viec(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "một thành tích" in text.split("\n\n")[0], text
