"""Task h36: yes/no angles the earlier sets under-covered — a negated claim put up for
confirmation ("… không cần … à"), and the facts those angles found missing.

Each question is our own (not copied from ``yesno_tuning2.yaml``) and each test asserts what
the officer sees in the chat (``KnowledgeBase.ask`` is what the handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a negated claim ending in "à / hả / nhỉ" asks its positive reading
        ("lao dong tien tien khong bat buoc co sang kien ha", "Không"),
        ("hộ gia đình không được nhận giấy khen của chủ tịch xã à", "Có"),
        ("to dan pho khong duoc xet ldtt a", "Không"),
        ("chu tich xa khong ky bang khen tinh duoc nhi", "Không"),
    ],
)
def test_negated_claim_put_up_for_confirmation_gets_a_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    assert leading_verdicts(ask(officer_kb, question))[:1] == [verdict]


def test_why_question_with_a_negation_is_not_a_yes_no(officer_kb: KnowledgeBase) -> None:
    assert leading_verdicts(ask(officer_kb, "tai sao thon khong duoc xet ldtt a")) == []


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # short training counts with the time at work (domain.md 2.2): its months are not a new
        # hire's, so "3 tháng" must not fall on the 6-month rule
        ("em được cử đi bồi dưỡng ngắn hạn 5 tháng thì có được xét ldtt không", "Có", "01 năm"),
        # Luật Điều 24 khoản 2: the self-defence mobile force gets "Chiến sĩ tiên tiến"
        ("luc luong tu ve co dong co xet ldtt k", "Không", "Chiến sĩ tiên tiến"),
        # the new-hire rule still bites when no training is told
        ("moi tuyen dung 5 thang co duoc xet lao dong tien tien k", "Không", "6 tháng"),
    ],
)
def test_circumstance_named_decides_the_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict]
    assert fact in text


def test_no_longer_is_one_claim_not_a_second_part(officer_kb: KnowledgeBase) -> None:
    # "không còn" = "no longer": split at "còn" the question lost its claim and answered who
    # may get CSTĐCS ("Tùy") instead of the repealed 15 % cap
    text = ask(officer_kb, "chien si thi dua co so khong con bi gioi han 15% nua ha")
    assert leading_verdicts(text) == ["Không"]
    assert "91/2017" in text


@pytest.mark.parametrize(
    ("question", "verdict", "rule"),
    [
        ("phong em 30 nguoi, 20 nguoi dat ldtt, co dat tap the ldtt ko", "Tùy", "trên 50 %"),
        ("truong co 40 giao vien, 24 nguoi dat ldtt thi co duoc ttldxs k", "Không", "70 %"),
    ],
)
def test_share_told_is_compared_with_the_rule_figure_shown(
    officer_kb: KnowledgeBase, question: str, verdict: str, rule: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict]
    assert rule in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # three years typed bare, no "," or "và": still three in a row
        (
            "toi dat cstdcs cac nam 2024 2025 2026, co sang kien nhan rong trong toan tinh, vay "
            "co du dieu kien chien si thi dua cap tinh khong",
            "Có",
        ),
    ],
)
def test_years_typed_bare(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    assert leading_verdicts(ask(officer_kb, question))[:1] == [verdict]


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the clauses before the last comma tell the case; "không có sáng kiến" in them is not
        # a claim the fact's "không bắt buộc sáng kiến" denies
        (
            "toi duoc danh gia hoan thanh xuat sac nhiem vu, da dat ldtt, khong co sang kien "
            "nao, vay toi co duoc chien si thi dua co so khong",
            "Có",
        ),
        ("chi dat ldtt va hoan thanh xuat sac nv nhung chua co sang kien, co dc cstdcs ko", "Có"),
    ],
)
def test_case_told_before_the_last_comma(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    assert leading_verdicts(ask(officer_kb, question))[:1] == [verdict]


def test_clauses_that_ask_stay_parts(officer_kb: KnowledgeBase) -> None:
    # both clauses ask: the money part must not become a told case
    text = ask(officer_kb, "em hoi ldtt duoc thuong bao nhieu, co can sang kien khong")
    assert "760.000" in text
    assert "sáng kiến" in text


def test_either_or_after_the_case_named(officer_kb: KnowledgeBase) -> None:
    # the case is named first, then the two titles it may be: both are told by what each is
    text = ask(officer_kb, "khen dip thang cao diem la khen dot xuat hay khen theo chuyen de")
    assert "Khen thưởng đột xuất" in text
    assert "không phải khen đột xuất" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a number of days claimed with "quyết định" asks the time limit, not who decides
        ("chu tich xa ra quyet dinh cong nhan gia dinh van hoa trong 10 ngay dung k", "Có"),
        ("chu tich xa quyet dinh thon van hoa trong 30 ngay phai khong", "Không"),
    ],
)
def test_days_claimed_ask_the_time_limit(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert "Thời hạn" in text.split("\n")[0]
    assert leading_verdicts(text)[:1] == [verdict]


def test_what_the_question_negates_is_the_case_not_a_denied_claim(
    officer_kb: KnowledgeBase,
) -> None:
    # the fact's "không còn lấy đăng ký thi đua làm căn cứ" agrees with the case told ("chưa
    # đăng ký"); it must not turn the fact's "Tùy quy chế của tỉnh" into a firm "Không."
    text = ask(officer_kb, "dau nam chua dang ky thi dua thi cuoi nam co duoc xet cstdcs khong")
    assert leading_verdicts(text)[:1] == ["Tùy"]
