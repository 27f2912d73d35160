"""Task h119: a letter that tells two awards and claims only one prize is paid ("… trùng nên
chỉ nhận tiền 1 lần, đúng không") asks whether both prizes are paid: the rule of several
awards (NĐ 152/2025 Điều 49 khoản 5, 7) answers, turned round to the claim. Two titles of the
same year pay only the higher (the claim holds, "Có."); awards for different times or
achievements pay each (the claim is wrong, "Không."). Wordings of our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        (
            "toi dc giay khen dot thi dua quy 1 va cuoi nam dc them giay khen tong ket, "
            "thu quy bao chi dc linh 1 khoan tien thuong thoi, dung k",
            "Không",
            "cả hai",
        ),
        (
            "anh ấy đạt Chiến sĩ thi đua cơ sở, lại được giấy khen vì thành tích khác trong năm, "
            "kế toán nói chỉ được nhận một lần tiền thưởng, có đúng không",
            "Không",
            "cả hai",
        ),
        (
            "cùng năm đạt cả lao động tiên tiến và chiến sĩ thi đua cơ sở thì chỉ nhận 1 tiền "
            "thưởng đúng không",
            "Có",
            "cao nhất",
        ),
    ],
)
def test_a_single_payment_claimed_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, shown: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert shown in text
