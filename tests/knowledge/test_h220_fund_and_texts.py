"""Task h220, families 2 and 4: the fund a prize is paid from, a text's year written out, and
the claim that registration is left to the province.

- The prize is paid from the Quỹ thi đua, khen thưởng of the level that decides (NĐ 152/2025/NĐ-CP
  Điều 46): "chị văn phòng bảo quỹ thi đua khen thưởng", "lấy từ quỹ TĐKT chứ gì", "chẳng phải từ
  quỹ thi đua xã sao" claim that fund ("Có."); a fund kept for another purpose is "Không.".
- "NĐ 86 năm 2023" is the text 86/2023, asked as the one governing the title ("Có.").
- "tùy quy chế tỉnh" claimed of registration: the law does not require it and the provinces may
  (Luật 2022 Điều 3; the fact's "Không bắt buộc theo luật … tỉnh …"), so the claim is "Có.".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "tien thuong thi dua phuong chi tu dau, anh to chuc bao tu quy luong, chi ke toan bao quy"
        " thi dua khen thuong, chi ke toan noi dung k",
        "tiền thưởng CSTĐCS lấy từ quỹ thi đua khen thưởng phải không",
        "tien thuong giay khen xa chang phai chi tu quy thi dua sao",
        "tien thuong LDTT lay tu quy TDKT chu gi",
        "Tiền thưởng thôn văn hóa chi từ quỹ thi đua, khen thưởng của xã đúng không ạ",
    ],
)
def test_tdkt_fund_claimed_pays(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "quỹ thi đua, khen thưởng" in text, text


@pytest.mark.parametrize(
    "question",
    ["tien thuong LDTT chi tu quy luong dung k", "tien thuong bang khen tinh lay tu quy cua xa a"],
)
def test_other_fund_claimed_does_not_pay(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "NĐ 86 năm 2023 có phải quy định gia đình văn hóa không",
        "nghi dinh 86 nam 2023 co phai quy dinh thon van hoa k",
        "Nghị định số 152 năm 2025 có phải quy định tiền thưởng LĐTT không",
        "gio GDVH van theo ND 86 nam 2023 dung k",
        "nd 86 nam 2023 co phai quy dinh ve gia dinh van hoa ko a",
    ],
)
def test_text_year_written_out(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "phuong e bat dang ky thi dua truoc 15/3, anh to chuc noi luat bat buoc, chi ke toan noi"
        " tuy quy che cua tinh, vay chi ke toan noi dung k",
        "Xã em bắt đăng ký thi đua, trưởng phòng bảo luật bắt buộc, chị văn hóa bảo tùy theo quy"
        " chế từng tỉnh, vậy chị văn hóa nói đúng không",
        "xa e bat dang ky thi dua truoc 20/3, chu tich bao luat bat buoc, a noi vu bao tuy quy dinh"
        " cua tinh, vay a noi vu noi dung k",
    ],
)
def test_registration_left_to_province(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


def test_registration_claimed_required_by_law(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "dang ky thi dua co bat buoc theo luat k", "Không")


@pytest.mark.parametrize(
    ("question", "verdict", "share"),
    [
        (
            "xã miền núi, dự toán chi thường xuyên 30 tỷ, chủ tịch lập quỹ thi đua khen thưởng 400"
            " triệu, có vượt mức tối đa không",
            "Không",
            "1,33 %",
        ),
        (
            "xa mien nui chi thuong xuyen 40 ty, lap quy thi dua 500 trieu co vuot muc toi da k",
            "Không",
            "1,25 %",
        ),
        (
            "xã vùng sâu, chi thường xuyên năm nay 10 tỷ, quỹ TĐKT 200 triệu có vượt mức tối đa"
            " không ạ",
            "Có",
            "2 %",
        ),
        (
            "xa o tinh dong bang, du toan chi thuong xuyen 25 ty, quy thi dua 300 trieu thi co vuot"
            " muc toi da khong",
            "Có",
            "1,2 %",
        ),
        (
            "phường em ở tỉnh đồng bằng, tổng chi thường xuyên 50 tỷ, định lập quỹ TĐKT 450 triệu,"
            " như vậy có vượt mức tối đa không",
            "Không",
            "0,9 %",
        ),
    ],
)
def test_fund_share_against_cap(
    officer_kb: KnowledgeBase, question: str, verdict: str, share: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert share in text, text
