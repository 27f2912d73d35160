"""How a plan's structure turns into tasks: headings, tables, exclusions, year, who."""

from __future__ import annotations

import json
from datetime import date

from reminders.parsing import ParsedPlan, PlanTask, parse_plan
from tests.reminders.test_plan_parser_timephrases import strip_marks

HEADER = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 03/KH-UBND

An Bình, ngày 26 tháng 12 năm 2025

KẾ HOẠCH
Công tác thi đua, khen thưởng năm 2026
"""

SIGNATURE = """
Nơi nhận:
- Sở Nội vụ (để báo cáo trước ngày 05/01/2026);
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình
"""


def plan_of(body: str, **kwargs: object) -> ParsedPlan:
    return parse_plan(HEADER + body + SIGNATURE, **kwargs)  # type: ignore[arg-type]


def by_task(plan: ParsedPlan) -> dict[str, PlanTask]:
    return {t.task: t for t in plan.tasks}


def test_header_fields() -> None:
    plan = plan_of("I. NỘI DUNG\n- Tổng kết năm 2025 trước ngày 20/01/2026.\n")
    assert plan.year == 2026  # from the title, not from the issue date (2025)
    assert plan.title == "Công tác thi đua, khen thưởng năm 2026"
    assert plan.issuer == "Ủy ban nhân dân xã An Bình"
    assert plan.issued == date(2025, 12, 26)
    assert plan.warnings == []


def test_exclusions_grounds_issue_date_recipients_signature() -> None:
    body = """
Căn cứ Công văn số 05/UBND-VP ngày 10/12/2025 về việc nộp hồ sơ trước ngày 20/12/2025;
Thực hiện Kế hoạch số 101/KH-UBND ngày 20/12/2025 của UBND tỉnh, hoàn thành trước 31/01/2026;

I. MỤC ĐÍCH, YÊU CẦU
- Hoàn thành các chỉ tiêu trước ngày 31/12/2026; thường xuyên nêu gương người tốt việc tốt.

II. NỘI DUNG
- Các thôn gửi đăng ký thi đua trước ngày 15/3/2026.
"""
    plan = plan_of(body)
    assert [t.when for t in plan.tasks] == ["trước ngày 15/3/2026"]
    assert plan.tasks[0].due == date(2026, 3, 14)


def test_text_after_signature_is_ignored_until_an_appendix() -> None:
    body = "I. NỘI DUNG\n- Họp Hội đồng trước ngày 20/01/2026.\n"
    appendix = (
        "\nPHỤ LỤC\n| TT | Nội dung | Thời gian |\n|---|---|---|\n"
        "| 1 | Bình xét gia đình văn hóa | Trước 25/11 |\n"
    )
    plan = parse_plan(HEADER + body + SIGNATURE + "\nghi chú: trước ngày 01/02/2026\n" + appendix)
    assert [t.due for t in plan.tasks] == [date(2026, 1, 19), date(2026, 11, 24)]


def test_heading_period_applies_to_items_until_next_heading() -> None:
    body = """
II. NHIỆM VỤ CỤ THỂ
2.1. Quý I/2026
- Tổ chức Hội nghị tổng kết năm 2025.
- Phát động phong trào thi đua; đăng ký thi đua trước ngày 15/3/2026.
2.2. Quý II/2026
- Sơ kết 6 tháng đầu năm.
III. TỔ CHỨC THỰC HIỆN
- Văn phòng tổng hợp kết quả.
"""
    tasks = by_task(plan_of(body))
    assert tasks["Tổ chức Hội nghị tổng kết năm 2025"].due == date(2026, 3, 31)
    assert tasks["Tổ chức Hội nghị tổng kết năm 2025"].when == "Quý I/2026"
    # An explicit deadline in the item beats its heading.
    assert tasks["Phát động phong trào thi đua; đăng ký thi đua"].due == date(2026, 3, 14)
    # "6 tháng đầu năm" is what is reviewed; the heading gives the deadline.
    assert tasks["Sơ kết 6 tháng đầu năm"].start == date(2026, 4, 1)
    assert "Văn phòng tổng hợp kết quả" not in tasks  # no period applies any more


def test_unnumbered_and_bold_period_headings() -> None:
    body = """
