"""Task h235 (stop 34): the decision's date read from a letter, and a sum told as paid.

NĐ 152/2025 Điều 49, 50: the prize is a multiple of the lương cơ sở in force on the day the
decision is signed (2.340.000 đ from 01/7/2024, 2.530.000 đ from 01/7/2026); the fund of the
level that decides pays it. A day the decision was signed, told after a bare year, dates it; a
month right after "quyết định / ký" dates it even when the old base is named; "tỉnh chi
5.060.000" tells a sum paid (to be judged), not who pays; "chi sai thật không" asks whether the
sum is wrong.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        (
            "năm 2026 tôi mới biết quyết định tặng LĐTT của tôi ký ngày 20/2/2026, "
            "tiền thưởng bao nhiêu",
            "710.000",
        ),
        (
            "nam 2026 xa moi co quyet dinh giay khen cho ho em, ky ngay 3/3/2026, thuong bao nhieu",
            "710.000",
        ),
        (
            "năm 2026 chủ tịch xã ký quyết định CSTĐCS cho anh tôi vào ngày 5/8/2026, "
            "được thưởng bao nhiêu",
            "2.530.000",
        ),
        (
            "TTLĐTT của trường quyết định tháng 10/2026, kế toán bảo tính theo mức cũ, "
            "vậy thưởng bao nhiêu",
            "2.030.000",
        ),
        (
            "ldtt ky thang 9/2026 ma ke toan tinh theo luong co so cu thi dung ra bao nhieu",
            "760.000",
        ),
    ],
)
def test_the_signed_day_or_month_picks_the_base(
    officer_kb: KnowledgeBase, question: str, amount: str
) -> None:
    text = ask(officer_kb, question)
    wrong = "760.000" if amount == "710.000" else "2.340.000"
    assert amount in text and wrong not in text, text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("xã tiêu biểu quyết định tháng 12/2025, tỉnh chi 5.060.000 có đúng không", "4.680.000"),
        ("TTLDTT quyet dinh thang 9/2026, xa chi 1.880.000 co dung k", "2.030.000"),
        ("giấy khen tập thể ký tháng 8/2026 mà xã chi 1.410.000 có đúng không ạ", "1.520.000"),
        ("LĐTT quyết định tháng 7/2026, xã trả 710.000 đúng không", "760.000"),
        ("cstdcs quyet dinh thang 10/2026 xa chi cho moi nguoi 1.880.000 dung k", "2.530.000"),
    ],
)
def test_a_sum_told_as_paid_is_judged(
    officer_kb: KnowledgeBase, question: str, amount: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert amount in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "quyết định tháng 7/2026, xã chi LĐTT 710.000 là sai phải không",
        "giay khen ca nhan ky thang 8/2026, ke toan chi 710.000, vay chi sai that k",
        "CSTĐCS ký tháng 9/2026 mà thưởng 1.880.000 thì có sai không",
        "ldtt qd thang 11/2026 ke toan tra 710.000 la sai a",
        "tiền thưởng giấy khen tập thể quyết định tháng 8/2026 xã chi 1.410.000 là sai đúng không",
    ],
)
def test_is_it_wrong_is_answered_yes_when_the_sum_is_wrong(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    right = ("760.000", "1.520.000", "2.530.000")
    assert any(r in text.split("\n\n")[0] for r in right), text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        (
            "CSTĐCS quyết định tháng 2/2026 thưởng bao nhiêu, xã chi 2.530.000 có đúng không",
            "2.340.000",
        ),
        ("ttldtt qd thang 10/2026 duoc bn, xa chi 1.880.000 dung k", "2.030.000"),
        ("LĐTT ký tháng 9/2026 được mấy, kế toán xã chi 710.000 có đúng không ạ", "760.000"),
        (
            "giay khen ca nhan quyet dinh thang 1/2026 thuong bn, xa chi 760.000 co dung khong",
            "710.000",
        ),
        ("xã tiêu biểu ký tháng 11/2026 thưởng bao nhiêu, tỉnh chi 4.680.000 đúng k", "5.060.000"),
    ],
)
def test_a_sum_paid_beside_how_much_is_no_payer_claim(
    officer_kb: KnowledgeBase, question: str, amount: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert amount in text.split("\n\n")[0] and "Ai chi" not in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("TTLĐTT quyết định tháng 11/2025 mà xã chi 2.030.000 thì có chi thừa không", "Có"),
        ("ldtt ky thang 8/2026, xa chi 710.000 co chi thieu k", "Có"),
        ("giấy khen cá nhân ký tháng 9/2026, kế toán trả 710.000 có trả thừa không", "Không"),
        ("cstdcs qd thang 3/2026 xa chi 2.530.000 co chi thua khong", "Có"),
        ("LĐTT quyết định tháng 10/2026, xã chi 760.000 có bị thiếu không", "Không"),
    ],
)
def test_too_much_or_too_little_is_weighed(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)
