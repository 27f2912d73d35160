"""Task h194: who pays a prize and where the commune's fund gets its money.

- A fund kept for another purpose named as paying the prize ("lấy từ quỹ khuyến học", "trích
  quỹ phúc lợi"): "Không." — the prize is paid from the Quỹ thi đua, khen thưởng of the level
  that decides (NĐ 152/2025/NĐ-CP); the xã's own fund named ("quỹ thi đua của phường") is right.
- The fund's other sources asked ("ngoài ngân sách còn nguồn nào không"): "Có." — gifts of
  organisations and persons are added to the budget share (NĐ 152/2025 Điều 46 khoản 3).
Questions of our own wording, none from a question set.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.asked import payer_claimed
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Tiền thưởng LĐTT của công chức xã chi từ quỹ phúc lợi phải không",
        "thôn văn hóa được thưởng, kế toán trích quỹ vì người nghèo ra trả có đúng không",
        "CSTDCS thuong bn, xa lay quy khuyen hoc chi dc k",
        "nghe bảo tiền thưởng giấy khen chủ tịch phường lấy từ quỹ khuyến học, đúng không ạ",
        "tap the lao dong tien tien cua truong thuong tien lay tu quy cong doan phai k",
        "tien thuong giay khen ho gia dinh cua xa chi bang quy den on dap nghia dung ko",
    ],
)
def test_another_fund_does_not_pay(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "quỹ thi đua, khen thưởng" in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "tiền thưởng giấy khen chủ tịch phường lấy từ quỹ thi đua khen thưởng của phường đúng k",
        "LDTT o xa thi tien thuong chi tu quy tdkt cua xa phai k",
    ],
)
def test_the_communes_own_fund_pays(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "quỹ khen thưởng của xã ngoài 1% ngân sách còn nguồn nào nữa không ạ",
        "ngoai ngan sach, quy tdkt phuong co them nguon nao k",
        "Quỹ TĐKT của đặc khu ngoài ngân sách trích ra thì còn nguồn nào khác không",
        "ngoài tiền ngân sách, quỹ thi đua xã có được nhận thêm nguồn khác k",
        "quy thi dua cua xa mien nui ngoai phan ngan sach 1,5% co nguon nao khac ko",
    ],
)
def test_the_fund_takes_gifts(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "đóng góp, ủng hộ" in text, text


@pytest.mark.parametrize(
    ("said", "payer"),
    [
        ("ho kinh doanh ung ho quy vi nguoi ngheo 30tr duoc xa khen", None),
        ("cong ty dong gop quy khuyen hoc 50 trieu", None),
        ("tien thuong lay tu quy khuyen hoc", "other"),
        ("quy phuc loi chi tien thuong ldtt", "other"),
        ("ke toan trich quy vi nguoi ngheo ra tra", "other"),
    ],
)
def test_only_a_fund_told_paying_is_a_payer(said: str, payer: str | None) -> None:
    """A gift to another fund ("ủng hộ quỹ vì người nghèo") names no payer of a prize."""
    assert payer_claimed(said) == payer
