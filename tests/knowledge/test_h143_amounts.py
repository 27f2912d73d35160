"""A prize worked out in a letter ("8,0 lần lương cơ sở là 18.720.000") is the prize, not a base
salary claimed (task h143, long-letter set yesno_tuning8). Wordings of our own, none from a set:
the sum after "N lần lương cơ sở là / bằng" is the coefficient times the base, so it is judged as
the prize (NĐ 152/2025 Điều 50: cờ thi đua tỉnh 8,0, LĐTT 0,3 lần mức lương cơ sở on the decision
date, 2.340.000 đ until 30/6/2026); a base told bare after the multiple ("0,3 lần lương cơ sở
2.340.000") is still the base, and a wrong one is still said so.
"""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


def test_worked_out_prize_is_no_base_claimed(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "Chào anh, em là kế toán phường Đông Ngạc. Cờ thi đua của tỉnh cho phường có quyết định "
        "ký ngày 12/3/2026, em tính 8,0 lần lương cơ sở là 18.720.000 đồng. Cờ thi đua tỉnh "
        "thưởng 8,0 lần lương cơ sở là đúng không anh?",
        "Có",
    )
    assert "18.720.000" in text and "không phải 18.720.000" not in text


def test_base_told_after_the_multiple_is_still_judged(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "Chào anh, quyết định LĐTT của phường ký ngày 14/9/2026, em tính 0,3 lần lương cơ sở "
        "2.340.000 thành 710.000 đồng mỗi người. Vậy mỗi người 710.000 đồng là đúng không anh?",
        "Không",
    )
    assert "760.000" in text


def test_right_coefficient_with_a_wrong_sum_is_wrong(officer_kb: KnowledgeBase) -> None:
    # 2,0 × 2.530.000 = 5.060.000 for a decision of 20/9/2026: the old base's 4.680.000 is wrong
    text = ask_verdict(
        officer_kb,
        "Chào anh, chủ tịch tỉnh ký quyết định xã tiêu biểu cho phường em ngày 20/9/2026. Kế toán "
        "tính 2,0 lần lương cơ sở là 4.680.000 đồng. Vậy phường em nhận 4.680.000 đồng đúng không?",
        "Không",
    )
    assert "5.060.000" in text


def test_sum_of_the_closing_ask_is_the_claim(officer_kb: KnowledgeBase) -> None:
    # the story's unrounded 702.000 is the working; the ask claims 710.000 (0,3 × 2.340.000
    # rounded up to 10.000 đ, decision of 10/02/2026)
    text = ask_verdict(
        officer_kb,
        "Chào anh, quyết định LĐTT của phường ký ngày 10/02/2026. Em tính 0,3 lần lương cơ sở là "
        "702.000 đồng mỗi người. Vậy mỗi người được 710.000 đồng đúng không anh?",
        "Có",
    )
    assert "710.000" in text
