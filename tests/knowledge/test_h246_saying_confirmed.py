"""Task h246 (stop 34): a saying told with the steps it demands ("chị văn phòng bảo phải đợi
cuối năm, lập tờ trình, biên bản hội đồng"), then a bare "vậy có đúng không", asks whether the
sudden deed's papers are those: the simplified procedure needs only the tờ trình and a short
report, no council minutes (Luật Thi đua, khen thưởng 2022 Điều 85), so "Không"."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Anh Tư cứu 2 cháu bé đuối nước. Phó chủ tịch bảo phải có biên bản hội đồng, tờ trình "
        "và báo cáo thành tích đầy đủ. Vậy có đúng không",
        "ong Tam bat duoc ten trom o cho. chu tich bao can co bien ban hoi dong va to trinh, "
        "doi cuoi nam moi xet. co dung khong",
    ],
)
def test_a_saying_of_full_papers_for_a_sudden_deed_is_wrong(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tờ trình" in text.split("\n\n")[0], text