II. NỘI DUNG
**Tháng 3**
- Ký giao ước thi đua.
Quý IV:
- Xây dựng kế hoạch năm 2027.
1. Quý I
1.1. Tổng kết năm 2025
1.2. Phát động phong trào thi đua
"""
    tasks = by_task(plan_of(body))
    assert tasks["Ký giao ước thi đua"].due == date(2026, 3, 31)
    assert tasks["Xây dựng kế hoạch năm 2027"].due == date(2026, 12, 31)
    assert tasks["Tổng kết năm 2025"].due == date(2026, 3, 31)
    assert tasks["Phát động phong trào thi đua"].when == "Quý I"


def test_topic_years_are_not_deadlines_without_a_period() -> None:
    body = """
II. NỘI DUNG
- Xét khen thưởng thành tích năm 2025 và năm học 2025-2026.
- Triển khai phong trào giai đoạn 2026-2030.
"""
    assert plan_of(body).tasks == []


def test_pipe_table_with_time_and_unit_columns() -> None:
    body = """
II. LỊCH CÔNG TÁC
| TT | Nội dung | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | - Tổng kết năm 2025<br>- Khen thưởng thành tích | Văn phòng HĐND-UBND | Tháng 01 |
| 2 | Tuyên truyền gương điển hình | Các đoàn thể | Thường xuyên |
| 3 | Kiểm tra tại các thôn | Hội đồng TĐKT xã | Trong quý II, III |
| 4 | Hội nghị biểu dương | Phòng Văn hóa - Xã hội | Tháng 9 (trước ngày 20/9) |
"""
    tasks = by_task(plan_of(body))
    assert tasks["Tổng kết năm 2025"].due == date(2026, 1, 31)
    assert tasks["Khen thưởng thành tích"].who == "Văn phòng HĐND-UBND"
    assert tasks["Tuyên truyền gương điển hình"].recurring
    assert tasks["Kiểm tra tại các thôn"].start == date(2026, 4, 1)
    assert tasks["Kiểm tra tại các thôn"].due == date(2026, 9, 30)
    assert tasks["Hội nghị biểu dương"].due == date(2026, 9, 19)


def test_table_with_a_period_row() -> None:
    body = """
| STT | Nhiệm vụ | Thời hạn |
|---|---|---|
| QUÝ II | QUÝ II | QUÝ II |
| 1 | Sơ kết 6 tháng |  |
"""
    [task] = plan_of(body).tasks
    assert (task.task, task.due) == ("Sơ kết 6 tháng", date(2026, 6, 30))


def test_tab_layout_table_from_a_word_copy() -> None:
    body = (
        "I. NỘI DUNG, THỜI GIAN\n"
        "\tTT\n\tNội dung\n\tĐơn vị thực hiện\n\tThời gian\n\n"
        "\t1\n\t- Tổng kết năm 2025.\n\n- Họp Hội đồng xét khen thưởng.\n"
        "\t- UBND xã;\n- Hội đồng TĐKT xã.\n\tTháng 01\n\n"
        "\t2\n\tKiểm tra tại các thôn.\n\t- Hội đồng TĐKT xã.\n\tTháng 8, 9, 10\n\n"
        "II. GIẢI PHÁP\n- Nâng cao chất lượng khen thưởng.\n"
    )
    tasks = by_task(plan_of(body))
    assert set(tasks) == {
        "Tổng kết năm 2025",
        "Họp Hội đồng xét khen thưởng",
        "Kiểm tra tại các thôn",
    }
    assert tasks["Họp Hội đồng xét khen thưởng"].who == "UBND xã; Hội đồng TĐKT xã"
    assert tasks["Kiểm tra tại các thôn"].start == date(2026, 8, 1)


def test_who_from_subject_parent_item_and_section() -> None:
    body = """
