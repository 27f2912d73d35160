"""Who chairs a council, claimed in a yes/no (task h118, law-coverage set yesno_tuning5): the
person named is read against the chair the council's fact states (Luật 2022 Điều 90 khoản 2:
the Prime Minister chairs the central council; domain.md 1.3: the xã chairman chairs the xã's),
not as a question whether that person decides titles. Wordings of our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the xã chairman named as the council's chair: it is who the fact names
        (
            "hội đồng thi đua khen thưởng của xã thì chủ tịch hội đồng là chủ tịch ủy ban xã hả",
            "Có",
        ),
        ("chu tich hd tdkt phuong la chu tich ubnd phuong phai ko", "Có"),
        # a member (the Front's chairman, a vice-chairman) named as the chair
        ("ct hoi dong thi dua xa la chu tich mttq xa dung k", "Không"),
        ("phó chủ tịch ubnd làm chủ tịch hội đồng tđkt xã à", "Không"),
        # the central council: the Prime Minister, not the President
        ("chủ tịch hội đồng thi đua trung ương là thủ tướng chính phủ à", "Có"),
        ("chu tich hoi dong tdkt trung uong la chu tich nuoc dung ko", "Không"),
    ],
)
def test_council_chair_claimed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Chủ tịch Hội đồng" in text
