"""Stop 44's merge falls: readings one fixer added that took over other sets' questions.

The law's consequence of a cancellation asked ("nếu … khai gian thì QĐ bị hủy và phải thu hồi
tiền thưởng đúng k") is no award put up to be cancelled (Luật 2022 Điều 93: the decision is
cancelled and the prize taken back, "Có."); money "trả về quỹ" is no dossier refused; "đã khen
rồi thì k hủy được, chỉ rút kinh nghiệm thôi" claims the award stands, which the cancelling
rule denies. Controls: task h422's own readings of a cancelling claim and of a refusal.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    return officer_kb


CASES = [
    # b155, b93: the cancellation's consequence asked (Luật 2022 Điều 93 khoản 2, 8)
    ("Hủy quyết định khen thưởng thì phải thu hồi cả tiền thưởng đúng không", ["Có.", "thu hồi"]),
    (
        "neu phat hien nguoi dc CSTDCS khai gian thanh tich thi QD bi huy va phai thu hoi tien "
        "thuong dung k, ai co quyen ky huy",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    (
        "Nếu hội đồng xét sai quy định, đề nghị trái pháp luật thì quyết định khen cũng bị hủy "
        "và phải thu hồi tiền thưởng đúng không?",
        ["Có."],
    ),
    ("khi qd khen bi huy thi phai thu hoi ca giay khen va tien thuong dung k a", ["Có."]),
    ("qd LDTT bi huy roi thi tien thuong cung phai nop lai phai k", ["Có."]),
    # b70: tax money "trả về quỹ" is no dossier returned (Luật Thuế TNCN: no tax on the prize)
    (
        "nam nay e dc CSTDCS, ke toan bao tien thuong phai tru thue TNCN 10% va tra ve quy, c "
        "van phong bao k phai chiu thue. vay ke toan noi dung k, va e dc bao nhieu tien neu "
        "quyet dinh ky thang 12",
        ["Không."],
    ),
    # b154: an award claimed to stand whatever is found
    ("nghe noi da khen roi thi k huy dc, chi rut kinh nghiem thoi, dung k", ["Không."]),
    ("da co qd khen thi khong huy duoc nua, chi rut kinh nghiem, dung khong", ["Không."]),
]


@pytest.mark.parametrize(("question", "keys"), CASES)
def test_merge_fall_mended(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
