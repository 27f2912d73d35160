"""The xã's own organisations named with "xã" after them are collectives of the xã, their heads
are persons (the lead's spot check, stop 23): "đoàn thanh niên xã có được tặng giấy khen không"
is not a question about the xã itself, which gets no giấy khen of its own chairman."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "doan thanh nien xa co dc tang giay khen k",
        "Đoàn thanh niên xã có được tặng giấy khen không",
    ],
)
def test_an_organisation_of_the_xa_is_a_collective(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Tập thể thuộc xã" in text, text
    assert "bản thân xã" not in text, text


def test_the_head_of_the_front_is_a_person(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "pho chu tich ubmttq xa sap nghi, xa tang giay khen cho ong thi ai ky va thuong bn",
    )
    assert "0,3 lần" in text and "760.000" in text, text
