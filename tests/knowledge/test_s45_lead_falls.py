"""Stop 44's tuning falls the lead mended at the start of stop 45.

A run told short of the count it names ("chưa đủ CSTĐCS 3 lần liên tục") bars the title that
needs the run (Luật 2022 Điều 22 khoản 1 điểm a), so the province's refusal of it is right. A
run listed year by year ("CSTĐCS 2023, 2024, rồi 2025 chỉ LĐTT, 2026 lại CSTĐCS") is broken by
the other title's year, and the year listed first is no year "before" a later run. A district's
decision signed before 01/7/2025 with its prize claimed is the premise of the prize's yes/no
(NĐ 152/2025 Điều 50: the prize on the decision's date, lương cơ sở 2.340.000 đ from 01/7/2024).
Controls: a run told long enough, a run told by its count, h422's typo-year run and h219's
district decision asked as such.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_keyed
from tests.knowledge.officer_eval import leading_verdicts


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    return officer_kb


CASES = [
    # a run told short (b84)
    (
        "ho so de nghi CSTD tinh cua e bi tra vi chua du CSTDCS 3 lan lien tuc, tinh tra vay "
        "la dung phai k",
        ["Có.", "03 lần"],
    ),
    ("e chua du CSTDCS 3 lan lien tuc, co dc de nghi CSTD tinh k", ["Không.", "03 lần"]),
    (
        "Chị ấy chưa đủ 3 lần chiến sĩ thi đua cơ sở liên tục thì có được đề nghị CSTĐ cấp "
        "tỉnh không?",
        ["Không."],
    ),
    ("k du 3 lan CSTDCS lien tuc thi co len CSTD tinh dc ko", ["Không."]),
    ("CSTDCS 2 nam lien co len CSTD tinh dc k", ["Không.", "2 năm liên tục"]),
    # a run listed and broken (b97)
    (
        "bac si e CSTDCS 2023, 2024, roi 2025 chi LDTT, 2026 lai CSTDCS, nghe noi cong don du "
        "3 lan de len CSTD tinh, dung k",
        ["Không.", "2 năm liên tục"],
    ),
    (
        "anh ay CSTDCS 2022, 2023, nam 2024 chi LDTT, 2025 lai CSTDCS, vay du 3 lan lien tuc de "
        "len CSTD tinh chua",
        ["Không."],
    ),
    (
        "Cô giáo đạt CSTĐCS năm 2023, 2024; năm 2025 chỉ đạt LĐTT; năm 2026 lại đạt CSTĐCS. Có "
        "người bảo cộng dồn đủ 3 lần để đề nghị CSTĐ tỉnh, đúng không?",
        ["Không."],
    ),
    # a district's decision before the reform, its prize claimed (b88)
    (
        "QD GK cua chu tich UBND huyen ky thang 12/2024 cho ca nhan thi thuong 710 nghin dung k",
        ["Có.", "710.000"],
    ),
    (
        "Giấy khen của Chủ tịch UBND huyện ký tháng 12/2024 cho cá nhân, tiền thưởng 710.000 "
        "đồng có đúng không",
        ["Có.", "710.000"],
    ),
    ("qd gk ca nhan cua ct huyen ky 10/2024, xa chi 710k dung k", ["Có.", "710.000"]),
    (
        "QĐ GK cá nhân của chủ tịch huyện ký 15/3/2025 thì thưởng 760 nghìn đúng k",
        ["Không.", "710.000"],
    ),
    # controls: h219's district decision asked as such
    ("quyết định CSTĐCS ký ngày 20/6/2025 do chủ tịch huyện ký có đúng k", ["Có."]),
]


@pytest.mark.parametrize(("question", "keys"), CASES)
def test_fall_mended(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


def test_run_told_long_enough_not_barred(kb: KnowledgeBase) -> None:
    """ "đủ 3 lần" told met is no run told short."""
    text = ask(kb, "e du 3 lan CSTDCS lien tuc, co dc de nghi CSTD tinh k")
    assert leading_verdicts(text)[:1] != ["Không"], text


def test_typo_year_still_counted(kb: KnowledgeBase) -> None:
    """h422: the title's year told apart before a listed run still lengthens it."""
    text = ask(
        kb,
        "QĐ CSTĐCS 2025 bị đánh máy sai tên, nếu 2026, 2027 em đạt tiếp thì lần 2025 đó có "
        "được tính vào chuỗi không",
    )
    assert leading_verdicts(text)[:1] == ["Có"], text
