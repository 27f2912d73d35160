"""Task h234 (stop 34): commendation told by its giver, not its form ("xã khen tập thể", "xin
chủ tịch xã khen", "đề nghị tỉnh khen"), as people outside the staff write it.

Luật 2022 Điều 80 khoản 3 (quoted): the xã chairman gives giấy khen; the province's chairman
gives Bằng khen (Điều 74, 79: the xã proposes through Sở Nội vụ). Điều 75: giấy khen for cá
nhân, tập thể, hộ gia đình, its detailed criteria the province's (no minimum sum given).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("doi bong da thanh nien thon 2 vo dich giai cua tinh, xa khen ca doi dc ko", "tập thể"),
        ("Hội người cao tuổi thôn làm tốt, có được chủ tịch xã khen tập thể không?", "tập thể"),
        ("gia dinh toi giup xa lam duong, ubnd xa co khen cho ho k", "hộ gia đình"),
        ("anh Tư sửa cầu miễn phí cho bà con, phường có khen cá nhân anh ấy được không", "cá nhân"),
        ("câu lạc bộ dưỡng sinh của phường muốn xin phường khen, được không", "Giấy khen"),
    ],
)
def test_the_xa_told_as_giver_names_its_giay_khen(
    officer_kb: KnowledgeBase, question: str, heading: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    assert "Giấy khen của Chủ tịch UBND xã" in first and heading in first, text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("xin chủ tịch xã khen cho tổ tự quản thì hồ sơ gồm những gì", "tờ trình"),
        ("xa khen ho dan hien dat thi moi ho dc thuong bao nhieu tien", "0,3"),
        ("ubnd xa muon khen tap the hoi phu nu thon, thuong bn", "0,6"),
        ("đề nghị xã khen cho nhóm tình nguyện thì nộp hồ sơ cho ai", "UBND xã"),
        ("muon de nghi tinh khen cho doanh nghiep thi ai quyet dinh", "Chủ tịch UBND tỉnh"),
    ],
)
def test_the_giver_answers_the_part_asked(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert fact in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói phải ủng hộ trên 500 triệu thì xã mới khen, đúng không",
        "nghe noi dong gop duoi 20 trieu thi k dc giay khen xa, dung k",
        "co nguoi bao tai tro it nhat 1 ty moi dc tinh khen, phai k",
        "Nghe nói hộ nào góp từ 50 triệu trở lên mới được khen, có đúng vậy không?",
        "viet kieu gop chua du 100 trieu thi chu tich xa k khen dc, dung ko",
    ],
)
def test_no_minimum_gift_in_the_law(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "tỉnh" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "xa de nghi tinh khen thi nop thang cho van phong chu tich tinh phai k",
        "hồ sơ bằng khen tỉnh gửi thẳng cho chủ tịch tỉnh được không",
        "ho so de nghi bang khen gui thang len van phong ubnd tinh dung k",
        "Xã muốn tỉnh khen doanh nghiệp, nộp trực tiếp cho chủ tịch UBND tỉnh có đúng không",
        "bk tinh thi xa nop thang cho van phong chu tich tinh dc ko",
    ],
)
def test_province_file_goes_through_so_noi_vu(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Sở Nội vụ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "tiền thưởng giấy khen tập thể phải lấy từ tiền quyên góp của chính nhóm, đúng không",
        "nghe noi tien thuong cho ho dan do xa khen phai lay tu tien dong gop cua thon, dung k",
        "tien thuong cho doi tinh nguyen do chu tich xa khen lay tu quy nao",
        "thưởng giấy khen cho hộ có phải lấy từ vốn nông thôn mới không",
        "tien thuong bang khen tinh lay tu quy nao",
    ],
)
def test_money_named_in_a_payer_question_is_its_subject(
    officer_kb: KnowledgeBase, question: str
) -> None:
    first = ask(officer_kb, question).split("\n\n")[0]
    assert first.startswith("**Ai chi tiền thưởng**"), first
    assert "quỹ thi đua, khen thưởng" in first, first
