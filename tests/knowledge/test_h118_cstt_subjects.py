"""Who may be proposed for Chiến sĩ tiên tiến, asked of one kind of person (task h118, the
law-coverage set yesno_tuning5): Luật 2022 Điều 24 khoản 2 names the army, the standing militia
and the police; khoản 1 and 3 give commune officials, farmers and workers Lao động tiên tiến.
Wordings of our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        (
            "viên chức trạm y tế xã có được đề nghị chiến sĩ tiên tiến không",
            "Không",
            "Lao động tiên tiến",
        ),
        ("ba con nong dan co dc xet chien si tien tien k", "Không", "Lao động tiên tiến"),
        ("dan quan tu ve co dong co dc xet chien si tien tien ko", "Có", "Bộ Quốc phòng"),
        (
            "chiến sĩ công an xã chính quy có được xét danh hiệu chiến sĩ tiên tiến không",
            "Có",
            "Bộ Công an",
        ),
    ],
)
def test_cstt_asked_of_a_person(
    officer_kb: KnowledgeBase, question: str, verdict: str, said: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert said in text
