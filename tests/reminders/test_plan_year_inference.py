"""The year a plan covers, from every clue it gives (issue 15), and null only for standing rules."""

from __future__ import annotations

from datetime import date

from reminders.parsing import parse_plan


def test_year_from_a_title_with_a_five_year_period() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nTổng kết công tác thi đua năm 2020 và kế hoạch 5 năm (2016 - 2020)\n\n"
        "1. Các xã gửi báo cáo về Phòng Nội vụ trước ngày 30/4.\n"
    )
    assert plan.year == 2020
    assert [t.due for t in plan.tasks] == [date(2020, 4, 29)]


def test_year_from_the_issue_date_when_the_title_has_none() -> None:
    plan = parse_plan(
        "ỦY BAN NHÂN DÂN XÃ A\nXã A, ngày 06 tháng 01 năm 2025\n\nKẾ HOẠCH\n"
        "Công tác thi đua, khen thưởng\n\n1. Các thôn đăng ký thi đua trước ngày 15/3.\n"
    )
    assert plan.year == 2025 and plan.year_source == "issue_date"
    assert [t.due for t in plan.tasks] == [date(2025, 3, 14)]


def test_year_from_a_campaign_period_named_anywhere() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nPhát động thi đua chào mừng Đại hội nhiệm kỳ 2025 - 2030\n\n"
        "1. Các chi bộ phát động thi đua trong tháng 10.\n"
    )
    assert plan.year is not None


def test_a_school_year_named_in_the_body_sets_both_years() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nThi đua của nhà trường\n\nThực hiện nhiệm vụ năm học 2025-2026, nhà trường "
        "xây dựng kế hoạch như sau:\n1. Đăng ký thi đua trong tháng 9.\n2. Sơ kết học kỳ I "
        "trong tháng 01.\n"
    )
    assert plan.school_year == (2025, 2026)
    assert [t.due for t in plan.tasks] == [date(2025, 9, 30), date(2026, 1, 31)]


def test_standing_rules_alone_have_no_year() -> None:
    plan = parse_plan(
        "QUY ĐỊNH\nThời hạn gửi hồ sơ khen thưởng\n\n1. Khen thưởng tổng kết năm gửi chậm nhất "
        "ngày 15/3 năm sau.\n2. Báo cáo năm gửi trước ngày 15/11 hằng năm.\n"
    )
    assert plan.year is None and plan.year_source == "standing"
    assert [t.recurring_due for t in plan.tasks] == ["03-15", "11-14"]


def test_a_school_year_puts_august_in_its_first_year() -> None:
    # The keys' convention (shared/README.md): months 8-12 in the first year, 1-7 in the second.
    plan = parse_plan(
        "KẾ HOẠCH\nThi đua, khen thưởng năm học 2025-2026\n\n1. Đăng ký thi đua trước ngày "
        "20/9.\n2. Gửi hồ sơ khen thưởng năm học trước ngày 15/8.\n3. Tổng kết trước ngày 25/5.\n"
    )
    assert [t.due for t in plan.tasks] == [date(2025, 9, 19), date(2025, 8, 14), date(2026, 5, 24)]


def test_a_dated_letter_of_yearly_filing_rules_has_no_year() -> None:
    # The Sở's letter is dated 2025, but its dates recur every year.
    plan = parse_plan(
        "SỞ NỘI VỤ\nAn Giang, ngày 03 tháng 10 năm 2025\n\nKính gửi: Ủy ban nhân dân các xã.\n\n"
        "1. Bằng khen tổng kết năm: chậm nhất ngày 15/3 năm sau.\n"
        "2. Khen thưởng theo năm học: trước ngày 15/8 hằng năm.\n"
    )
    assert plan.year is None and plan.year_source == "standing"
    assert [t.recurring_due for t in plan.tasks] == ["03-15", "08-14"]


def test_a_plan_dated_only_by_its_issue_date_keeps_that_year() -> None:
    # The same reading must not turn an ordinary plan into standing rules.
    plan = parse_plan(
        "ỦY BAN NHÂN DÂN XÃ A\nXã A, ngày 06 tháng 01 năm 2025\n\n1. Các thôn đăng ký thi đua "
        "trước ngày 15/3.\n2. Tổng kết phong trào trước ngày 20/11.\n"
    )
    assert plan.year == 2025 and plan.year_source == "issue_date"
    assert [t.due for t in plan.tasks] == [date(2025, 3, 14), date(2025, 11, 19)]


def test_a_plan_with_one_yearly_anniversary_is_no_standing_rule() -> None:
    # Seed 004 (Đakrông 2015): rhythms and "ngày 11/6 hằng năm", dated only by its issue date.
    plan = parse_plan(
        "ỦY BAN NHÂN DÂN HUYỆN ĐAKRÔNG\nĐakrông, ngày 10 tháng 02 năm 2015\n\nKẾ HOẠCH\n"
        "Đẩy mạnh công tác thi đua\n\nII. NỘI DUNG\n"
        "1. Tổ chức tuyên truyền thường xuyên.\n"
        "2. Kỷ niệm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (ngày 11/6 hằng "
        "năm).\n"
    )
    assert plan.year == 2015 and plan.year_source == "issue_date"


def test_a_short_notice_naming_its_year_is_not_standing_rules() -> None:
    # A commune's Zalo-style notice: its year only in "V/v ... năm 2026", dates without a year
    # and nothing saying they recur. Those are this year's deadlines, not yearly rules.
    plan = parse_plan(
        "THÔNG BÁO - UBND xã A\nV/v đăng ký thi đua và nộp hồ sơ khen thưởng năm 2026\n\n"
        "- Gửi bản đăng ký thi đua về Văn phòng UBND xã trước ngày 20/3.\n"
        "- Nộp hồ sơ đề nghị khen thưởng cuối năm chậm nhất 30/11.\n"
    )
    assert plan.year == 2026
    assert [t.due for t in plan.tasks] == [date(2026, 3, 19), date(2026, 11, 30)]


def test_a_quy_che_dated_by_its_decision_is_still_standing_rules() -> None:
    # The year in "(Ban hành kèm theo Quyết định ... ngày 12/9/2025)" does not make its yearly
    # filing dates this year's: read in that year, they still mostly say "hằng năm".
    plan = parse_plan(
        "QUY CHẾ\nThi đua, khen thưởng của xã A\n(Ban hành kèm theo Quyết định số 35/QĐ-UBND ngày "
        "12/9/2025 của Ủy ban nhân dân xã)\n\nĐiều 12. Thời gian xét khen thưởng\n"
        "1. Các thôn gửi hồ sơ khen thưởng tổng kết năm chậm nhất ngày 25/11 hằng năm.\n"
        "2. Hội đồng họp xét trước ngày 10/12; trình Sở Nội vụ trước ngày 20/12 hằng năm.\n"
        "3. Hồ sơ khen thưởng theo năm học gửi chậm nhất ngày 15/7 hằng năm.\n"
    )
    assert plan.year is None and plan.year_source == "standing"
    assert "11-25" in [t.recurring_due for t in plan.tasks]
