"""Task h86: yes/no misses pooled over every tuning set (blind 25's included), grouped by why the
verdict was wrong or missing; the kind fixed here is the wrong actor read for a claim (the place
or unit told taken for who is asked about, or for no one). Wordings are our own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # the asker's word after the unit ("thôn em", "tổ mình") says whose unit it is
        "to dan pho em tu cong nhan gia dinh van hoa duoc khong",
        "thôn e tự tặng giấy khen cho mấy cháu học giỏi được không",
        # "tự" makes the village the one acting, "được" or not
        "to truong to dan pho co duoc tu quyet dinh tang giay khen k",
        # the one named after "thay (mặt)" is whose power is borrowed, not the actor
        "tổ trưởng tổ dân phố ký công nhận gia đình văn hóa thay mặt chủ tịch UBND xã được không",
        # the village level named after the deciding verb is where it is claimed to be decided
        "giay khen cho hoc sinh co the ky o cap thon duoc khong",
    ],
)
def test_village_claimed_to_decide(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text