II. NỘI DUNG
- Giao Phòng Văn hóa - Xã hội chủ trì tổ chức Hội nghị biểu dương trong tháng 9/2026.
- Các thôn, tổ dân phố thực hiện theo thời gian quy định:
+ Gửi đăng ký thi đua trước ngày 15/3/2026.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng HĐND và UBND xã
- Định kỳ hằng quý báo cáo Chủ tịch UBND xã.
"""
    tasks = by_task(plan_of(body))
    assert (
        tasks["Giao Phòng Văn hóa - Xã hội chủ trì tổ chức Hội nghị biểu dương"].who
        == "Phòng Văn hóa - Xã hội"
    )
    assert tasks["Gửi đăng ký thi đua"].who == "Các thôn, tổ dân phố"
    report = tasks["Báo cáo Chủ tịch UBND xã"]
    assert report.recurring and report.who == "Văn phòng HĐND và UBND xã"


def test_yearly_routines() -> None:
    body = """
II. NỘI DUNG
- Hằng năm, tổ chức kỷ niệm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc vào ngày 11/6.
- Thường xuyên kiện toàn Hội đồng Thi đua - Khen thưởng xã.
- Các thôn bình xét gia đình văn hóa trước 25/11 hằng năm.
"""
    tasks = plan_of(body).tasks
    assert [(t.recurring, t.recurrence, t.recurring_due, t.due) for t in tasks] == [
        (True, "yearly", "06-11", None),
        (True, None, None, None),
        (True, "yearly", "11-24", None),
    ]
    assert tasks[1].task == "Kiện toàn Hội đồng Thi đua - Khen thưởng xã"


def test_event_relative_and_next_year() -> None:
    body = """
III. TỔ CHỨC THỰC HIỆN
- Đăng tải kết quả sau khi có quyết định khen thưởng.
- Nộp báo cáo tổng kết chậm nhất ngày 15/01 năm sau.
"""
    first, second = plan_of(body).tasks
    assert first.event_relative and first.due is None
    assert second.due == date(2027, 1, 15)


def test_two_deadlines_in_one_item_make_two_tasks() -> None:
    body = "II. NỘI DUNG\n- Thôn bình xét trước ngày 25/11; xã công nhận trước ngày 10/12/2026.\n"
    tasks = plan_of(body).tasks
    assert [(t.task, t.due) for t in tasks] == [
        ("Thôn bình xét", date(2026, 11, 24)),
        ("Xã công nhận", date(2026, 12, 9)),
    ]


def test_plan_period_section_is_one_task() -> None:
    text = """
KẾ HOẠCH
**Phát động phong trào thi đua chào mừng Đại hội Đảng bộ xã**

I. NỘI DUNG THI ĐUA
1. Thi đua hoàn thành các chỉ tiêu kinh tế - xã hội của xã nhiệm kỳ 2025-2030 với nhiều hình thức.

II. THỜI GIAN THỰC HIỆN
Từ tháng 9/2025 đến hết tháng 6/2026
"""
    plan = parse_plan(text)
    [task] = plan.tasks
    assert task.task == "Phát động phong trào thi đua chào mừng Đại hội Đảng bộ xã"
    assert (task.start, task.due) == (date(2025, 9, 1), date(2026, 6, 30))


def test_page_break_inside_a_sentence_is_joined() -> None:
    body = "II. NỘI DUNG\n- Các thôn gửi hồ sơ về Ủy ban nhân dân xã trước\n\nngày 10/12/2026.\n"
    [task] = plan_of(body).tasks
    assert task.due == date(2026, 12, 9)


def test_school_year_plan() -> None:
    text = (
        "KẾ HOẠCH\nThi đua, khen thưởng năm học 2025 - 2026\n\n"
        "II. NỘI DUNG\nTháng 9:\n- Đăng ký thi đua.\nTháng 5:\n- Tổng kết năm học.\n"
    )
    plan = parse_plan(text)
    assert (plan.year, plan.school_year) == (2025, (2025, 2026))
    assert [t.due for t in plan.tasks] == [date(2025, 9, 30), date(2026, 5, 31)]


def test_year_from_issue_date_warns_and_caller_year_wins() -> None:
    text = (
        "Xã A, ngày 05 tháng 01 năm 2026\n\nKẾ HOẠCH\n\n"
        "I. NỘI DUNG\n- Đăng ký thi đua trước 15/3.\n"
    )
    plan = parse_plan(text)
    assert plan.year == 2026 and plan.tasks[0].due == date(2026, 3, 14)
    assert plan.warnings and "--year" in plan.warnings[0]
    assert parse_plan(text, year=2027).tasks[0].due == date(2027, 3, 14)


def test_no_year_anywhere_leaves_dates_open() -> None:
    plan = parse_plan("I. NỘI DUNG\n- Đăng ký thi đua trước 15/3.\n")
    assert plan.year is None and plan.tasks[0].due is None
    assert any("năm" in w for w in plan.warnings)


def test_without_diacritics_gives_the_same_calendar() -> None:
    body = """
