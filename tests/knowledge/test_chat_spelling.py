"""Chat spelling (stop 40): young officers write a sound with a letter Vietnamese has not, "f"
for ph, "j" for gi, "w" for qu, "z" / "dz" for v or d ("fải", "jấy khen", "wy trình", "zậy").
The question is read as Vietnamese writes it; a word that is no such spelling ("zalo",
"file") is left as typed."""

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.retype import Retyper
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("nghe bảo fải có sáng kiến", "nghe bảo phải có sáng kiến"),
        ("jấy khen xã thưởng bn", "giấy khen xã thưởng bn"),
        ("Wy trình xét ntn", "Quy trình xét ntn"),
        ("dzậy là hok dc à", "vậy là hok dc à"),
        ("jì z ad", "gì z ad"),
        ("gửi qua zalo hay file word", "gửi qua zalo hay file word"),
    ],
)
def test_chat_letters_are_spelled_as_vietnamese(typed: str, meant: str) -> None:
    known = {"phai": 40, "giay": 38, "quy": 114, "vay": 3, "gi": 78}
    assert Retyper(known)(typed) == meant


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("nghe mn bảo jấy khen xã thưởng 1tr fải hok ak", "Không", "760.000"),
        ("a trưởng fòng bảo jấy khen cá nhân 0,3 lần lương cơ sở, dung k z", "Có", "760.000"),
        ("CSTDCS fải có sáng kiến mới dc xét hả ad", "Không", "hoàn thành xuất sắc"),
        ("e mới vào làm 3 tháng, dzậy có dc bình LDTT hok", "Không", "6 tháng"),
        ("jờ bỏ huyện rồi thì chủ tịch xã ký jấy khen fải k", "Có", "Chủ tịch UBND xã"),
        ("nghe noi fai dang ky thi dua tu dau nam moi dc xet, dung k z", "Tùy", "tỉnh"),
    ],
)
def test_questions_in_chat_spelling_get_their_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    assert fact in ask_verdict(officer_kb, question, verdict)


def test_a_procedure_asked_as_wy_trinh_is_answered(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "wy trình xét LDTT ntn z ad")
    assert "Hồ sơ" in text and "Chưa có câu trả lời chắc chắn" not in text
