"""Task h195: a claimed percentage picks the entity whose fact states it.

"Quỹ thi đua của xã chỉ được trích 1% … không đủ thưởng cho các thôn văn hóa. Xã miền núi có
đúng là chỉ 1% không": the limit claimed is the fund's (NĐ 152/2025/NĐ-CP Điều 46 khoản 3:
1,0 % of the xã's regular spending in the plains, 1,5 % in mountain, midland, remote areas), not
a cap of the title told last (titles have no national cap: Luật 2022 Điều 5 khoản 2).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Kế toán bảo quỹ thi đua khen thưởng xã chỉ trích được 1% chi thường xuyên nên không đủ"
        " thưởng cho các gia đình văn hóa. Xã vùng cao có phải chỉ 1% không",
        "xa toi o trung du, quy thi dua khen thuong xa dung de thuong cho cac ho gia dinh van"
        " hoa. ong ke toan bao quy chi dc 1%. xa trung du co phai chi 1% k",
        "Quỹ TĐKT của xã em tối đa 1% thôi, nên thưởng LĐTT cho anh em ít. Xã miền núi mà chỉ"
        " được 1% thôi, có đúng vậy không",
        "xa e mien nui, quy thi dua xa trich 1% chi thuong xuyen, k du thuong thon van hoa. xa"
        " mien nui dung la toi da 1% ko",
        "Chị kế toán nói quỹ thi đua xã chỉ được 1% ngân sách chi thường xuyên nên thưởng"
        " tập thể lao động tiên tiến ít. Xã hải đảo chỉ 1% có đúng không",
        "xa vung cao, chu tich muon trich quy thi dua 2% chi thuong xuyen de thuong cac thon van"
        " hoa cho du. vay trich 2% co dung quy dinh ko",
    ],
)
def test_fund_limit_in_mountains(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "1,5 %" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Phường tôi ở đồng bằng, quỹ thi đua khen thưởng để chi thưởng lao động tiên tiến."
        " Phường đồng bằng tối đa 1% đúng không",
        "xa dong bang, quy thi dua dung thuong gia dinh van hoa. xa dong bang toi da 1% phai k",
    ],
)
def test_fund_limit_in_plains(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "1,0 %" in text.split("\n\n")[0], text
