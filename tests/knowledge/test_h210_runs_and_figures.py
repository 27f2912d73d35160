"""Task h210 (stop 33): runs of one title told toward another, and told figures judged.

Luật 2022 Điều 22 khoản 1 điểm a: Chiến sĩ thi đua cấp tỉnh is chosen among those with 03 lần
liên tục Chiến sĩ thi đua cơ sở; Điều 21 khoản 1 điểm a: Chiến sĩ thi đua toàn quốc among those
with 02 lần liên tục Chiến sĩ thi đua cấp tỉnh. A run of the held title told toward the asked one
is judged by the asked title's count, not by the held title's own "không cần năm liên tục".
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "needed"),
    [
        ("Chiến sĩ thi đua cơ sở 2 năm liên tiếp -> CSTĐ cấp tỉnh được không", "03 lần"),
        ("cstdcs hai năm liền => cstđ tỉnh có được không", "03 lần"),
        ("anh ấy CSTDCS 2 nam lien -> de nghi CSTD tinh dc ko", "03 lần"),
        ("CSTĐ cấp tỉnh mới 1 lần thì lên CSTĐ toàn quốc được không", "02 lần"),
        ("chi ay dat CSTD tinh 1 lan, xet CSTD toan quoc dc k", "02 lần"),
        ("chiến sĩ thi đua cấp tỉnh 1 lần → chiến sĩ thi đua toàn quốc có được k", "02 lần"),
    ],
)
def test_a_short_run_toward_the_higher_title(
    officer_kb: KnowledgeBase, question: str, needed: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert f"chưa đủ {needed} liên tục" in text, text
    # the held title's own years rule does not answer first
    assert "Không cần năm liên tục" not in text.split("\n\n")[0], text
