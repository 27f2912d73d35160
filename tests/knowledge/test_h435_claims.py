"""Task h435: b169 family A, a negated or contrasted saying read as said (issue 11).

"k còn do chủ tịch phường ký nữa mà phải gửi lên tỉnh": the negation only sets aside the old
way; the way put in its place is the claim, and it is wrong (NĐ 129/2025 Điều 59; Luật 2022
Điều 80 khoản 3). "QĐ của huyện cũ k tính vào chuỗi liên tục nữa": a loss claimed of the
district's past decision, which Luật 2022 Điều 22 and Điều 80 khoản 2 (then in force) refute.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, first verdict, facts the answer must hold)
NEGATED = [
    # b169
    (
        "phuong e nghe to chuc noi LDTT nay k con do chu tich UBND phuong ky nua ma phai gui 35"
        " ho so len tinh, dung k",
        "Không",
        ["Chủ tịch UBND xã"],
    ),
    (
        "nam 2024 anh Son CSTDCS do chu tich UBND huyen ky, 2025 va 2026 do chu tich xa ky. nghe"
        " noi QD cua huyen cu k tinh vao chuoi lien tuc nua, dung k",
        "Không",
        ["giữ nguyên giá trị"],
    ),
    # evaluator
    (
        "nghe noi giay khen cho ho gia dinh k con do chu tich xa ky nua, tu nam 2026 chuyen len"
        " tinh ky, dung k a",
        "Không",
        ["Chủ tịch UBND xã"],
    ),
    (
        "van phong bao CSTDCS nam 2023 do huyen ky thi gio k dc tinh de xet CSTD tinh nua, co"
        " dung k",
        "Không",
        ["giữ nguyên giá trị"],
    ),
    # ours
    (
        "nghe nói LĐTT năm nay không còn do chủ tịch xã ký nữa mà phải gửi hồ sơ lên tỉnh, đúng"
        " không",
        "Không",
        ["Chủ tịch UBND xã"],
    ),
    (
        "CSTĐCS năm 2024 do chủ tịch huyện ký giờ không được tính vào 3 lần liên tục nữa, đúng"
        " không ạ",
        "Không",
        ["giữ nguyên giá trị"],
    ),
    (
        "LDTT 2023 do huyen tang ko dc cong don khi xet giay khen nua phai k",
        "Không",
        ["giữ nguyên giá trị"],
    ),
]

#: near wordings whose answer must not change
CONTROLS = [
    ("CSTĐCS 2024 do huyện ký có còn được tính không", "Có", ["giữ nguyên giá trị"]),
    (
        "nghe noi LDTT van do chu tich xa ky, k phai gui len tinh, dung k",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
    (
        "hieu truong bao k dc xet LDTT vi nghi thai san, vay noi co dung k",
        "Không",
        ["thai sản"],
    ),
]

CASES = [
    pytest.param(q, v, facts, id=f"{family}-{i}")
    for family, cases in {"negated": NEGATED, "control": CONTROLS}.items()
    for i, (q, v, facts) in enumerate(cases)
]


@pytest.mark.parametrize(("question", "verdict", "facts"), CASES)
def test_reading(officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    missing = [f for f in facts if not has_fact(text, f)]
    assert not missing, (missing, text)
