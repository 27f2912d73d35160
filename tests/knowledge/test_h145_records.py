"""Task h145: an officer's own record and figures checked against the rule, not taken as told.
Wordings of our own, none from a set; with and without diacritics where the reader reads
folded words."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chị Mai đạt CSTĐCS năm 2022 và 2024, còn năm 2023 chỉ được LĐTT, như vậy có tính là 3 "
        "lần liên tục để xét CSTĐ tỉnh không",
        "anh Hung nam 2023 duoc CSTDCS, 2024 cung duoc, nam 2025 nghi phep dai nen chi dat LDTT, "
        "nam 2026 co sang kien. Het 2026 anh co du 3 lan CSTDCS lien tuc de xet CSTD tinh khong",
    ],
)
def test_year_with_only_a_lower_title_breaks_the_run(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # Luật 2022 Điều 22 khoản 1 điểm a: 03 lần liên tục CSTĐCS; a year of LĐTT alone is none
    text = ask_verdict(officer_kb, question, "Không")
    assert "03 lần liên tục" in text


@pytest.mark.parametrize(
    "question",
    [
        "cô Lan đạt CSTĐCS các năm 2023, 2024 và năm nay 2025, có sáng kiến áp dụng trong toàn "
        "tỉnh, vậy cô đủ điều kiện CSTĐ tỉnh chưa",
        "co Lan dat CSTDCS cac nam 2023, nam 2024 va nam 2025, sang kien ap dung trong toan "
        "tinh, co du dieu kien CSTD tinh khong",
    ],
)
def test_years_listed_with_nam_nay_count_in_full(officer_kb: KnowledgeBase, question: str) -> None:
    # "năm" / "năm nay" before a listed year does not cut the list: three years in a row
    text = ask_verdict(officer_kb, question, "Có")
    assert "chưa đủ" not in text


def test_years_signed_by_another_hold_the_same_title(officer_kb: KnowledgeBase) -> None:
    # a district's decision before 01/7/2025 counts (Luật 2022 Điều 80 khoản 2, Điều 22)
    question = (
        "năm 2023 em được CSTĐCS do chủ tịch UBND huyện ký, năm 2024 và 2025 do chủ tịch UBND xã "
        "ký. Sáng kiến của em áp dụng toàn tỉnh. Năm 2026 em có đủ điều kiện CSTĐ tỉnh không"
    )
    text = ask_verdict(officer_kb, question, "Có")
    assert "chưa đủ" not in text


@pytest.mark.parametrize(
    "question",
    [
        "năm 2024 tôi được CSTĐCS do chủ tịch huyện ký, giờ có người nói quyết định đó không còn "
        "giá trị, phải tính lại từ đầu, đúng không",
        "CSTDCS 2024 do huyen ky nay ko con gia tri nen phai dem lai tu nam 2025 dung k",
    ],
)
def test_district_award_said_void_is_denied(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "giữ nguyên giá trị" in text


@pytest.mark.parametrize(
    "question",
    [
        "tổ dân phố niêm yết danh sách gia đình văn hóa 7 ngày rồi nộp lên xã được không",
        "thon minh niem yet danh sach gdvh 4 ngay roi trinh xa duoc ko",
    ],
)
def test_days_posted_short_of_the_rule(officer_kb: KnowledgeBase, question: str) -> None:
    # NĐ 86/2023 Điều 8: niêm yết, lấy ý kiến 10 ngày before the dossier goes to the xã
    text = ask_verdict(officer_kb, question, "Không")
    assert "10 ngày" in text
