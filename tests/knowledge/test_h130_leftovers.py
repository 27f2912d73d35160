"""Task h130: leftovers of the tuning sets and of main. Wordings of our own, none from a set;
each kind with and without diacritics where the reader reads folded words."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chị ấy được khen 2 lần trong năm cho 2 phong trào thi đua khác nhau có được không",
        "mot nguoi khen hai lan cho hai phong trao thi dua khac nhau duoc khong",
    ],
)
def test_two_movements_two_awards(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 5 khoản 2 điểm c: one form may be given many times, once per achievement;
    # each movement's result is its own achievement
    text = ask_verdict(officer_kb, question, "Có")
    assert "Điều 5 khoản 2" in text


@pytest.mark.parametrize(
    "question",
    [
        "tổ dân phố tôi đăng ký danh hiệu tổ dân phố văn hóa có được không",
        "thon minh dang ky thon van hoa nam nay dc ko",
    ],
)
def test_thon_registers_for_its_title(officer_kb: KnowledgeBase, question: str) -> None:
    # the thôn signs up for its own title; it claims no power to grant it
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chủ tịch UBND xã" in text
    assert "không có thẩm quyền" not in text


@pytest.mark.parametrize(
    "question",
    [
        "đăng ký thi đua bây giờ còn bắt buộc không, luật mới có quy định không",
        "nop ban dang ky thi dua nam nay van phai lam a, theo luat thi sao",
        "can bo xa noi thon k dang ky thi dua thi cuoi nam k dc xet, luat co quy dinh vay k hay la"
        " quy che tinh",
    ],
)
def test_registration_law_and_today(officer_kb: KnowledgeBase, question: str) -> None:
    # the law (Luật 2022 Điều 7) no longer requires it; the province's quy chế may: both said
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "Theo luật thì không" in text


@pytest.mark.parametrize(
    "question",
    [
        "luật thi đua 2022 có bắt buộc đăng ký thi đua đầu năm không",
        "theo luat co phai dang ky thi dua moi duoc xet danh hieu khong",
    ],
)
def test_registration_law_alone_stays_no(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "tôi mới về xã từ tháng 8, trưởng phòng nói cả phòng được LĐTT trừ tôi vì tôi chưa đủ"
        " 6 tháng, tôi muốn hỏi có đúng không và bao giờ tôi được xét",
        "truong phong bao ca phong duoc ldtt tru em vi em moi tuyen 4 thang, vay co dung k",
    ],
)
def test_excepted_new_hire_confirmed(officer_kb: KnowledgeBase, question: str) -> None:
    # under 6 months in the year is not reviewed for LĐTT: the exclusion reported is right
    text = ask_verdict(officer_kb, question, "Có")
    assert "6 tháng" in text
