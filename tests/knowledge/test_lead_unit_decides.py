"""A unit claimed to give an award itself (the lead's spot check, stop 23): a unit under the xã
reviews and proposes, the xã chairman decides; only the head of a unit with legal personality
of a ministry, a sector or a provincial department gives LĐTT, CSTĐCS, TTLĐTT and giấy khen
(Luật 2022 Điều 80 khoản 1, 3). Never a bare "Có" over a body naming the xã chairman."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("truong hoc thi ky giay khen cho giao vien dc k", "Tùy"),
        ("Trường em có được tự công nhận Tập thể lao động xuất sắc không", "Không"),
    ],
)
def test_a_unit_does_not_decide_for_itself(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Điều 80 khoản 1, khoản 3" in text, text


def test_a_contract_signed_by_a_school_is_no_award(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "bac bao ve truong ky hop dong lao dong thi co dc xet ldtt ko")
    assert "không tự quyết định" not in text, text


def test_a_body_said_to_be_the_deciding_agency_is_no_unit_acting(
    officer_kb: KnowledgeBase,
) -> None:
    """ "(hội đồng) là cơ quan quyết định": "cơ quan" names what the council is claimed to be."""
    text = ask_verdict(
        officer_kb, "hoi dong thi dua xa co phai la co quan quyet dinh tang ldtt k", "Không"
    )
    assert "không tự quyết định" not in text, text
