"""Task h276 (stop 36): money claims judged on the decision's date, the base and the fund's share.

A prize is a coefficient × the mức lương cơ sở in force on the day the decision is signed,
rounded up to tens of thousands (NĐ 152/2025/NĐ-CP Điều 50; domain.md); so a sum put up is
judged against the amount on that day, not any figure the block shows for another date, and
"lương cơ sở mới" claimed of a decision signed before 01/7/2026 is wrong. Another salary named
as the base (tối thiểu vùng, cơ bản, hệ số lương) is wrong. The xã fund's cap is 1,0 % in the
plains and 1,5 % in mountain and remote areas (Điều 46 khoản 3): each share claimed is judged
against the region named with it, and a fund claimed uncapped is wrong. When a sum is right but
the level claimed to pay it is not, who pays opens the answer.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "kế toán nói CSTĐCS quyết định tháng 12/2026 được 1,0 lần lương cơ sở là "
            "2.340.000, có đúng không",
            "Không",
            "2.530.000",
        ),
        ("ttldtt qd ky 20/12/2026 thi duoc 0,8 lan lcs la 1.872.000 phai k", "Không", "2.030.000"),
        (
            "Giấy khen cá nhân QĐ ký tháng 11/2026, 0,3 lần lương cơ sở là 702.000 đồng đúng "
            "không ạ",
            "Không",
            "760.000",
        ),
        (
            "LĐTT quyết định ký tháng 4/2026, chị kế toán bảo được 760.000 theo lương mới, đúng "
            "không",
            "Không",
            "710.000",
        ),
        (
            "QD CSTDCS ky thang 5/2026 ma tien thuong tinh theo luong moi dung k ad",
            "Không",
            "2.340.000",
        ),
        (
            "quyết định TTLĐXS ký ngày 20/6/2026, nghe nói tính theo lương cơ sở mới từ 01/7/2026 "
            "phải không",
            "Không",
            "3.510.000",
        ),
        (
            "QĐ LĐTT ký 10/9/2026 nhưng xã vẫn chi theo 2.340.000 vì chưa có hướng dẫn về lương "
            "cơ sở mới, vậy có đúng không",
            "Không",
            "760.000",
        ),
    ],
)
def test_sum_and_base_judged_on_the_decision_date(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text


@pytest.mark.parametrize(
    "question",
    [
        "tiền thưởng CSTĐCS tính trên lương cơ bản đúng không",
        "tien thuong TTLDTT nhan voi muc luong toi thieu vung phai k",
        "co phai thuong giay khen tinh theo luong toi thieu vung k ad",
        "Kế toán bảo tiền thưởng thôn văn hóa căn cứ vào lương cơ bản, đúng không ạ",
        "thuong LDTT nhan voi luong co ban dung ko",
    ],
)
def test_another_salary_as_base_is_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "nhân với mức lương cơ sở" in text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "quỹ thi đua khen thưởng xã miền núi tối đa 1,5% còn xã đồng bằng tối đa 1% phải không",
            "Có",
        ),
        ("xa dong bang trich quy tdkt toi da 1,0%, xa mien nui 1,5% dung ko ad", "Có"),
        ("quy TDKT xa vung cao toi da 1,0% con xa dong bang 1,5% dung k", "Không"),
        ("quỹ TĐKT của xã đồng bằng được trích tối đa 1,5% chi thường xuyên đúng không", "Không"),
        ("nghe noi quy thi dua xa k gioi han, muon trich bn cung dc dung k", "Không"),
        ("Quỹ thi đua của xã tôi không có mức tối đa phải không ạ", "Không"),
    ],
)
def test_fund_share_by_region(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "1,5 %" in text and "1,0 %" in text


@pytest.mark.parametrize(
    "question",
    [
        "CSTD tinh thuong 7.590.000 va xa phai tu chi tu quy thi dua xa phai k",
        "GV trường THCS được CSTĐ tỉnh, xã phải chi 7.590.000 từ quỹ thi đua của xã đúng không",
        "cstd tinh cho can bo xa thi xa phai chi 7,59 trieu tu quy cua xa dung k",
        "TTLĐXS tỉnh tặng cho trường, thưởng 3.800.000 thì xã chi phải không",
        "chiến sĩ thi đua tỉnh của anh trưởng công an xã, tiền thưởng 7.590.000 do ngân sách xã "
        "chi đúng không",
    ],
)
def test_wrong_payer_beside_right_sum_leads(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert text.startswith("**Ai chi tiền thưởng**")
    assert "quỹ của tỉnh" in text
