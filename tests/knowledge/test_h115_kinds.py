"""Task h115 (stop 26): two kinds of claim left in the older tuning sets and in the lead's own
wording. A level claimed to pay a prize ("… xã chi à") is weighed against the level that
decides the title (the fund of the deciding level pays, NĐ 152/2025); a level claimed to cancel a
decision whose awarder the question tells ("… hủy quyết định khen của xã") is weighed against
that awarder (Luật 2022 Điều 93 khoản 8). Wordings are our own, none copied from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the xã's chairman decides giấy khen and LĐTT: the xã's fund pays
        ("tiền thưởng giấy khen xã chi à", "Có"),
        ("tien thuong LDTT la xa chi tu quy thi dua cua xa phai ko", "Có"),
        # the province's chairman decides: the province's fund pays, not the xã's
        ("bằng khen tỉnh cho cán bộ xã thì tiền thưởng do xã chi đúng k", "Không"),
        ("tien thuong TTLDXS xa tu chi a", "Không"),
        ("tiền thưởng chiến sĩ thi đua cấp tỉnh thì tỉnh chi phải không", "Có"),
    ],
)
def test_payer_claimed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "quỹ" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # no title named: the decision told as the xã's is the xã chairman's to cancel
        ("có phải chỉ chủ tịch tỉnh mới được hủy quyết định khen thưởng của xã không", "Không"),
        ("chi chu tich UBND tinh moi co quyen huy bo qd khen cua xa dung k", "Không"),
        ("chủ tịch xã có quyền hủy quyết định khen do xã ban hành không", "Có"),
    ],
)
def test_revoker_of_told_decision(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Điều 93" in text or verdict == "Có", text
