"""Story and occasion words that took the ask, and words that fold like cues (task h243).

Wordings are my own (no question set holds them). Each asserts what the officer sees: the
opening verdict of the first block and the fact that decides it.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("họp xét TTLĐTT: tổ văn phòng 12 người chỉ 5 người LĐTT, vậy có đạt không", "5/12"),
        (
            "hop hoi dong binh xet TTLDTT cho truong THCS: 40 gv ma co 18 nguoi dat LDTT, "
            "vay dat chua",
            "18/40",
        ),
        (
            "xet TTLDTT cuoi nam hoc: truong mam non 24 co giao, 10 co dat LDTT, vay co dat k a",
            "10/24",
        ),
        (
            "hop xet thi dua: phong van hoa xa hoi 10 nguoi, 5 nguoi LDTT, vay TTLDTT co dat k",
            "5/10",
        ),
        (
            "Hội đồng họp bình xét Tập thể lao động tiên tiến: thôn 2 có 9 người, 3 người đạt "
            "LĐTT, vậy có đủ điều kiện không",
            "3/9",
        ),
    ],
)
def test_a_meeting_told_first_is_no_dossier_asked(
    officer_kb: KnowledgeBase, question: str, share: str
) -> None:
    # the meeting ("họp hội đồng xét …:") is the occasion; "vậy có đạt k" asks whether the
    # share told is above half (Luật 2022 Điều 28)
    text = ask_verdict(officer_kb, question, "Không")
    assert share in text and "Hồ sơ" not in text.split("\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Nhà ông T đạt gia đình văn hóa 4 năm liền, năm nay ông góp tiền làm đường. Xã có tặng "
        "giấy khen cho hộ ông được không?",
        "ho ba Lan dat GDVH 6 nam lien tuc, nam nay ba hien 200m2 dat lam truong. Chu tich xa co "
        "the tang giay khen cho ho ba k",
        "Thôn trưởng hỏi: hộ anh Ba 3 năm liền gia đình văn hóa, lại ủng hộ quỹ khuyến học. "
        "Phường tặng giấy khen cho hộ anh được không, thưởng bao nhiêu?",
    ],
)
def test_a_culture_run_told_is_the_record_not_the_old_years_rule(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # the run is the household's record; the ask is whether the xã chairman gives the giấy
    # khen (Luật 2022 Điều 75), not the repealed "3 năm liền" rule
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chủ tịch UBND xã" in text and "Số năm liên tục" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Toi la truong thon. Truoc day thon dat van hoa 5 nam lien thi duoc huyen tang giay "
        "khen. Nam nay thon la nam thu 5 lien tuc. Vay con duoc giay khen 5 nam lien tuc nhu "
        "truoc k?",
        "Nhà tôi đạt GĐVH 3 năm liền. Năm nay xã có tặng giấy khen gia đình văn hóa 3 năm liền "
        "như trước không?",
    ],
)
def test_the_old_years_rule_asked_is_still_answered(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # the run named in the ask itself is the old rule (NĐ 122/2018, gone; NĐ 86/2023)
    text = ask(officer_kb, question)
    assert "86/2023" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Anh Nam công an viên bị thương khi cứu người đuối nước, phải nằm viện 2 tháng. Thời "
        "gian nằm viện đó có được tính để bình LĐTT không?",
        "co giao bi bong khi cuu hoc sinh trong dam chay, nghi dieu tri 2 thang, thoi gian nghi "
        "do co duoc tinh de xet LDTT k",
        "y si tram y te bi thuong khi cuu nguoi trong lu, dieu tri 3 thang, thoi gian dieu tri "
        "co tinh de binh LDTT khong",
        "dân quân bị thương khi cứu người trong lũ, điều trị 4 tháng. Thời gian điều trị có tính "
        "vào thời gian công tác để xét LĐTT không",
        "kế toán xã bị tai nạn khi đi cứu người, nằm viện 3 tháng, thời gian điều trị có được tính "
        "để xét LĐTT không",
    ],
)
def test_treatment_after_a_rescue_counts(officer_kb: KnowledgeBase, question: str) -> None:
    # Thông tư 15/2025/TT-BNV: the treatment of a wound taken rescuing counts toward LĐTT; the
    # rescue told is the case, not a sudden award asked
    text = ask_verdict(officer_kb, question, "Có")
    assert "cứu người" in text.split("\n\n")[0] and "Thời hạn" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nông dân gương mẫu, sản xuất giỏi có được xét LĐTT không",
        "xa vien HTX lam an gioi, guong mau chap hanh phap luat thi co dc xet LDTT k",
        "công nhân công ty trên địa bàn, gương mẫu, năng suất cao, có được bình Lao động tiên "
        "tiến không",
        "ngu dan guong mau, danh bat gioi co dc LDTT k a",
        "bà con nông dân gương mẫu chấp hành chính sách có được bình lao động tiên tiến không",
    ],
)
def test_exemplary_is_no_form(officer_kb: KnowledgeBase, question: str) -> None:
    # "gương mẫu" folds like "mẫu" (a form): it is a quality told, the ask is eligibility
    # (Luật 2022 Điều 24 khoản 3)
    text = ask_verdict(officer_kb, question, "Có")
    assert "Hồ sơ" not in text.split("\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        ("tiêu chuẩn Chiến sĩ tiên tiến có giống LĐTT không", "Có", "Cùng tiêu chuẩn"),
        ("dan quan thuong truc xet chien si tien tien, tieu chuan giong LDTT phai k", "Có", "Cùng"),
        ("LĐTT cho công chức và cho nông dân tiêu chuẩn có giống nhau không", "Không", "nông dân"),
        ("nghe noi CSTD toan quoc thuong 3 lan luong co so giong CSTD tinh dung k", "Không", "4,5"),
        ("nghe noi TTLDXS thuong 0,8 lan luong co so giong TTLDTT, phai k", "Không", "1,5"),
    ],
)
def test_alike_is_not_spelled_as_exemplary(
    officer_kb: KnowledgeBase, question: str, verdict: str, shown: str
) -> None:
    # with "gương" a cue word, "giong" typed bare was corrected to "guong"; "giống" is known
    text = ask_verdict(officer_kb, question, verdict)
    assert shown in text, text


@pytest.mark.parametrize(
    "question",
    [
        "khen dot xuat cho doi cuu ho tu nguyen thi ai ky",
        "khen đột xuất cho đội cứu hộ tự nguyện của xã thì hồ sơ gồm gì",
        "doi cuu ho thon 3 cuu 12 nguoi trong lu, xa khen dot xuat thi ai quyet dinh",
        "tôi cùng mấy người trong thôn dập lửa cứu nhà hàng xóm, xã khen kiểu gì",
        "Em và mấy người bạn đi hiến máu tình nguyện, khen đột xuất thì ai ký",
    ],
)
def test_a_rescue_team_asks_no_voluntary_rule_nor_a_head_count(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # "tự nguyện" of a team asks no voluntariness rule, "cùng mấy người" no head count,
    # "hiến máu" no form: the sudden award is answered first
    text = ask(officer_kb, question)
    first = text.split("\n")[0]
    assert "Khen thưởng đột xuất" in first, text
    assert "hộ gia đình" not in first and "bắt buộc" not in first, text


@pytest.mark.parametrize(
    "question",
    [
        "tỉnh có quyền buộc cơ quan, đơn vị phải đăng ký thi đua không",
        "tinh co quyen buoc co quan don vi phai dang ky thi dua k",
        "quy che tinh co duoc yeu cau truong hoc, tram y te phai dang ky thi dua khong",
        "UBND tỉnh có được bắt các xã, phường phải đăng ký thi đua không",
        "tinh co quyen bat truong hoc, HTX phai dang ky thi dua hang nam k",
    ],
)
def test_the_provinces_power_to_require_registration(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # the list split by a comma still names the units the province binds (domain.md §1.2)
    text = ask_verdict(officer_kb, question, "Có")
    assert "quy chế" in text.lower(), text
