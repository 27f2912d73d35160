"""Task h223 (stop 33): a letter's ask takes the title under review, and replaced texts a
letter names are said replaced when it asks whether they still apply.

Luật 2022 Điều 28: Tập thể lao động tiên tiến needs trên 50 % cá nhân đạt LĐTT; a count of
members holding LĐTT told in the letter is that share, not a question about LĐTT. Luật 2003
(15/2003/QH11) is replaced by Luật 2022 (06/2022/QH15); NĐ 91/2017 by NĐ 98/2023, now NĐ
152/2025.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "xã đang xét TTLĐTT cho trạm y tế. Trạm có 10 người, 4 người đạt LĐTT. "
            "Vậy trạm có đủ điều kiện không?",
            "Không",
        ),
        (
            "phuong xet tap the lao dong tien tien cho truong mam non. truong 22 co, "
            "9 co dat LDTT. nhu vay co du tieu chuan k",
            "Không",
        ),
        (
            "Năm nay xã định đề nghị danh hiệu TTLĐTT cho phòng văn hóa. Phòng 6 "
            "người, 2 người đạt Lao động tiên tiến, có đạt không ạ",
            "Không",
        ),
        (
            "truong de nghi tap the lao dong tien tien, 20 giao vien thi 9 nguoi dat LDTT, "
            "co dat k",
            "Không",
        ),
        (
            "Xét TTLĐTT cho trường tiểu học: trường 30 người, 12 người đạt LĐTT, "
            "chị hiệu trưởng hỏi vậy có đủ không",
            "Không",
        ),
    ],
)
def test_a_count_of_ldtt_holders_is_the_collective_share(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert "Tập thể lao động tiên tiến" in first, text
    assert "50 %" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "kế hoạch cũ của huyện năm 2019 ghi căn cứ Luật thi đua 2003 và NĐ 91/2017. "
        "Những văn bản đó còn dùng được không",
        "e thay quy che thi dua cu cua xa van ghi can cu nghi dinh 91/2017, van ban do con "
        "hieu luc k",
        "Mặt trận xã vẫn dùng kế hoạch năm 2018 của huyện, trong đó có căn cứ luật thi đua "
        "khen thưởng 2003. Luật đó còn áp dụng không ạ",
        "ke hoach thi dua nam 2020 cua huyen ghi can cu nd 91/2017 va tt 08/2017, cac van "
        "ban nay con dung dc khong",
        "Hội phụ nữ xã thấy kế hoạch thi đua cũ ghi căn cứ nghị định 91/2017. Văn bản ấy "
        "bây giờ còn giá trị không?",
    ],
)
def test_replaced_texts_a_letter_names_are_said_replaced(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "hết hiệu lực" in first, text
    assert "2022" in text or "152/2025" in text, text


def test_a_text_in_force_asked_alone_keeps_its_answer(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "Luật thi đua khen thưởng 2003 còn dùng được không")
    assert text.count("2003") >= 1 and text.startswith("**Luật Thi đua, khen thưởng 2003"), text
