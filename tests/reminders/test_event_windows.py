"""Which event a window hangs on, and the date it gives once the reviewer says the event's date.

The phrasings are those of the blind set and the new corpus texts (issue 15); the question is
what the reviewer reads at confirmation, the date what gets reminded.
"""

from __future__ import annotations

from datetime import date

import pytest

from reminders.events import due_from_event, event_question

EVENT = date(2026, 3, 31)

CASES = [
    ("trước ngày trao thưởng ít nhất 07 ngày", "Ngày trao thưởng là ngày nào?", "2026-03-24"),
    ("Trước Đại hội ít nhất 01 tháng", "Ngày Đại hội là ngày nào?", "2026-02-28"),
    (
        "sau khi kết thúc đợt thi đua 15 ngày",
        "Ngày kết thúc đợt thi đua là ngày nào?",
        "2026-04-15",
    ),
    (
        "ít nhất 20 ngày làm việc trước ngày dự kiến tổ chức trao tặng",
        "Ngày dự kiến tổ chức trao tặng là ngày nào?",
        "2026-03-11",
    ),
    ("trong vòng 10 ngày sau Đại hội", "Ngày Đại hội là ngày nào?", "2026-04-10"),
    ("trước ngày khai mạc Đại hội", "Ngày khai mạc Đại hội là ngày nào?", "2026-03-30"),
    (
        "chậm nhất 05 ngày làm việc sau khi có thành tích",
        "Ngày có thành tích là ngày nào?",
        "2026-04-05",
    ),
    ("trước 02 tuần so với ngày khai giảng", "Ngày khai giảng là ngày nào?", "2026-03-17"),
]


@pytest.mark.parametrize(("when", "question", "due"), CASES, ids=[c[0] for c in CASES])
def test_event_window(when: str, question: str, due: str) -> None:
    assert event_question(when) == question
    assert due_from_event(when, EVENT) == date.fromisoformat(due)
