"""Task h194: the xã claimed to have lost, or to hold only part of, its power over its own
titles ("xã không còn quyền tặng CSTĐCS nữa, phải trình tỉnh", "xã chỉ được tặng LĐTT với giấy
khen thôi"): "Không." — since 01/7/2025 the xã chairman decides LĐTT, CSTĐCS, TTLĐTT, thôn, tổ dân
phố văn hóa, gia đình văn hóa and giấy khen (NĐ 129/2025/NĐ-CP Điều 59; Luật 2022 Điều 80).
Questions of our own wording, none from a question set.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi xa ko con quyen ky CSTDCS nua, phai gui len tinh dung k",
        "phường không còn quyền công nhận gia đình văn hóa nữa, phải gửi lên tỉnh, đúng ko",
        "UBND xã k còn được xét tập thể lao động tiên tiến nữa phải không",
        "chị kế toán bảo xa khong con duoc tang lao dong tien tien nua, dung ko a",
        "nghe nói từ năm nay xã chỉ được công nhận thôn văn hóa thôi, CSTĐCS vẫn phải trình lên"
        " tỉnh, có đúng không",
        "xã chỉ được tặng LĐTT với giấy khen thôi đúng không",
    ],
)
def test_xa_keeps_its_titles(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã quyết định" in text, text
    assert "Chiến sĩ thi đua cơ sở" in text, text
