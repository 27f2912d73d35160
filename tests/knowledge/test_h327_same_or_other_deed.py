"""Task h327 (stop 38): the same achievement commended twice vs another achievement each time.

Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c: no several awards for one achievement,
but one form may be given many times, once per achievement. A prize pointed back at ("cho cùng
giải đó", "chính giải đó", "cùng kết quả đó") is the same deed: "Không."; "mỗi lần là 1 thành
tích khác" names another deed each time, though it says "1 thành tích": "Có."."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "VĐV đạt giải nhì hội thao đã được giấy khen của trường, nay xã muốn khen thêm cho cùng "
        "giải đó được không",
        "doi bong dat giai nhat da dc giay khen xa, cty lai tang them giay khen cho chinh giai do "
        "dc k",
        "em ấy được giấy khen vì giải nhất rồi, trường có tặng giấy khen thêm cho đúng giải ấy "
        "nữa không",
        "cháu đạt giải ba cuộc thi, đã được giấy khen, giờ tặng tiếp giấy khen cho cùng 1 giải đó "
        "có được không ạ",
        "Cùng kết quả đó đã được bằng khen tỉnh, xã có khen thêm giấy khen nữa được k",
    ],
)
def test_the_same_prize_twice_is_one_deed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "một thành tích" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi 1 nguoi co the dc giay khen nhieu lan trong nam neu moi lan la 1 thanh tich "
        "khac, dung k",
        "Một người có được tặng giấy khen 2 lần trong năm cho 2 thành tích khác nhau không?",
        "gk co dc tang nhieu lan cho 1 nguoi k, moi lan mot thanh tich khac",
        "chị ấy được giấy khen xã rồi, nay lại có một thành tích khác thì có được khen tiếp không",
        "anh trưởng thôn hỏi: mỗi lần 1 thành tích khác thì 1 người nhận được mấy lần giấy khen, "
        "nhiều lần được không",
    ],
)
def test_another_deed_each_time_may_be_commended(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "nhiều lần" in text.split("\n\n")[0], text


def test_one_deed_named_still_denies(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "được khen 2 lần cho cùng 1 thành tích không", "Không")
