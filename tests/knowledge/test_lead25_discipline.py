"""A discipline told of an earlier year than the one asked (the lead, stop 25).

The rule bars a discipline "trong năm" (domain.md 2.2): one of last year, or of a year told by its
number before the year asked, is the case the title's facts answer "Có" to, with the condition
that the criteria are met this year. A discipline of the year asked still bars the title.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "bi khien trach nam ngoai thi nam nay co dc LDTT k",
        "năm ngoái chị ấy bị cảnh cáo, năm nay có được xét lao động tiên tiến không",
        "nam 2025 e bi khien trach, nam 2026 e co dc LDTT k",
        "anh ay bi ky luat nam truoc. nam nay anh ay co duoc LDTT khong",
    ],
)
def test_an_earlier_discipline_does_not_bar_the_year_asked(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "trong chính năm được xét" in text and "năm trước" in text, text


def test_a_discipline_of_the_year_asked_still_bars(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "nam nay e bi khien trach thi co dc LDTT k", "Không")
    assert "trong năm" in text, text


def test_a_later_discipline_is_no_earlier_one(officer_kb: KnowledgeBase) -> None:
    # told of a later year than the one asked: not the "năm trước" case
    text = ask_verdict(officer_kb, "nam 2026 e bi khien trach, nam 2025 e co dc LDTT k", "Tùy")
    assert "năm trước" not in text, text
