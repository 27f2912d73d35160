"""Task h75: blind 20's misses grouped by kind of failure, each fixed by a mechanism read from
how the question's claim relates to the fact, checked on wordings of our own (none copied from
a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # kind: a figure or day claimed as the law's own, which the fact gives only as a local
        # practice ("nhiều tỉnh …") or an example plan's ("Ví dụ trong kế hoạch mẫu …: …")
        "thời hạn giải quyết hồ sơ giấy khen ở xã theo nghị định là 20 ngày làm việc hả",
        "nghị định quy định hạn gửi hồ sơ khen tổng kết năm lên xã là trước ngày 01/12 đúng không",
        "theo luat thi han chot ho so khen tong ket nam gui xa la 1/12 a",
    ],
)
def test_a_local_figure_claimed_as_the_laws(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind: a date claimed for an event (entry into force, adoption, signing) against the
        # date the entry states for that same event, whatever else it dates
        ("nghi dinh 152/2025 co hieu luc ke tu ngay 01/7/2025 phai khong", "Có"),
        ("luật thi đua khen thưởng 2022 được thông qua ngày 15/6/2023 phải không", "Không"),
        ("nghị định 152/2025 do phó thủ tướng ký ngày 14/7/2025 phải không", "Không"),
        ("nghi dinh 152/2025 duoc ky ngay 14/6/2025 dung ko", "Có"),
    ],
)
def test_a_date_claimed_for_an_event(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)
