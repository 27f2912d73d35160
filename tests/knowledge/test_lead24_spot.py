"""The lead's spot check, stop 24: kinds of question found answered wrong in the lead's own
wording, each fixed as a kind."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "giay khen xa co kem tien k",
        "LDTT co tien di kem khong",
        "giấy khen có kèm tiền thưởng không",
    ],
)
def test_money_coming_with_an_award_is_the_prize(officer_kb: KnowledgeBase, question: str) -> None:
    # "kèm tiền" asks about the prize, not who may receive the award
    text = ask_verdict(officer_kb, question, "Có")
    assert "Tiền thưởng**" in text and "760.000" in text, text


def test_a_sheet_of_paper_is_no_team(officer_kb: KnowledgeBase) -> None:
    # "chỉ tờ giấy" folds as "chỉ tổ giấy": the award is not narrowed to a collective's
    text = ask_verdict(officer_kb, "GK cua chu tich xa co kem tien thuong k hay chi to giay", "Có")
    assert "cho tập thể" not in text and "760.000" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "TTLDTT co can 100% ca nhan hoan thanh nhiem vu k",
        "tap the lao dong tien tien bat buoc 100% can bo hoan thanh nhiem vu dung k",
    ],
)
def test_a_share_that_is_no_condition_is_not_required(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "không phải điều kiện" in text and "Chưa đủ để kết luận" not in text, text


@pytest.mark.parametrize(
    "question",
    ["xa co xet LDTT k", "xã có còn xét thôn văn hóa nữa không", "xa van cong nhan thon van hoa k"],
)
def test_the_xa_reviewing_a_title_is_the_one_who_decides(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # the xã opening the clause and reviewing is the actor, not a recipient of the title
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chủ tịch UBND xã quyết định" in text and "không tặng cho xã" not in text, text


def test_the_xa_being_reviewed_is_still_a_recipient(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "xa co duoc xet LDTT k", "Không")
    assert "không tặng cho xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "a nghi om dai ngay 3 thang co dc xet LDTT k",
        "e nam vien 2 thang nam nay, cuoi nam co dc LDTT k",
    ],
)
def test_sick_leave_months_are_no_new_hires(officer_kb: KnowledgeBase, question: str) -> None:
    # "3 tháng" told with sick leave is the leave's length, not months of service
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "dưới 6 tháng không áp dụng" in text and "quy chế" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "e bi ky luat khien trach nam ngoai thi nam nay co dc LDTT k",
        "nam ngoai e bi ky luat. nam nay e co dc LDTT k",
    ],
)
def test_a_discipline_of_last_year_does_not_bar_this_year(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # the rule is "trong năm": the year told is not the year asked (stop 25: "Có", if the
    # criteria are met this year; see test_lead25_discipline.py)
    text = ask_verdict(officer_kb, question, "Có")
    assert "trong chính năm được xét" in text, text


def test_a_discipline_of_this_year_still_bars(officer_kb: KnowledgeBase) -> None:
    question = "nam nay e bi ky luat, nam ngoai e dc LDTT, vay nam nay co dc k"
    assert "trong năm" in ask_verdict(officer_kb, question, "Không")


def test_a_unit_may_propose_where_its_dossier_goes(officer_kb: KnowledgeBase) -> None:
    # the fact says where the dossier goes ("Hồ sơ gửi Sở Nội vụ …"): proposing is allowed
    text = ask_verdict(officer_kb, "xa co duoc de nghi bang khen thu tuong k", "Có")
    assert "Sở Nội vụ" in text, text


def test_the_thon_proposing_is_no_recipient(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "thon co duoc de nghi giay khen cho ho dan k", "Có")
    assert "cho tập thể" not in text and "Thôn, tổ dân phố là tập thể" not in text, text


@pytest.mark.parametrize(
    "question",
    ["hoi dong xa xet LDTT can bao nhieu phan tram dong y", "xet LDTT can bao nhieu % dong y"],
)
def test_a_share_of_agreement_is_the_vote_share(officer_kb: KnowledgeBase, question: str) -> None:
    # "bao nhiêu % đồng ý" asks the council's vote share, not a cap on the title
    text = ask(officer_kb, question)
    assert "Tỷ lệ phiếu cần đạt" in text and "15 %" not in text, text


def test_a_fraction_before_the_base_salary_is_a_coefficient(officer_kb: KnowledgeBase) -> None:
    # "0.3 lương cơ sở" (no "lần") claims the coefficient as "0,3 lần" does
    ask_verdict(officer_kb, "co phai giay khen chu tich xa thuong 0.3 luong co so k", "Có")
    ask_verdict(officer_kb, "LDTT thuong 0,5 luong co so dung k", "Không")


@pytest.mark.parametrize(
    "question",
    [
        "co phai LDTT chi xet cho bien che k, hop dong thi k",
        "LDTT chi danh cho nguoi trong bien che dung k",
    ],
)
def test_only_the_payroll_is_narrower_than_every_worker(
    officer_kb: KnowledgeBase, question: str
) -> None:
    assert "người lao động" in ask_verdict(officer_kb, question, "Không")


def test_a_prize_the_sources_do_not_fix_is_the_provinces(officer_kb: KnowledgeBase) -> None:
    # no national amount for Gia đình văn hóa was found (domain.md 2.5): neither "Có" nor "Không"
    text = ask_verdict(officer_kb, "gdvh co tien thuong k", "Tùy")
    assert "quy chế của tỉnh" in text, text


def test_a_title_to_hold_first_is_no_time_limit(officer_kb: KnowledgeBase) -> None:
    # "… LĐTT trước": the title held first is a condition, not "trước ngày …"
    text = ask_verdict(officer_kb, "CSTDCS co can phai LDTT truoc k", "Có")
    assert "Thời hạn" not in text and "Lao động tiên tiến" in text, text


def test_a_title_told_before_the_district_asks_no_time_limit(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "CSTDCS truoc chu tich huyen ky, gio ai ky")
    assert "Thời hạn" not in text, text
