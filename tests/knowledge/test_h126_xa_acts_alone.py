"""Task h126: the xã claimed to act on its own now where the district did before ("năm ngoái
gửi phòng Nội vụ huyện, năm nay xã tự quyết định được chưa", "chủ tịch phường tự phát động phong
trào được k"): the district's powers are the xã chairman's (NĐ 129/2025 Điều 59) and the xã
launches its own movements (domain.md), so the reform block opens "Có."; a title the province
decides is still answered "Không" by its own block."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    "question",
    [
        "nam ngoai ho so TTLDTT cua truong mam non nop phong noi vu huyen, nam nay xa tu quyet "
        "dinh duoc chua",
        "Năm ngoái hồ sơ TTLĐTT của trạm y tế gửi phòng Nội vụ huyện, năm nay xã tự quyết định "
        "được không",
        "chu tich quan truoc day phat dong thi dua, nay chu tich phuong tu phat dong phong "
        "trao dc k",
        "Trước đây chủ tịch quận phát động phong trào, bây giờ chủ tịch phường tự phát động phong "
        "trào được không",
    ],
)
def test_xa_acting_alone_now(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text
    assert "Chủ tịch UBND xã" in text


def test_a_province_title_is_still_no(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "truoc huyen xet TTLDXS, gio xa tu quyet dinh TTLDXS dc k")
    assert leading_verdicts(text)[:1] == ["Không"], text
