"""Task f192: the verdict judges the withdrawn claim, not the corrected one (b192 family F1).

"TTLĐTT cần từ 70% … đúng không. *à nhầm, trên 50% đúng không", "GK chủ tịch xã có phải chủ
tịch tỉnh ký k\\n*BK ạ": the message is rewritten before any reading
(bot/knowledge/facts/corrections.py) and the leading "Có."/"Không." must judge the corrected
claim (Luật Thi đua, khen thưởng 2022 Điều 22, 24, 28, 74; NĐ 152/2025 Điều 50).
Controls: the withdrawn claim, asked alone, keeps its own verdict; corrections already read
right stay right.
"""

# ruff: noqa: E501 (questions are kept verbatim, as the officers typed them)
from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

_THAI_SAN = "the corrected hearsay claim replaces only the consequent after 'thi', and the whole ask asked alone opens with no verdict"
_DAN_QUAN = "'ho' (the withdrawn subject) is not resolved and 'dân quân thường trực xét Chiến sĩ tiên tiến' opens with the decider's 'Không.'"
_COMPOUND_COND = "the 3-lần claim keeps its 'nếu có sáng kiến cấp tỉnh' condition only if the corrected clause is kept, and the CSTĐ tỉnh reader then ignores the stated sáng kiến"
_GROUP_AMOUNT = "a long story whose correction switches the recipient (cá nhân → tập thể) under a carried amount: no reader of the recipient switch yet"

#: (question, keys as the tuning sets write them)
CASES = [
    # F1 of diag_b192: the corrected claim is judged
    pytest.param(
        "Tập thể lao động tiên tiến cần từ 70% cá nhân đạt LĐTT đúng không. *à nhầm, trên 50% đúng không",
        ["Có.", "trên 50%"],
        id="ttldtt-70-to-over-50",
    ),
    pytest.param(
        "GK chu tich xa co phai chu tich tinh ky k\n*BK a",
        ["Có.", "Chủ tịch UBND tỉnh"],
        id="gk-to-bk-who-signs",
    ),
    pytest.param(
        "nghe noi nghi thai san tren 3 thang thi mat LDTT dung k. *y e la nghe noi thoi gian thai san van dc tinh de xet, dung k",
        ["Có.", "thai sản"],
        id="thai-san-counted",
        marks=pytest.mark.xfail(reason=_THAI_SAN, strict=False),
    ),
    pytest.param(
        "dan quan thuong truc xa cung xet LDTT nhu cong chuc dung k. *a nham, y e la ho xet chien si tien tien dung k",
        ["Có.", "Chiến sĩ tiên tiến"],
        id="dan-quan-chien-si-tien-tien",
        marks=pytest.mark.xfail(reason=_DAN_QUAN, strict=False),
    ),
    pytest.param(
        "CSTDCS 2 lan lien tuc la du CSTD tinh neu co sang kien cap tinh dung k\n*sua lai: 3 lan lien tuc",
        ["Có.", "3 lần"],
        id="cstd-tinh-2-to-3",
        marks=pytest.mark.xfail(reason=_COMPOUND_COND, strict=False),
    ),
    pytest.param(
        "thua ad, dan quan xa vua bat duoc ke trom trau cua dan, xa muon khen dot xuat GK ca nhan cho tung nguoi, moi nguoi 760.000. *a nham, xa quyet tang GK tap the cho ca to dan quan thoi. vay tap the cung 760.000 dung k",
        ["Không.", "1.520.000"],
        id="gk-tap-the-amount",
        marks=pytest.mark.xfail(reason=_GROUP_AMOUNT, strict=False),
    ),
    # new wordings of F1 (the same rule, other titles and values)
    pytest.param(
        "TTLĐTT cần từ 60% cá nhân đạt LĐTT đúng k. *à nhầm, trên 50% đúng k",
        ["Có.", "trên 50%"],
        id="new-ttldtt-60-to-over-50",
    ),
    pytest.param(
        "giay khen chu tich xa co phai chu tich UBND tinh quyet dinh k. *a nham, bang khen a",
        ["Có.", "Chủ tịch UBND tỉnh"],
        id="new-giay-khen-to-bang-khen",
    ),
    pytest.param(
        "CSTDCS thuong 7.590.000 dung k ad. *a nham, e hoi CSTD tinh thuong 7.590.000 dung k",
        ["Có.", "7.590.000"],
        id="new-cstd-tinh-amount",
    ),
    pytest.param(
        "TTLDXS do chu tich tinh ky dung k. *y e la TTLDTT cung chu tich tinh ky dung k",
        ["Không.", "Chủ tịch UBND"],
        id="new-ttldtt-decider",
    ),
    pytest.param(
        "GDVH binh xet xong truoc 25/11 dung k\n*a nham, e hoi han la 30/11 dung k",
        ["Không.", "25/11"],
        id="new-gdvh-deadline",
    ),
    # controls: the withdrawn claim alone, and nearby questions already right
    pytest.param(
        "Tập thể lao động tiên tiến cần từ 70% cá nhân đạt LĐTT đúng không",
        ["Không.", "trên 50%"],
        id="control-ttldtt-70",
    ),
    pytest.param(
        "Tập thể lao động tiên tiến cần trên 50% cá nhân đạt LĐTT đúng không",
        ["Có.", "trên 50%"],
        id="control-ttldtt-over-50",
    ),
    pytest.param(
        "GK chu tich xa do ai ky",
        ["Chủ tịch UBND xã"],
        id="control-gk-xa",
    ),
    pytest.param(
        "BK co phai chu tich tinh ky k",
        ["Có.", "Chủ tịch UBND tỉnh"],
        id="control-bk",
    ),
]


@pytest.mark.parametrize(("question", "keys"), CASES)
def test_corrected_claim_is_judged(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    text = ask_keyed(officer_kb, question, keys)
    assert "Căn cứ:" in text, text
