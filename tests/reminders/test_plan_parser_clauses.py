"""One task per deadline, each with its own subject (issue 15).

A table row of standing rules, a table cell or a sentence with several deadlines, event windows
beside dated deadlines, and a campaign's own span: the shapes the blind set showed.
"""

from __future__ import annotations

from datetime import date

import pytest

from reminders.parsing import parse_plan

RULES_TABLE = """SỞ NỘI VỤ
Tỉnh A, ngày 03 tháng 10 năm 2025

Kính gửi: Ủy ban nhân dân các xã, phường.

Sở Nội vụ hướng dẫn thời hạn gửi hồ sơ như sau:
| STT | Hình thức, danh hiệu khen thưởng | Thời hạn nộp hồ sơ |
| 1 | Bằng khen tổng kết năm | Chậm nhất ngày 15/3 năm sau |
| 2 | Giấy khen tổng kết năm | Tập thể: trước 10/01 năm sau; cá nhân: trước 15/01 năm sau |
| 3 | Khen thưởng theo đợt thi đua | Trước ngày trao thưởng ít nhất 07 ngày |

Nơi nhận:
- Như trên.
"""


def test_a_table_of_standing_rules_is_a_yearly_deadline_per_award() -> None:
    plan = parse_plan(RULES_TABLE)
    assert plan.year is None and plan.year_source == "standing"
    got = [(t.task, t.recurring_due, t.event_relative) for t in plan.tasks]
    assert got == [
        ("Bằng khen tổng kết năm", "03-15", False),
        ("Giấy khen tổng kết năm (tập thể)", "01-09", False),
        ("Giấy khen tổng kết năm (cá nhân)", "01-14", False),
        ("Khen thưởng theo đợt thi đua", None, True),
    ]
    assert all(t.recurrence == "yearly" for t in plan.tasks[:3])


def test_a_later_deadline_of_a_sentence_keeps_its_subject() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nThi đua, khen thưởng năm 2026\n\nI. NỘI DUNG\n- Hoàn thiện hồ sơ đề nghị "
        "khen thưởng năm 2026 gửi Ủy ban nhân dân xã chậm nhất ngày 05/12, gửi Sở Nội vụ trước "
        "ngày 20/12/2026.\n"
    )
    assert [(t.task, t.due) for t in plan.tasks] == [
        (
            "Hoàn thiện hồ sơ đề nghị khen thưởng năm 2026 gửi Ủy ban nhân dân xã",
            date(2026, 12, 5),
        ),
        ("Hoàn thiện hồ sơ đề nghị khen thưởng năm 2026 gửi Sở Nội vụ", date(2026, 12, 19)),
    ]


def test_a_table_cell_with_two_deadlines_is_two_tasks() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nThi đua, khen thưởng năm 2025\n\n"
        "| TT | Nội dung | Thời gian |\n"
        "| 1 | Báo cáo kết quả thi đua năm 2025 gửi Sở Nội vụ | Trước ngày 15/12/2025; báo "
        "cáo bổ sung trước ngày 05/01/2026 |\n"
    )
    assert [(t.task, t.due) for t in plan.tasks] == [
        ("Báo cáo kết quả thi đua năm 2025 gửi Sở Nội vụ", date(2025, 12, 14)),
        ("Báo cáo kết quả thi đua năm 2025 gửi Sở Nội vụ (báo cáo bổ sung)", date(2026, 1, 4)),
    ]


def test_two_event_windows_in_one_sentence_are_two_tasks() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nPhát động thi đua năm 2025\n\nIII. KHEN THƯỞNG\nHồ sơ đề nghị tặng Bằng khen "
        "gửi về Sở Nội vụ trước ngày trao thưởng ít nhất 07 ngày làm việc; hồ sơ khen thưởng "
        "đột xuất gửi trước 03 ngày.\n"
    )
    assert [t.event_relative for t in plan.tasks] == [True, True]
    assert plan.tasks[0].task.startswith("Hồ sơ đề nghị tặng Bằng khen")
    assert plan.tasks[1].task.startswith("Hồ sơ khen thưởng đột xuất")


def test_a_news_item_keeps_its_event_window_beside_dated_deadlines() -> None:
    plan = parse_plan(
        "Xã A phát động thi đua chào mừng Đại hội\n"
        "Phong trào được phát động từ nay đến khi tổ chức thành công Đại hội. Theo kế hoạch, "
        "trước ngày 15/8/2025 các thôn đăng ký công trình chào mừng.\n"
        "Ủy ban nhân dân xã khen thưởng các tập thể tiêu biểu trong vòng 10 ngày sau Đại hội.\n"
    )
    events = [t.task for t in plan.tasks if t.event_relative]
    assert events == [
        "Phong trào được phát động từ nay đến khi tổ chức thành công Đại hội",
        "Ủy ban nhân dân xã khen thưởng các tập thể tiêu biểu trong vòng 10 ngày sau Đại hội",
    ]
    assert [t.due for t in plan.tasks if t.due] == [date(2025, 8, 14)]


def test_a_campaigns_own_span_is_the_campaign() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nĐợt thi đua cao điểm 100 ngày hoàn thành các chỉ tiêu năm 2025\n\n"
        "1. Đợt thi đua được tổ chức từ ngày 15/9/2025 đến ngày 23/12/2025.\n"
        "2. Thời gian thi đua: từ tháng 9/2025 đến hết tháng 12/2025.\n"
    )
    title = "Đợt thi đua cao điểm 100 ngày hoàn thành các chỉ tiêu năm 2025"
    assert [(t.task, t.start, t.due) for t in plan.tasks] == [
        (title, date(2025, 9, 15), date(2025, 12, 23)),
        (title, date(2025, 9, 1), date(2025, 12, 31)),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "- Hồ sơ đề nghị khen thưởng gửi về xã: tập thể trước ngày 15/11; cá nhân trước ngày "
        "20/11.",
        "- Hồ sơ đề nghị khen thưởng gửi về xã (tập thể: trước ngày 15/11; cá nhân: trước ngày "
        "20/11).",
    ],
)
def test_labelled_deadlines_of_a_sentence_share_its_lead(line: str) -> None:
    plan = parse_plan(f"KẾ HOẠCH\nThi đua năm 2026\n\nI. NỘI DUNG\n{line}\n")
    assert [(t.task, t.due) for t in plan.tasks] == [
        ("Hồ sơ đề nghị khen thưởng gửi về xã (tập thể)", date(2026, 11, 14)),
        ("Hồ sơ đề nghị khen thưởng gửi về xã (cá nhân)", date(2026, 11, 19)),
    ]


def test_a_joining_word_ends_no_task() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nThi đua năm 2026\n\nI. NỘI DUNG\n- Các trường gửi hồ sơ khen thưởng trước "
        "ngày 10/8 và báo cáo tổng kết trước ngày 15/8.\n"
    )
    assert [t.task for t in plan.tasks] == ["Các trường gửi hồ sơ khen thưởng", "Báo cáo tổng kết"]


def test_a_task_keeps_the_verb_its_deadline_opened_with() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nThi đua năm 2025\n\nI. NỘI DUNG\n- Các công trình chào mừng phải hoàn thành "
        "trong tháng 9/2025.\n"
    )
    assert [t.task for t in plan.tasks] == ["Các công trình chào mừng phải hoàn thành"]
