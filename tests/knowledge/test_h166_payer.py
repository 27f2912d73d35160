"""Task h166 (stop 31): who pays a prize, read at every level and in every order. The prize is paid
from the fund of the level that decides the title (NĐ 152/2025/NĐ-CP; domain.md "Prize money");
there is no district level since 01/7/2025 and a school has no fund of its own, so a payer claimed
at either is wrong; the xã, phường and đặc khu are one level (NĐ 129/2025/NĐ-CP Điều 59). Who pays
is answered beside the amount when both are asked. Wordings are our own, none from a question set.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.asked import payer_claimed
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a school or a district claimed to pay: neither decides any title now
        ("tien thuong lao dong tien tien cua truong tieu hoc thi truong tu chi phai k", "Không"),
        ("nghe noi tien thuong giay khen xa van do ngan sach quan chi, dung khong", "Không"),
        # the province's budget claimed for a prize the xã's chairman decides
        ("giấy khen của chủ tịch xã thì ngân sách tỉnh cấp tiền thưởng phải không", "Không"),
        # a phường is the commune level: its chairman decides giấy khen, its fund pays
        ("tien thuong giay khen cua chu tich phuong do phuong tu chi dung ko", "Có"),
        ("tien thuong cstd tinh do phuong phai tu chi a", "Không"),
        # the fund named, the title told as what was won
        ("khen dot xuat cho nguoi dan bat trom thi lay tien tu quy thi dua cua xa dung k", "Có"),
        # the general rule claimed, no level named
        ("cấp ra quyết định khen thì cấp ấy chi thưởng từ quỹ thi đua của mình phải không", "Có"),
    ],
)
def test_payer_at_any_level(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "quỹ thi đua" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "amount"),
    [
        # the amount asked beside a wrong payer: the payer's verdict leads, the amount follows
        (
            "nghe noi bang khen tinh do tinh quyet dinh ma tien thuong xa phai tu chi, co dung k,"
            " thuong bn",
            "Không",
            "đồng",
        ),
        # a figure put up beside a right payer: both are confirmed
        ("cstd tinh duoc thuong 7.590.000 va do quy cua tinh chi phai khong", "Có", "7.590.000"),
    ],
)
def test_payer_beside_amount(
    officer_kb: KnowledgeBase, question: str, verdict: str, amount: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "quỹ thi đua" in text and amount in text, text


@pytest.mark.parametrize(
    "question",
    [
        "co thi dua tinh thuong bn, tinh hay xa chi",
        "năm nay trường có 12 người LĐTT, thưởng mỗi người bao nhiêu và trường tự chi hay xã chi",
        "cờ thi đua tỉnh thưởng bao nhiêu, vậy ai chi mới đúng",
    ],
)
def test_payer_asked_beside_amount(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Ai chi tiền thưởng" in text and "đồng" in text, text


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("nghe noi co thi dua tinh chi tang co thoi", None),  # chỉ = only
        ("xa chi hoi phu nu de nghi giay khen", None),  # a branch, not a payment
        ("do tinh hay phuong chi", "xa"),
        ("huyen van giu quy thi dua de chi thuong", "huyen"),
        ("ngan sach tinh cap rieng", "tinh"),
    ],
)
def test_payer_reader(question: str, level: str | None) -> None:
    assert payer_claimed(question) == level


@pytest.mark.parametrize(
    "question",
    [
        "chi van phong bao giay khen xa nam nay van tinh theo luong co so cu, dung khong",
        "thủ quỹ nói LĐTT năm nay vẫn phải tính mức lương cơ sở cũ có đúng không",
    ],
)
def test_colleague_says_old_base(officer_kb: KnowledgeBase, question: str) -> None:
    # a colleague's saying is judged like hearsay: the base in force on the decision date
    # applies (NĐ 152/2025/NĐ-CP; domain.md "Prize money"), not the old one
    text = ask_verdict(officer_kb, question, "Không")
    assert "2.530.000" in text, text


def test_payer_alternative_has_no_yes(officer_kb: KnowledgeBase) -> None:
    # "xã chi hay tỉnh chi" beside an amount asks who pays: no "Có." for either level
    text = ask(officer_kb, "xa duoc xa tieu bieu, thuong bao nhieu va xa chi hay tinh chi a")
    assert "Ai chi tiền thưởng" in text and not text.split("\n")[1].startswith("Có."), text
    assert payer_claimed("quy xa chi lay tu ngan sach") is None  # chỉ lấy = only takes
