"""Task h188: time words that tell and ask nothing.

"không bao giờ được xét" (never) and "đạt … năm học này" (the school year of the case) hold the
words of a time-limit cue; they must not add a deadline block that leads the answer with its
own verdict over the rule asked (who decides: Luật 2022 Điều 80 khoản 3; NĐ 129/2025 Điều 4).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "cong chuc van phong xa dat CSTDCS nam hoc nay thi chu tich xa ky quyet dinh dung k",
            "Có",
            "Chủ tịch UBND xã quyết định",
        ),
        (
            "Giáo viên mầm non của xã đạt Lao động tiên tiến năm học 2025-2026 thì Chủ tịch UBND "
            "xã tặng, phải không",
            "Có",
            "Chủ tịch UBND xã quyết định",
        ),
        (
            "tap the truong tieu hoc dat TTLDTT nam hoc nay thi co phai chu tich xa quyet dinh k",
            "Có",
            "Chủ tịch UBND xã quyết định",
        ),
        (
            "nghe noi nguoi hoat dong khong chuyen trach thon khong bao gio dc xet LDTT, dung k",
            "Không",
            "người lao động",
        ),
        (
            "anh ay chua bao gio bi ky luat, nam nay hoan thanh tot nhiem vu thi co dc LDTT k",
            "Có",
            "hoàn thành tốt nhiệm vụ",
        ),
    ],
)
def test_time_told_asks_no_deadline(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text
    assert "Thời hạn" not in text.split("\n\n")[0]


def test_school_year_still_asked(officer_kb: KnowledgeBase) -> None:
    """A school year asked of ("theo năm học hay năm dương lịch") still asks the timing."""
    assert "năm học" in ask(officer_kb, "LĐTT ở trường xét theo năm học hay năm dương lịch")
