"""Task h67: blind 17's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording; these questions are the engineer's own wordings of each kind."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict missing": "X có được Y không" answered by a body that states Y plainly
        "tiền thưởng có được làm tròn không",
        "so tien thuong co duoc lam tron len hang chuc nghin khong",
        "tien khen thuong co dc lam tron len ko",
    ],
)
def test_a_claim_allowed_and_stated_gets_yes(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict wrong": two things one title's name joins, compared on its one figure
        ("tiền thưởng thôn văn hóa và tổ dân phố văn hóa có khác nhau không", "Không"),
        ("tien thuong xa tieu bieu voi phuong tieu bieu co khac nhau k", "Không"),
        ("muc thuong cua thon van hoa va tdp van hoa co nhu nhau ko", "Có"),
    ],
)
def test_things_one_title_joins_share_its_figure(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict wrong": a floor claimed ("đủ N tháng mới được") is the fact's bar on
        # whoever falls short ("dưới N tháng không xét"), not the asker's own months
        ("em mới vào làm 3 tháng, phải đủ 6 tháng mới được xét phải k", "Có"),
        (
            "minh moi tuyen dung duoc 5 thang, co phai du 6 thang thi moi duoc binh xet "
            "lao dong tien tien khong",
            "Có",
        ),
        ("nguoi moi tuyen dung phai du 10 thang moi duoc xet ldtt dung ko", "Không"),
    ],
)
def test_a_floor_claimed_is_judged_against_the_bar(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # kind "long letter's case ignored": "không ai có sáng kiến" tells the case (nobody has
        # one); it asks nothing, so the last sentence is the question and it asks eligibility
        "to em co 4 nguoi dat htxsnv, khong ai co sang kien. chu tich hoi co xet chien si thi "
        "dua co so duoc khong",
        "Năm nay xã có ba công chức hoàn thành xuất sắc nhiệm vụ, chưa ai có sáng kiến nào. "
        "Lãnh đạo hỏi có đề nghị chiến sĩ thi đua cơ sở được không",
        "đơn vị tôi có hai viên chức đạt lao động tiên tiến, hoàn thành xuất sắc, không có ai "
        "có sáng kiến. Phó chủ tịch hỏi xét cstdcs cho họ được k",
    ],
)
def test_nobody_told_in_a_letter_asks_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        # kind "reported claim": someone's "không có / không còn …" is the claim judged
        "chị kế toán bảo lao động tiên tiến không có tiền thưởng, vậy có đúng không",
        "chi van thu bao chien si thi dua co so khong con tien thuong nua, dung khong",
        "đồng nghiệp bảo thôn văn hóa không có tiền thưởng, vậy có đúng không",
    ],
)
def test_a_reported_denial_of_a_prize_is_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong": the clause confirming the claim read as conditional because
        # "kế hoạch" folds to "ke hoach", which holds "hoac" (or)
        "khen đột xuất có phải dành cho thành tích ngoài kế hoạch không",
        "khen dot xuat co phai la khen thanh tich ngoai chuong trinh ke hoach k",
    ],
)
def test_a_word_inside_another_is_no_condition(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")
