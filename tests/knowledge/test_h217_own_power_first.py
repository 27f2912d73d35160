"""Task h217: "hồ sơ … xã tự quyết được không hay chỉ … gửi tỉnh": the first option is asked.

The asker's own level claimed to decide is the yes/no; the sending after "hay" is the other
answer offered. A title the province or the State decides gets "Không." (Luật Thi đua, khen
thưởng 2022 Điều 79, Điều 80; NĐ 152/2025/NĐ-CP): the commune only prepares the dossier and
sends it to the province (Sở Nội vụ). A title the commune chairman decides gets "Có." (NĐ
129/2025/NĐ-CP Điều 59).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "hồ sơ CSTĐ tỉnh xã có tự quyết được không hay chỉ lập hồ sơ gửi lên tỉnh",
            "Không",
            "tỉnh",
        ),
        ("ho so TTLDXS phuong tu duyet duoc k hay phai gui len so noi vu", "Không", "Sở Nội vụ"),
        (
            "ho so chien si thi dua toan quoc thi xa tu quyet duoc khong hay chi gui len tinh",
            "Không",
            "Thủ tướng",
        ),
        (
            "Ho so Bang khen cua chu tich tinh xa co tu ky duoc khong hay chi gui len so noi vu",
            "Không",
            "Chủ tịch UBND tỉnh",
        ),
        ("ho so LDTT xa co tu quyet dc k hay phai gui tinh", "Có", "Chủ tịch UBND xã"),
        (
            "Hồ sơ thôn văn hóa xã có tự công nhận được không hay phải gửi tỉnh",
            "Có",
            "Chủ tịch UBND xã",
        ),
    ],
)
def test_own_power_is_the_yes_no(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text
