"""Task h372 (tuning set b139, family 8): a coefficient heard ("nghe nói giấy khen tập thể 0,6
lần lương cơ sở") and then the sum asked ("vậy thôn e dc bn") puts the heard figure up as much
as it asks the amount: the prize's block opens "Có." when the heard coefficient is the title's
own (NĐ 152/2025 Điều 50), "Không." when it is not, and gives the sum either way."""

# ruff: noqa: E501

import pytest

from bot.core.text import fold
from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict", "amount"),
    [
        # the evaluator's wordings
        ("nghe noi giay khen tap the 0,6 lan luong co so, vay thon e dc bn", "Có", "1.520.000"),
        ("nghe noi CSTDCS thuong 1 lan luong co so, nam nay la bn", "Có", "2.530.000"),
        # our own
        (
            "nghe nói LĐTT thưởng 0,5 lần lương cơ sở, vậy năm nay được bao nhiêu",
            "Không",
            "760.000",
        ),
        ("nghe noi TTLDTT thuong 0,8 lan luong co so, vay truong e dc bn tien", "Có", "2.030.000"),
        (
            "Nghe nói thôn văn hóa được thưởng 1,5 lần lương cơ sở, vậy thôn tôi được bao nhiêu tiền",
            "Có",
            "3.800.000",
        ),
    ],
)
def test_heard_coefficient_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, amount: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fold(amount) in fold(text), text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("giay khen tap the thuong bao nhieu", "1.520.000"),
        ("CSTĐCS năm nay thưởng bao nhiêu", "2.530.000"),
        (
            "xa tang giay khen cho thon e, nghe noi tap the thi tien thuong gap doi ca nhan, vay la bn tien",
            "1.520.000",
        ),
    ],
)
def test_plain_amount_unchanged(officer_kb: KnowledgeBase, question: str, amount: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] != ["Không"], text
    assert amount in text, text
