"""Task h223 (stop 33): an either-or part followed by a yes/no ("… xã tự quyết hay vẫn phải
trình tỉnh, chủ tịch xã ký được k"): the either-or block answers where the file goes without a
verdict of its own; the yes/no asked after it gives the answer's first verdict.

NĐ 129/2025/NĐ-CP Điều 59 and Luật 2022 Điều 80: the xã chairman decides LĐTT, CSTĐCS,
TTLĐTT, giấy khen and thôn văn hóa; Điều 79: the province's chairman decides Bằng khen.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "cstđcs bây giờ phường tự quyết định hay vẫn phải trình tỉnh, chủ tịch phường ký dc k",
            "Có",
        ),
        ("giay khen xa tu quyet hay phai trinh len tren, chu tich xa co ky duoc k", "Có"),
        ("TTLĐTT nộp ở xã hay gửi tỉnh, chủ tịch xã có quyền ký không", "Có"),
        ("tap the lao dong tien tien nop o phuong hay gui len so, chu tich phuong ky dc ko", "Có"),
        ("bằng khen tỉnh xã tự quyết hay phải trình tỉnh, chủ tịch xã ký được không", "Không"),
        (
            "CSTĐCS giờ xã tự quyết hay vẫn trình lên trên, chủ tịch xã ký được chứ",
            "Có",
        ),
    ],
)
def test_the_yes_no_after_a_choice_gives_the_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Chủ tịch UBND" in text, text
