"""Task h173: a figure claimed of the step after the decision, and the kind of procedure.

"ký QĐ GĐVH xong thì công khai 15 ngày" is read against the clause counting from the
decision (NĐ 86/2023 Điều 8), not the 10 days of the list put up before it; "khen thưởng ở
xã là thủ tục nội bộ" is the way a dossier goes (NĐ 152/2025 Điều 6 khoản 2 điểm c).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("chủ tịch xã ký qđ công nhận gia đình văn hóa xong thì công khai 15 ngày phải k", "Có"),
        ("ký quyết định gia đình văn hóa xong phải công khai danh sách 15 ngày đúng k", "Có"),
        ("xa ra qd gia dinh van hoa xong co phai cong khai trong 10 ngay khong", "Không"),
        ("thôn niêm yết danh sách gia đình văn hóa lấy ý kiến 10 ngày đúng không", "Có"),
    ],
)
def test_figure_after_the_decision(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "15 ngày kể từ ngày quyết định" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("khen thưởng ở xã là thủ tục nội bộ phải không", "Có"),
        ("xet khen o xa co phai thu tuc noi bo k", "Có"),
        ("thủ tục thi đua ở xã phần lớn là thủ tục nội bộ giữa các cơ quan đúng không", "Có"),
        ("khen thưởng cấp xã không phải thủ tục nội bộ đúng không", "Không"),
    ],
)
def test_internal_procedure(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "thủ tục nội bộ" in text
