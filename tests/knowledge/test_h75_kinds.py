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
