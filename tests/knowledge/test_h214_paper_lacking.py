"""Task h214: a paper told missing from a dossier, read against the route the asker told.

The CSTĐCS dossier needs the giấy công nhận sáng kiến (or the đề tài's nghiệm thu) only on the
sáng kiến / đề tài route (NĐ 152/2025; fact cstdcs.dossier). Told that route and told the paper
missing, the dossier is not complete: "Không.", the paper named; the sáng kiến told is the
route, not a question whether one is required.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Đề nghị chiến sĩ thi đua cơ sở vì có sáng kiến nhưng chưa có giấy công nhận sáng kiến thì"
        " hồ sơ đã đủ chưa",
        "xet cstdcs theo duong de tai, chua co van ban nghiem thu de tai thi ho so co hop le k",
        "hồ sơ CSTĐCS của chị Mai đi theo hướng sáng kiến mà không kèm giấy công nhận sáng kiến,"
        " vậy có được không",
        "anh Tuấn đề nghị CSTĐCS nhờ sáng kiến, hồ sơ thiếu giấy công nhận sáng kiến, như vậy đủ"
        " chưa ạ",
        "de nghi chien si thi dua co so dien sang kien ma thieu giay cong nhan sang kien, ho so"
        " du chua",
    ],
)
def test_route_paper_missing_is_no(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    # the dossier's block leads, not one answering whether a sáng kiến is required
    assert "còn thiếu: giấy công nhận sáng kiến" in text.split("\n\n")[0], text
