"""Task h287 (stop 36): the province's own power over what the law leaves to it, and the
first way of an either-or ask.

The law sets no national cap on Lao động tiên tiến or Chiến sĩ thi đua cơ sở; a province may
set one in its quy chế (Luật Thi đua, khen thưởng 2022 Điều 23; domain.md §2.11 Caps). Asked
whether the province may cap ("có quyền", "được", "được phép") the answer is "Có"; asked
whether its cap breaks the law ("có trái luật", "có sai quy định", "có sao") it is "Không".
The cap fact's own "Không" answers whether a cap binds by law, which is not what is asked.

"khen đột xuất được không hay phải đợi tổng kết": the yes/no asks the first way (may it be
given now); khen đột xuất is considered at once (Luật 2022 Điều 85), so "Có"."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("UBND tinh co quyen khong che ty le chien si thi dua co so ko", "Có"),
        ("Ủy ban tỉnh có quyền giới hạn số CSTĐCS không ạ", "Có"),
        ("tinh dat tran CSTDCS 20% so LDTT dc khong", "Có"),
        ("quy chế của tỉnh khống chế tỷ lệ CSTĐCS như vậy có đúng luật không", "Có"),
        ("tỉnh mình đặt trần 15% CSTĐCS thì có trái luật không", "Không"),
        ("quy che tinh gioi han CSTDCS toi da 15% nhu vay co sai quy dinh k a", "Không"),
        ("Tỉnh tự quy định tỷ lệ CSTĐCS không quá 20% thì có vi phạm gì không", "Không"),
        ("tinh khong che CSTDCS 15% co sao k", "Không"),
    ],
)
def test_the_province_may_cap(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert "Tỉnh có thể quy định tỷ lệ" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "tỉnh đặt trần 15 % CSTĐCS, đúng không",
        "Tỉnh em tự quy định CSTĐCS không quá 20% số LĐTT, đúng không",
    ],
)
def test_a_cap_told_of_a_unit_is_left_to_the_province(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "quy chế" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "co giao cuu hoc sinh duoi nuoc, truong de nghi khen dot xuat dc k hay phai doi tong ket",
        "Xã đề nghị khen đột xuất cho tổ dân quân ngay được không hay phải chờ tổng kết năm?",
        "khen dot xuat cho ong cu cuu nguoi co xet luon dc ko hay van phai cho tong ket nam",
        "thanh tich dot xuat thi xet khen ngay dc k hay cho tong ket",
        "khen đột xuất có xét ngay được không hay phải đợi tổng kết năm học",
    ],
)
def test_the_first_way_of_an_either_or_is_answered(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Xét ngay" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "khen đột xuất có phải đợi tổng kết cuối năm không",
        "ong cu cuu nguoi co phai cho den tong ket moi khen dot xuat k",
    ],
)
def test_a_wait_asked_alone_keeps_its_no(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "Trạm y tế có 10 người, 6 người đạt LĐTT. Kế toán nói phải 70% đạt LĐTT mới được tập thể"
        " lao động tiên tiến. Vậy trạm có đủ tỷ lệ không?",
        "truong e 30 gv, 16 nguoi dat LDTT. pho hieu truong bao phai 2/3 so nguoi dat LDTT moi de"
        " nghi TTLDTT. vay truong e co du ti le k",
        "Thôn có tổ công tác 8 người, 5 người đạt LĐTT; chị văn phòng bảo phải 3/4 đạt LĐTT mới"
        " đủ. Vậy tổ em có đạt tỷ lệ TTLĐTT không ạ",
        "co quan 12 nguoi thi 7 nguoi dat lao dong tien tien, nghe noi phai 80% dat LDTT moi du,"
        " vay co quan co du ty le tap the lao dong tien tien k",
        "Đơn vị em 20 người, 11 người đạt LĐTT. Có người bảo phải 2/3 đạt LĐTT. Vậy đơn vị em có"
        " đủ tỷ lệ xét TTLĐTT không?",
    ],
)
def test_the_case_share_asked_past_a_saying(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "trên 50 %" in text.split("\n\n")[0], text


def test_a_minimum_claimed_in_the_ask_is_still_judged(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "TTLĐTT phải 2/3 số người đạt LĐTT nên 5/9 chưa đủ, đúng k", "Không"
    )
    assert "không phải 2/3" in text, text


def test_a_law_asked_first_keeps_the_law_s_no(officer_kb: KnowledgeBase) -> None:
    question = (
        "nghe noi CSTDCS toi da 15% so LDTT theo luat, dung k, va tinh co duoc tu dat ty le k"
    )
    text = ask_verdict(officer_kb, question, "Không")
    assert "Tỉnh có thể quy định" in text, text


def test_a_saying_judged_at_the_close_keeps_its_no(officer_kb: KnowledgeBase) -> None:
    question = (
        "to e 9 nguoi, 5 nguoi dat LDTT, ai cung hoan thanh tot nhiem vu. co chi bao TTLDTT phai"
        " 2/3 so nguoi dat LDTT nen 5/9 chua du. chi ay noi dung k a"
    )
    ask_verdict(officer_kb, question, "Không")
