"""Task h219 (b70 family 3, part): "căn cứ" asked is the basis, not the dossier.

- "căn cứ vào văn bản nào / căn cứ đâu / căn cứ pháp lý": the title's own legal sources;
- "căn cứ xét tặng … gồm những gì": what a title is weighed on (Luật 2022 Điều 7: phong trào thi
  đua, thành tích, tiêu chuẩn), not the papers.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("LĐTT căn cứ vào văn bản nào", "Điều 24"),
        ("xa tang giay khen cho ho gia dinh thi can cu vao dau", "Điều 75"),
        ("căn cứ pháp lý để xét gia đình văn hóa là văn bản nào", "86/2023"),
        ("chiến sĩ thi đua cơ sở căn cứ theo văn bản nào vậy ạ", "Điều 23"),
        ("danh hieu thon van hoa can cu dau", "86/2023"),
    ],
)
def test_legal_basis_asked(officer_kb: KnowledgeBase, question: str, source: str) -> None:
    text = ask(officer_kb, question)
    first = text.split("\n\n")[0]
    assert "Điều quy định" in first and source in first, text


@pytest.mark.parametrize(
    "question",
    [
        "căn cứ xét tặng danh hiệu thi đua gồm những gì, có cần đăng ký thi đua không",
        "can cu de xet danh hieu thi dua la gi, dang ky thi dua co bat buoc k",
        "Căn cứ xét khen thưởng gồm những gì? Đăng ký thi đua có còn là căn cứ không",
    ],
)
def test_grounds_of_a_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    first = text.split("\n\n")[0]
    assert "phong trào thi đua" in first and "tiêu chuẩn" in first, text
    assert "Hồ sơ" not in first.split("\n")[0], text
