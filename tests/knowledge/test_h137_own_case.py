"""An officer's own case asked yes/no (task h137, own-case set yesno_tuning6). Wordings of our
own, none from a set:

- a decision dated by a bare month ("qđ 11/2025") or signed after the review month picks the
  base in force on the day it was signed (NĐ 152/2025 Điều 50; lương cơ sở 2.340.000 đ until
  30/6/2026, 2.530.000 đ from 01/7/2026), and a sum told as paid for a dated decision is judged;
- the head of a provincial department, the Sở Nội vụ too, gives LĐTT, CSTĐCS, TTLĐTT and giấy
  khen to its own staff (Luật 2022 Điều 80 khoản 1), and no more;
- a standard the province details on the national frame (NĐ 86/2023 for Gia đình văn hóa) is
  confirmed when the claim says so;
- a prize is paid from the fund of the level that decides (NĐ 152/2025), whichever fund the
  letter names.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "amount"),
    [
        ("ldtt cua chi Hoa qd 11/2025 thi duoc 710.000 phai ko", "Có", "710.000"),
        ("tập thể lđtt của trường tiểu học qđ 11/2025 được 1.880.000 đúng ko", "Có", "1.880.000"),
        (
            "LĐTT bình xét tháng 5/2026 nhưng qđ ký 3/7/2026 thì thưởng 760.000 đúng k",
            "Có",
            "760.000",
        ),
        (
            "quyet dinh cstdcs cua em ky 05/3/2026, ke toan chi 2.530.000 dung ko",
            "Không",
            "2.340.000",
        ),
    ],
)
def test_decision_date_picks_the_base(
    officer_kb: KnowledgeBase, question: str, verdict: str, amount: str
) -> None:
    assert amount in ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("gd so noi vu ky qd lao dong tien tien cho vien chuc cua so duoc ko", "Có"),
        ("giám đốc sở nội vụ tặng giấy khen cho cán bộ trong sở được không", "Có"),
        # the Sở Nội vụ still signs none of the province's own awards
        ("bằng khen của chủ tịch tỉnh là do sở nội vụ ký phải không", "Không"),
    ],
)
def test_department_gives_its_own_staff(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Điều 80" in text or "Sở Nội vụ" in text


def test_province_details_the_family_standard(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "tiêu chuẩn gia đình văn hóa là ubnd tỉnh quy định chi tiết phải ko", "Có"
    )
    assert "UBND tỉnh quy định chi tiết" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("giay khen xa chi tien thuong tu quy thi dua khen thuong cua tinh a", "Không"),
        ("tien thuong giay khen cua chu tich xa lay tu quy tdkt cap xa dung ko", "Có"),
    ],
)
def test_fund_named_against_the_deciding_level(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    assert "quỹ" in ask_verdict(officer_kb, question, verdict)
