"""The Luật of 2022 asked in force is the law in force (the lead's second read, stop 51).

"luật tđkt 2022 còn hiệu lực không" was answered by the entry about the repealed Luật of 2003,
opening "Không."; the Luật Thi đua, khen thưởng số 06/2022/QH15 took effect on 01/01/2024 and is
the law in force (the brief §1.1). The Luật named by its passing date (f202's ``law_dated``) is
read the same way, typed in NFC or NFD.
"""

from __future__ import annotations

import unicodedata

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

CASES = [
    ("luật tđkt 2022 còn hiệu lực không", ["Có.", "01/01/2024"]),
    ("luat thi dua khen thuong 2022 con hieu luc k", ["Có.", "06/2022/QH15"]),
    ("Luật Thi đua, khen thưởng số 06/2022/QH15 còn áp dụng k", ["Có.", "01/01/2024"]),
    ("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022 còn hiệu lực không", ["Có."]),
    (
        unicodedata.normalize(
            "NFD", "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022 còn hiệu lực không"
        ),
        ["Có."],
    ),
    ("luat tdkt 2022 co hieu luc tu 1/1/2023 dung k", ["Không.", "01/01/2024"]),
    ("co ng bao luat thi dua 2022 chua co hieu luc, van dung luat cu, dung k", ["Không."]),
    ("luat TDKT 2022 hieu luc tu nam 2023 phai k", ["Không."]),
    ("luat tdkt 2022 co hieu luc tu 1/1/2024 dung k", ["Có."]),
]
CONTROLS = [
    # a provision or a rule of the law asked: their own readers answer (b15, b121 of the tuning)
    ("luat 2022 dieu 80 khoan 2 noi chu tich huyen, gio con ap dung k", ["Không."]),
    ("luat TDKT 2022 co quy dinh ti le toi da LDTT trong 1 don vi ap dung toan quoc k", ["Không."]),
    # the repealed texts keep their "Không."
    ("luat tdkt 2003 con hieu luc k", ["Không."]),
    ("nd 98/2023 con hieu luc k", ["Không.", "152/2025"]),
]


@pytest.mark.parametrize(("question", "keys"), CASES + CONTROLS)
def test_law_in_force_asked(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
