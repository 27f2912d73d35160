"""Task h401, first part (tuning set b33): an asker names the one certificate a title comes with
by either word, "bằng chứng nhận" or "giấy chứng nhận". CSTĐCS is given a Bằng chứng nhận and
khung (NĐ 152/2025 Điều 50 khoản 1 điểm c), so "CSTĐCS chỉ được bằng/giấy chứng nhận và khung,
không có huy hiệu như CSTĐ tỉnh" is right whichever word is used: the other word is not "another
thing given", and "giấy chứng nhận" is not missing. Controls: a title that gives more (CSTĐ tỉnh:
Huy hiệu, NĐ 152/2025 Điều 50 khoản 1 điểm b), or a claim that drops the khung, stays "Không.".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

CERTIFICATE = [
    # b33 tuning
    (
        "CSTDCS chi dc bang chung nhan va khung, ko co huy hieu nhu CSTD tinh dung k",
        ["Có.", "Bằng chứng nhận"],
    ),
    # ours
    (
        "CSTDCS chi dc giay chung nhan va khung, ko co huy hieu nhu CSTD tinh dung k",
        ["Có.", "Bằng chứng nhận"],
    ),
    (
        "chiến sĩ thi đua cơ sở chỉ được giấy chứng nhận với khung thôi, không có huy hiệu, "
        "đúng không",
        ["Có.", "Bằng chứng nhận"],
    ),
    ("cstdcs chi nhan giay chung nhan + khung, k co huy hieu phai k ad", ["Có.", "khung"]),
    ("CSTDCS co giay chung nhan k", ["Có.", "Bằng chứng nhận"]),
]

CONTROLS = [
    ("CSTD tinh chi dc bang chung nhan va khung dung k", ["Không.", "Huy hiệu"]),
    ("CSTD tinh chi dc giay chung nhan va khung thoi dung k", ["Không.", "Huy hiệu"]),
    ("CSTDCS chi dc bang chung nhan, ko co khung dung k", ["Không.", "khung"]),
    ("LDTT co giay chung nhan k", ["Không."]),
]


@pytest.mark.parametrize(("question", "keys"), CERTIFICATE + CONTROLS)
def test_certificate_words_are_one_thing(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
