"""A person of the commune's office is a person, not a collective (task h148). Wordings of our
own, none from a set. Luật Thi đua, khen thưởng 2022 Điều 24: khoản 1 gives cán bộ, công chức,
viên chức "Lao động tiên tiến"; khoản 2 keeps "Chiến sĩ tiên tiến" for the army, the police and
the standing militia. The "phòng" of "văn phòng" must not make the office worker a "phòng".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chị công chức văn phòng UBND xã tôi có được bình chiến sĩ tiên tiến không",
        "nhan vien van phong xa xet chien si tien tien duoc ko ad",
    ],
)
def test_office_worker_is_no_soldier(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Lao động tiên tiến" in text.split("\n\n")[0]
