"""Several titles at once: NĐ 152/2025 Điều 49 khoản 5 and 7.

Titles counted over different times, or a title and a form of commendation, pay each prize; two
yearly titles of the same year are counted over the same time and pay only the higher one.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "cung nam dat ca LDTT va CSTDCS co nhan ca hai tien thuong khong",
        "năm nay trường đạt cả TTLĐTT và TTLĐXS thì có được nhận cả 2 tiền thưởng không",
        "anh Hùng vừa được LĐTT vừa được chiến sĩ thi đua cơ sở năm 2026, lĩnh cả 2 khoản được ko",
    ],
)
def test_two_yearly_titles_of_one_year_pay_the_higher_prize_only(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "danh hiệu cao nhất" in text and "Điều 49 khoản 5" in text, text


def test_the_rule_comes_with_the_amounts_when_the_prize_is_asked(
    officer_kb: KnowledgeBase,
) -> None:
    text = ask(
        officer_kb,
        "chi Lan nam nay dat ca lao dong tien tien lan chien si thi dua co so thi duoc thuong "
        "bao nhieu",
    )
    assert "danh hiệu cao nhất" in text and "2.530.000" in text, text


def test_a_title_with_a_form_of_commendation_still_pays_both(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "đạt CSTĐCS và được giấy khen có nhận cả 2 khoản thưởng không", "Có"
    )
    assert "danh hiệu cao nhất" not in text, text
