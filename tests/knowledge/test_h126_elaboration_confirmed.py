"""Task h126: a claim put up for confirmation with a second clause that restates it in other
words before the bare "đúng không" ("thi đua là tự nguyện, không ai ép được, đúng k"): the
confirmation closes both, so the claim is the yes/no (Luật 2022 Điều 3 khoản 1: sự tham gia tự
nguyện). A pointer back at a story ("…. như vậy có đúng k") is not such a clause."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    "question",
    [
        "tham gia thi đua là tự nguyện, không ai bắt ép được, đúng không?",
        "nghe noi phong trao thi dua la tu nguyen, xa k ep ai ca, dung k",
        "anh pho chu tich bao thi dua la tu nguyen thoi, k ai bat ai phai tham gia, phai k a",
    ],
)
def test_voluntary_restated_then_confirmed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "tự nguyện" in text


@pytest.mark.parametrize(
    "question",
    [
        "thon toi 27/11 moi binh xet gdvh, nhu vay la cham dung k",
        "Tổ dân phố em ngày 29/11 mới bình xét GĐVH, thế là chậm rồi phải không",
    ],
)
def test_a_pointer_clause_is_not_merged(officer_kb: KnowledgeBase, question: str) -> None:
    # "thế là / như vậy là … đúng k" points back at the case told (late after 25/11, NĐ
    # 86/2023): merged into the case it would read as the deadline's own "Không"
    assert leading_verdicts(ask(officer_kb, question))[:1] != ["Không"]
