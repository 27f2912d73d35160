"""Two yes/no asks in one message get a verdict each (task h147, set yesno_tuning10).
Wordings of our own, none from a set. The first ask keeps the answer's opening verdict; the
second ask is answered alone and its block follows with its own "Có."/"Không.":

- a second ask naming no title the first did not name speaks of the first block's title (Gia
  đình văn hóa is a household's title, not an office's: Luật 2022 Điều 20 khoản 2; a Tập thể lao
  động tiên tiến needs more than half, not all, of its people Lao động tiên tiến: Điều 28);
- a second ask naming a title of its own is asked as typed (no thị trấn is left to be "tiêu
  biểu", a đặc khu is: NĐ 152/2025 Điều 50 khoản 2 điểm c);
- one ask of a message is answered once: a single question gets no second block;
- a yes/no ask followed by a who/which/how-much ask keeps the verdict it has alone (the
  province's Huy hiệu is gone: Luật 2022 Điều 9; prize money is rounded up, not down, to
  10.000 đ: NĐ 152/2025), while a case told after it is no such ask.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdicts", "fact"),
    [
        (
            "gia dinh van hoa tang cho co quan dc k, con ho gia dinh thi dc k",
            ["Không", "Có"],
            "hộ gia đình",
        ),
        ("ttldtt phai 100% ldtt a, con tren mot nua ldtt thi dat k", ["Không", "Có"], "50 %"),
        (
            "con danh hieu thi tran tieu bieu k, dac khu tieu bieu thi co k",
            ["Không", "Có"],
            "đặc khu",
        ),
    ],
)
def test_second_ask_gets_its_own_verdict(
    officer_kb: KnowledgeBase, question: str, verdicts: list[str], fact: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:2] == verdicts, text
    assert fact in text, text


def test_one_ask_gets_one_block(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "ho gia dinh dc xet gia dinh van hoa k")
    assert leading_verdicts(text) == ["Có"], text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("huy hieu tinh bi bo roi dung k, bo tu nam nao", "Có", "Huy hiệu"),
        ("tien thuong lam tron xuong phai k, lam tron toi bao nhieu", "Không", "10.000"),
    ],
)
def test_yes_no_ask_keeps_its_verdict_before_a_wh_ask(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert fact in text, text
