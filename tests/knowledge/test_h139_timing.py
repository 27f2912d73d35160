"""Task h139: when and how long (blind45's voice). Wordings of our own, none from a set; each
kind with and without diacritics where the reader reads folded words."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "mức thưởng CSTĐCS lấy lương cơ sở ở ngày ký qđ khen phải không",
        "thuong cstdcs lay luong co so o ngay ky qd khen phai k",
    ],
)
def test_prize_base_on_the_signing_day_short_form(officer_kb: KnowledgeBase, question: str) -> None:
    # NĐ 152/2025 (domain.md "Prize money"): the base in force on the decision's signing day;
    # "qđ" is the decision the fact names in full
    text = ask_verdict(officer_kb, question, "Có")
    assert "ngày ký quyết định" in text


def test_prize_base_on_the_filing_day_short_form(officer_kb: KnowledgeBase) -> None:
    # the dossier's filing day is another day than the signing one
    ask_verdict(officer_kb, "thuong LDTT lay luong co so o ngay nop hs phai k", "Không")


@pytest.mark.parametrize(
    "question",
    [
        "cô giáo trường mầm non của phường bình LĐTT theo năm học đúng không",
        "co giao truong mam non cua phuong binh ldtt theo nam hoc dung ko",
    ],
)
def test_school_staff_by_school_year(officer_kb: KnowledgeBase, question: str) -> None:
    # domain.md "Time": school staff are reviewed by the school year
    text = ask_verdict(officer_kb, question, "Có")
    assert "năm học" in text


def test_school_staff_not_by_calendar_year(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "thay giao truong thcs xa xet ldtt theo nam duong lich dung ko", "Không"
    )
    assert "năm học" in text


@pytest.mark.parametrize(
    "question",
    [
        "chị ấy được tuyển dụng từ tháng 4/2026, cuối năm 2026 đã đủ thời gian bình LĐTT chưa",
        "toi vao lam tu 2/5/2026, thang 12 hop binh xet co dc ldtt khong",
        # the review's day told after a start of service is where the months are counted to
        "anh ấy vào làm từ 1/5/2026, cuối tháng 12 tổng kết có được bình LĐTT không",
    ],
)
def test_service_start_reaching_six_months(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 24; TT 15/2025: six months served by the review is enough to be considered
    text = ask_verdict(officer_kb, question, "Có")
    assert "Lao động tiên tiến" in text


@pytest.mark.parametrize(
    "question",
    [
        "toi vao lam tu 15/8/2026, thang 12 binh xet co dc ldtt khong",
        # a start month dated with its year: the year before "tháng 12" is no length served
        "tôi vào làm từ tháng 9/2026 tháng 12 bình xét có được LĐTT không",
    ],
)
def test_service_start_short_of_six_months(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "6 tháng" in text


@pytest.mark.parametrize(
    "question",
    [
        "nghe bảo chưa đăng ký thi đua đầu năm thì luật không cho bình LĐTT, có đúng không",
        "nghe bao chua dang ky thi dua dau nam thi luat ko cho binh ldtt, co dung ko",
    ],
)
def test_law_does_not_forbid_unregistered(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 7: registration is no ground of the law; a province's rules may ask it
    text = ask_verdict(officer_kb, question, "Không")
    assert "quy chế" in text
