"""Task h237 (stop 34): registration for thi đua asked as a body's power, a unit's duty, or the
condition of an award told in other orders.

Luật 2022 Điều 7 bases the titles on the movement, the achievement and the criteria: the law no
longer makes registration a căn cứ; the province's quy chế may still require it (domain.md §1.2
item 2, §2). So "tỉnh có quyền bắt … đăng ký" is "Có" (the province's quy chế), a unit asking
whether it must register is "Tùy" (its province's quy chế), and an award asked "nếu không đăng
ký" or claimed to need it ("muốn được … phải đăng ký") is "Tùy" with the law's answer said.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "tỉnh có quyền bắt các thôn phải đăng ký thi đua không",
        "quy che tinh dc quyen bat buoc don vi dang ky thi dua k",
        "UBND tỉnh được yêu cầu các xã đăng ký thi đua hằng năm phải không",
        "Tinh co duoc bat cac truong hoc phai dang ky thi dua dau nam k",
        "nghe bảo tỉnh có quyền buộc các cơ quan đơn vị phải đăng ký thi đua, đúng vậy không",
    ],
)
def test_the_province_may_require_registration(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "quy chế" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "cơ quan tôi có phải đăng ký thi đua với xã từ đầu năm không",
        "tram y te minh co can dang ky thi dua dau nam k",
        "Thôn em có bắt buộc phải đăng ký thi đua vào đầu năm không ạ",
        "don vi toi co phai dang ky thi dua tu thang 1 k",
        "trường mầm non chúng tôi có phải đăng ký thi đua với UBND xã không",
    ],
)
def test_a_unit_asking_its_own_duty_is_left_to_the_province(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "Thời hạn" not in text.split("\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "hộ kinh doanh có được xã khen nếu không đăng ký thi đua không",
        "giao vien co dc xet LDTT khi chua dang ky thi dua k",
        "nghe nói muốn được công nhận thôn văn hóa thì phải đăng ký từ đầu năm, đúng không",
        "muon dc CSTDCS can dang ky thi dua dau nam dung k",
        "Cựu chiến binh có được đề nghị giấy khen mà không đăng ký thi đua không?",
    ],
)
def test_an_award_without_registration_is_left_to_the_province(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    # the law's own answer is said with it (Luật 2022 Điều 7)
    assert "Luật 2022" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "luật có bắt buộc trường học phải đăng ký thi đua không",
        "theo luat 2022 k dang ky thi dua thi k dc xet danh hieu dung k",
    ],
)
def test_the_law_itself_still_says_no(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")
