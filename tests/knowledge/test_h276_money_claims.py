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
from tests.knowledge.asking import ask, ask_verdict


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


@pytest.mark.parametrize(
    "question",
    [
        "CSTĐ tỉnh thì tỉnh chi tiền thưởng, xã chỉ làm tờ trình thôi đúng không",
        "TTLDXS do tinh chi thuong, xa chi gui ho so len phai k",
        "bang khen tinh thi tinh tra tien, truong chi lap danh sach de nghi thoi dung ko",
        "CSTD tinh thi tinh chi tien thuong, xa chi lam ho so thoi dung k",
        "Tập thể lao động xuất sắc do tỉnh chi thưởng, xã chỉ trình hồ sơ lên, có đúng không",
    ],
)
def test_only_doing_the_papers_is_no_payer(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "quỹ của tỉnh" in text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("giay khen tap the QD thang 3/2026 lam tron thanh 1.400.000 dc k", "Không", "1.410.000"),
        ("LĐTT quyết định ký tháng 12/2026 làm tròn thành 750.000 được không", "Không", "760.000"),
        ("giấy khen hộ gia đình QĐ tháng 3/2026 làm tròn ra 700.000 đúng k", "Không", "710.000"),
        ("qd CSTDCS thang 5/2026 lam tron la 2.340.000 phai k", "Có", "2.340.000"),
        ("thôn văn hóa QĐ ký 20/12/2026 làm tròn thành 3.795.000 được không", "Không", "3.800.000"),
    ],
)
def test_title_sum_rounded_on_the_decision_date(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "làm tròn lên hàng chục nghìn là " + fact in text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("CSTDCS QD ky thang 4 ma ke toan tinh theo luong co so 2.530.000 dung k", "2.340.000"),
        ("LĐTT qđ tháng 10 thì thưởng theo lương cơ sở 2.340.000 phải không ạ", "760.000"),
        ("TTLDXS qd ky thang 6 thi thuong 3.800.000 dung k", "3.510.000"),
        (
            "nghe noi GK tinh theo luong co so moi 2.530.000 vi thang 8 moi chi, qd ky thang 5, "
            "dung k",
            "710.000",
        ),
        (
            "Thôn văn hóa QĐ ký tháng 4 tính theo lương cơ sở mới 2.530.000 đúng không",
            "3.510.000",
        ),
    ],
)
def test_decision_month_without_year(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert fact in text


@pytest.mark.parametrize(
    "question",
    [
        "nhan vien moi tuyen ngay 1/6/2026, den cuoi nam dc hon 6 thang, xet LDTT nam nay dc k, "
        "neu dc thi thuong bn",
        "e duoc tuyen dung tu thang 4/2026, nam nay co duoc LDTT k, thuong bn",
        "chị em vào làm từ ngày 15/5/2026, cuối năm xét LĐTT được không, nếu được thì thưởng "
        "bao nhiêu",
        "Cô ấy được tuyển dụng ngày 2/3/2026, LĐTT năm nay thưởng bao nhiêu",
        "anh mới nhận việc từ 10/4/2026, năm nay đạt LĐTT thì được thưởng bao nhiêu tiền",
    ],
)
def test_hire_date_is_no_decision_date(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "760.000" in text and "710.000" not in text
