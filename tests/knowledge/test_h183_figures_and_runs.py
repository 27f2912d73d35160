"""A run of one and a figure the fact gives for one case only (task h183).

- one year or one time of CSTĐCS told ("chỉ 1 năm", "mới đạt một lần", "năm 2025 được
  CSTĐCS") is a run of one: CSTĐ tỉnh needs 03 lần liên tục (Luật 2022 Điều 22 khoản 1
  điểm a), so "Không";
- the xã's quỹ thi đua, khen thưởng is at most 1,0 % of the recurrent budget in the plains and
  1,5 % in the mountains (NĐ 152/2025 Điều 46 khoản 3): 1,5 % claimed for a mountain xã
  ("vùng núi", "xã núi") is "Có", for a xã in the plains "Không", with no region told "Tùy",
  never "Không" against the plains' figure.
Questions of our own wording, none from a question set.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "anh phó chủ tịch chỉ có 1 năm đạt CSTĐCS, xã đề nghị CSTĐ tỉnh được không",
        "co van thu moi dat chien si thi dua co so mot lan, du dk chien si thi dua cap tinh chua",
        "Năm 2025 cán bộ tư pháp được CSTĐCS, có sáng kiến phạm vi toàn tỉnh. Trình CSTĐ tỉnh"
        " năm nay được không?",
        "thay hieu truong dat CSTDCS 1 lan nam 2026, co de tai cap tinh, de nghi CSTD tinh dc ko",
        "em mới đạt 1 lần CSTĐCS thôi, có đủ điều kiện xét chiến sĩ thi đua cấp tỉnh không ạ",
    ],
)
def test_one_year_of_cstdcs_is_no_run(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "03 lần liên tục" in text, text
    assert "mới đạt 1 lần" in text, text


def test_once_a_year_counts_no_title(officer_kb: KnowledgeBase) -> None:
    # "mỗi năm 1 lần" is how often a title is given, not a run held
    text = ask_verdict(officer_kb, "chiến sĩ thi đua cơ sở xét mỗi năm 1 lần phải không", "Có")
    assert "mới đạt 1 lần" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("xã em thuộc vùng núi, quỹ thi đua khen thưởng được trích tối đa 1,5% đúng không", "Có"),
        ("xa nui quy TDKT toi da 1,5% tong chi thuong xuyen phai k", "Có"),
        ("ở xã vùng cao, quỹ TĐKT tối đa 1,5 % chi ngân sách thường xuyên đúng không", "Có"),
        ("xa dong bang cua e trich quy thi dua 1,5% chi thuong xuyen dc k", "Không"),
        (
            "xã em thuộc thành phố trực thuộc trung ương, quỹ thi đua được trích tối đa 1,5% đúng"
            " không",
            "Không",
        ),
        ("quỹ thi đua, khen thưởng của xã được tối đa 1,5% chi thường xuyên đúng không", "Tùy"),
        ("ke toan noi quy TDKT xa dc trich toi da 1,5% tong chi thuong xuyen, dung ko", "Tùy"),
    ],
)
def test_a_cap_given_for_one_region(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "1,5 %" in text, text


def test_another_figure_still_wrong(officer_kb: KnowledgeBase) -> None:
    # a figure the fact gives for no case is still "Không"
    text = ask_verdict(
        officer_kb, "quỹ thi đua của xã tối đa 2% chi thường xuyên đúng không", "Không"
    )
    assert "1,0 %" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "decisive"),
    [
        # the yes/no read on a second pair of the same fact (subject "cá nhân" from "người")
        (
            "tổ văn phòng 20 người, 13 người đạt LĐTT, chánh văn phòng bảo 65% là đủ TTLĐXS, đúng"
            " không",
            "Không",
            "70 %",
        ),
        (
            "truong thcs co 30 giao vien, 15 nguoi LDTT, co hieu pho noi vua dung 50% la du tap the"
            " lao dong tien tien, co dung ko",
            "Không",
            "trên 50 %",
        ),
        # holders counted with "có" ("19 có LĐTT"), the unit's own share asked "đủ không"
        (
            "phòng có 10 công chức, 100% hoàn thành nhiệm vụ, 8 có LĐTT, 1 CSTĐCS. 8/10 = 80% đủ"
            " TTLĐXS chưa",
            "Có",
            "8/10 = 80 %",
        ),
        ("to em 12 nguoi, 5 co LDTT, vay 5/12 co du TTLDTT ko", "Không", "5/12 = 42 %"),
        ("Trạm y tế 9 người, 7 có LĐTT thì đạt tỷ lệ TTLĐXS chưa?", "Tùy", "7/9 = 78 %"),
    ],
)
def test_a_share_told_is_compared_with_the_minimum(
    officer_kb: KnowledgeBase, question: str, verdict: str, decisive: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert decisive in text, text
