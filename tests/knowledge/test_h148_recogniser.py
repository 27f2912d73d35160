"""Who recognises an initiative's reach is not who awards the title (task h148). Wordings of
our own, none from a set. Luật Thi đua, khen thưởng 2022 Điều 21 khoản 2: người đứng đầu Bộ,
ban, ngành, tỉnh xem xét, công nhận phạm vi ảnh hưởng trong toàn quốc của sáng kiến. A line
claiming so ("… do người đứng đầu bộ, tỉnh công nhận phạm vi toàn quốc") is confirmed "Có." on
the initiative, not refused as if the province awarded CSTĐ toàn quốc (the Prime Minister does).
"""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


def test_province_head_recognises_the_reach(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "co nguoi noi de tai xet chien si thi dua toan quoc thi thu truong bo, tinh cong nhan"
        " pham vi anh huong toan quoc, phai ko",
        "Có",
    )
    first = text.split("\n\n")[0]
    assert "toàn quốc" in first and "Sáng kiến" in first