II. NHIEM VU
2.1. Quý I/2026
- To chuc Hoi nghi tong ket nam 2025.
- Dang ky thi dua truoc ngay 15/3/2026.
III. TO CHUC THUC HIEN
- Dinh ky bao cao; cac thon binh xet truoc 25/11.
"""
    with_marks = plan_of(body)
    without = parse_plan(strip_marks(HEADER + body + SIGNATURE))
    assert [(t.start, t.due, t.recurring) for t in without.tasks] == [
        (t.start, t.due, t.recurring) for t in with_marks.tasks
    ]
    assert without.year == 2026


def test_to_json_shape() -> None:
    plan = plan_of("II. NỘI DUNG\n- Đăng ký thi đua trước ngày 15/3/2026.\n")
    data = json.loads(plan.to_json())
    assert list(data) == ["year", "tasks"]
    assert list(data["tasks"][0])[:7] == [
        "task",
        "when",
        "start",
        "due",
        "recurring",
        "event_relative",
        "who",
    ]
    assert data["tasks"][0]["due"] == "2026-03-14" and data["tasks"][0]["start"] is None


def test_detail_lines_date_the_task_above() -> None:
    body = """
II. NỘI DUNG, THỜI GIAN
1. Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025
- Thời gian: Trong tháng 01/2026.
- Địa điểm: Hội trường UBND xã.
- Chủ trì: Văn phòng HĐND và UBND xã.
2. Bình xét "Gia đình văn hóa" năm 2026
- Đơn vị thực hiện: Trưởng các thôn.
- Thời gian hoàn thành: trước ngày 25/11/2026.
3. Tập huấn nghiệp vụ cho cán bộ thôn. Thời gian: Quý II/2026.
4. Kiểm tra việc thực hiện
- Nội dung: Kiểm tra hồ sơ bình xét tại các thôn.
- Thời gian: Tháng 12
III. THỜI GIAN THỰC HIỆN
Thời gian thực hiện: từ tháng 01/2026 đến hết tháng 12/2026.
"""
    tasks = plan_of(body).tasks
    assert [(t.task, t.due, t.who) for t in tasks] == [
        (
            "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025",
            date(2026, 1, 31),
            "Văn phòng HĐND và UBND xã",
        ),
        ('Bình xét "Gia đình văn hóa" năm 2026', date(2026, 11, 24), "Trưởng các thôn"),
        ("Tập huấn nghiệp vụ cho cán bộ thôn", date(2026, 6, 30), None),
        ("Kiểm tra hồ sơ bình xét tại các thôn", date(2026, 12, 31), None),
        (
            "Công tác thi đua, khen thưởng năm 2026",
            date(2026, 12, 31),
            "Ủy ban nhân dân xã An Bình",
        ),
    ]


def test_kinh_gui_in_the_preamble_does_not_end_the_plan() -> None:
    plan = plan_of("Kính gửi: Các thôn, tổ dân phố\n\nI. NỘI DUNG\n- Nộp hồ sơ trước 10/12.\n")
    assert [t.due for t in plan.tasks] == [date(2026, 12, 9)]
