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


@pytest.mark.parametrize(
    "question",
    [
        "toi co CSTDCS 2023, 2024 ma 2025 truot, 2026 dat lai co du 3 lan lien tuc len CSTD tinh k",
        "chị Lan CSTĐCS 2023, 2024, 2025 rớt, 2026 lại đạt, tính 3 lần liên tục xét CSTĐ tỉnh k",
        "em CSTĐCS 2022 2023, 2024 trượt, 2025 đạt lại, đủ 3 lần liên tục lên CSTĐ tỉnh không",
        "anh ấy CSTĐCS 2024, 2025, 2026 rớt, 2027 lại được, đủ 3 lần liên tục lên CSTĐ tỉnh chưa",
        "CSTDCS 2021, 2022 roi 2023 rot, 2024 dc lai thi co du 3 lan lien tuc xet CSTD cap tinh ko",
    ],
)
def test_a_failed_year_breaks_the_run(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 22 khoản 1 điểm a counts 03 lần liên tục; a year failed breaks the run
    text = ask_verdict(officer_kb, question, "Không")
    assert "chưa đủ 03 lần liên tục" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("nếu thôn bình xét GĐVH xong sau ngày 25/11 thì có đúng hạn không", "Không"),
        ("to dan pho binh xet gia dinh van hoa xong sau 25/11 co dung quy dinh k", "Không"),
        ("bình xét gia đình văn hóa ở tổ dân phố xong sau ngày 25/11 có kịp hạn không", "Không"),
        ("thôn bình xét GĐVH xong trước ngày 25/11 thì đúng hạn phải không", "Có"),
        ("thon binh xet GDVH xong truoc 25/11 la dung han dung k", "Có"),
    ],
)
def test_the_side_of_a_deadline_told(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    # NĐ 86/2023 Điều 8: the thôn's review is done before 25/11 each year
    text = ask_verdict(officer_kb, question, verdict)
    assert "25/11" in text, text
