"""Task h212: a rule told in a letter's story about what its closing wh-question asks.

"… trưởng phòng bảo chi theo lương cơ sở mới vì chi sau 1/7. Vậy mỗi người nhận bao nhiêu": the
saying is what the asker doubts, so it is judged ("Không." / "Có.") before the question is
answered. The prize counts on the lương cơ sở of the day the decision is signed (NĐ 152/2025
Điều 50; NĐ 73/2024); who decides: Chủ tịch UBND xã (Luật 2022 Điều 80 khoản 3, NĐ 129/2025
Điều 59), a firm's director for its staff (Điều 80 khoản 4). A saying about something else
gets no verdict.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "thon em dat thon van hoa, anh pho chu tich bao phai gui tinh de chu tich tinh cong "
            "nhan. vay ai cong nhan",
            "Không",
            "Chủ tịch UBND xã",
        ),
        (
            "Trường em có 3 cô đạt CSTĐCS, quyết định ký ngày 20/6/2026. Kế toán bảo tính theo "
            "lương cơ sở mới vì chi tiền tháng 9. Vậy mỗi cô được bao nhiêu?",
            "Không",
            "2.340.000",
        ),
        (
            "cong ty may tren dia ban muon tang CSTDCS cho cong nhan, chi van phong noi phai "
            "trinh chu tich xa quyet dinh. vay ai co tham quyen quyet dinh",
            "Không",
            "Giám đốc",
        ),
        (
            "Nhà em được đề nghị Gia đình văn hóa. Bác trưởng thôn bảo trưởng thôn ký công nhận "
            "luôn. Vậy ai ký?",
            "Không",
            "không có thẩm quyền",
        ),
        (
            "xa em de nghi LDTT cho 10 nguoi. a van phong noi chu tich tinh ky. vay ai ky quyet "
            "dinh",
            "Không",
            "Chủ tịch UBND xã",
        ),
        (
            "xa em tang LDTT cho 10 nguoi. chi ke toan bao LDTT thuong 0,3 lan luong co so. vay "
            "moi nguoi duoc bao nhieu",
            "Có",
            "0,3 lần",
        ),
    ],
)
def test_saying_on_asked_attribute_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text


def test_saying_on_other_attribute_not_judged(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "Xã em tặng LĐTT cho 8 người. Chị kế toán bảo LĐTT thưởng 0,3 lần lương cơ sở. Vậy ai "
        "ký quyết định?",
    )
    assert "Chủ tịch UBND xã" in text
    assert not leading_verdicts(text.split("\n\n")[0])


def test_closing_yesno_keeps_own_case(officer_kb: KnowledgeBase) -> None:
    """A closing yes/no asks of the asker's own case: the saying stays set aside (5 of 8 is
    more than 50 %: Luật 2022 Điều 28)."""
    ask_verdict(
        officer_kb,
        "Tổ em 8 người, 5 người đạt LĐTT. Chị văn phòng bảo phải trên 70% mới được. Vậy tổ em "
        "có đủ tỷ lệ đề nghị TTLĐTT không?",
        "Có",
    )
