"""Task h191: claims put up against a rule that decides them.

Questions of our own, in an officer's voice (none copied from a question set). Keys
(``../shared/reference``): NĐ 86/2023 Điều 8 (Gia đình văn hóa, thôn văn hóa: bình xét ở thôn
xong trước 25/11 hằng năm).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "told"),
    [
        # a month told as when the step is done, with "mới" or a word calling it late, and no
        # "vào / sang" before it, is checked against the day of the limit
        ("thôn em tháng 12 mới họp bình xét gia đình văn hóa, vậy có kịp không ạ", "Không", "12"),
        ("khu pho toi thang 12 nay moi binh xet GDVH thi co dung han k", "Không", "12"),
        ("to dan pho thang 12 moi hop xet gia dinh van hoa, nhu vay co muon k", "Có", "12"),
        ("chi hoi bao thang 12 hop binh xet gdvh van kip, co dung khong a", "Không", "12"),
        ("tháng 12 mới nộp hồ sơ gia đình văn hóa lên xã có được không", "Không", "12"),
        ("tháng 12 này thôn mới tổ chức bình xét thôn văn hóa, có bị trễ không", "Có", "12"),
        ("em định tháng 10 mới họp bình xét gia đình văn hóa, vậy có kịp hạn không", "Có", "10"),
    ],
)
def test_month_claimed_against_the_deadline(
    officer_kb: KnowledgeBase, question: str, verdict: str, told: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert f"Tháng {told} anh/chị nêu" in text and "25/11" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # lateness asked outright ("có muộn / trễ không"): "Có" when the day is after the limit
        ("thon hop binh xet gdvh ngay 28/11 nhu vay co muon k", "Có"),
        ("thôn họp bình xét gia đình văn hóa ngày 20/11, có trễ không", "Không"),
    ],
)
def test_lateness_asked(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    assert "25/11" in ask_verdict(officer_kb, question, verdict)


def test_month_of_the_review_is_no_claim(officer_kb: KnowledgeBase) -> None:
    # the month the review is held in, told beside a person's case, asks about the case
    text = ask_verdict(
        officer_kb,
        "tháng 12 bình xét, anh A nghỉ ốm 3 tháng có được lao động tiên tiến không",
        "Tùy",
    )
    assert "anh/chị nêu là sau hạn" not in text


@pytest.mark.parametrize(
    ("question", "length"),
    [
        # a course of a year or more is not the short course (dưới 01 năm) whose time is joined
        (
            "giáo viên đi học đại học 4 năm, năm nay vẫn xét lao động tiên tiến "
            "ở trường được không",
            "4 năm",
        ),
        (
            "cô giáo trường tiểu học đi học thạc sĩ 18 tháng thì có được xét "
            "lao động tiên tiến không",
            "18 tháng",
        ),
        (
            "cong chuc dia chinh duoc cu di dao tao 1 nam, ket qua kha, "
            "co dc tinh thoi gian de xet LDTT k",
            "1 năm",
        ),
        (
            "anh van thu di hoc lien thong 3 nam, phong bao van xet LDTT binh thuong, dung k",
            "3 năm",
        ),
        (
            "nhân viên trạm y tế được cử đi học chuyên khoa 2 năm, có xét "
            "lao động tiên tiến như bình thường không",
            "2 năm",
        ),
    ],
)
def test_long_course_is_not_short(officer_kb: KnowledgeBase, question: str, length: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert f"Khóa học {length}" in text and "dưới 01 năm" in text


@pytest.mark.parametrize(
    "question",
    [
        "chị văn thư đi bồi dưỡng 3 tháng đạt loại khá, có được xét lao động tiên tiến không",
        "anh ke toan di hoc 6 thang ket qua gioi, co duoc xet LDTT khong",
    ],
)
def test_short_course_still_joined(officer_kb: KnowledgeBase, question: str) -> None:
    assert "dưới 01 năm" in ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    ("question", "step"),
    [
        # a step the fact says is done, claimed unneeded or left out → "Không"
        ("xét thôn văn hóa thì thôn khỏi gửi báo cáo thành tích, xã tự đánh giá phải không", "gửi"),
        ("tổ dân phố em không cần gửi báo cáo thành tích lên phường, đúng không", "gửi"),
        (
            "thôn họp xong thì gửi danh sách gia đình văn hóa lên xã luôn, "
            "bỏ qua niêm yết có được không",
            "niêm yết",
        ),
        ("to dan pho xet gia dinh van hoa xong k niem yet nua co duoc khong", "niêm yết"),
        ("khu phố không phải niêm yết danh sách hộ văn hóa nữa à", "niêm yết"),
    ],
)
def test_required_step_claimed_unneeded(
    officer_kb: KnowledgeBase, question: str, step: str
) -> None:
    assert step in ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        # the step denied only at a place the fact never sends it to: the claim holds
        "giay khen xa thi k can gui len tinh phai k",
        "CSTDCS k can trinh len tinh dung k",
    ],
)
def test_step_denied_at_another_place(officer_kb: KnowledgeBase, question: str) -> None:
    assert "xã" in ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a year not won breaks a run counted "liên tục" (Luật 2022 Điều 22 khoản 1 điểm a)
        (
            "anh tôi đạt chiến sĩ thi đua cơ sở 2024, 2025, năm 2026 không đạt "
            "thì chuỗi có bị đứt không",
            "Có",
        ),
        ("em co CSTDCS 2 nam lien, nam sau k dat thi chuoi lien tuc bi dut dung k", "Có"),
        (
            "cô giáo đạt CSTĐCS 2023 2024, năm 2025 bị kỷ luật thì chuỗi liên tục "
            "bị ngắt phải không",
            "Có",
        ),
        (
            "chị Hoa có 2 năm CSTDCS liền, năm nay chỉ hoàn thành nhiệm vụ, "
            "chuỗi không bị đứt phải không",
            "Không",
        ),
        (
            "thay giao dat cstdcs 2024, 2025, nam 2026 khong dat, chuoi cstdcs co bi gian doan k",
            "Có",
        ),
    ],
)
def test_run_broken_by_a_year_missed(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)
