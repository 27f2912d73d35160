"""Stop 29, the lead: an award named by who gave it ("giấy khen do chủ tịch xã tặng") is not the
one asked to act on it (Luật 2022 Điều 93 khoản 8: only who decided may cancel). Wordings of
our own, found in the sandbox chat after h149 had read "của" only."""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


def test_the_province_may_not_cancel_what_the_xa_gave(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "ong chu tich tinh co quyen huy giay khen do chu tich xa tang ko ad", "Không"
    )
    assert "người quyết định tặng" in text


def test_who_gave_it_may_cancel_it(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "giấy khen do chủ tịch xã trao thì chủ tịch xã hủy được không", "Có")
