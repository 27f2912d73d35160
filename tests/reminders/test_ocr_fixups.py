"""What OCR does to a plan's dates and tables, undone before parsing (issue 15).

The strings are what tesseract made of the corpus scans (tests/reminders/fixtures/corpus): a
table printed with grid lines comes back as "|" rows wrapped over several lines with blank lines
between them, dates with letters for digits or a space after the slash, and "II." as "1L.".
"""

from __future__ import annotations

from datetime import date

from reminders.parsing import parse_plan
from reminders.parsing.documents import _reflow, ocr_fixups

SCANNED_TABLE = """KẾ HOẠCH
Thi đua năm 2026

| STT | Nội dung | Thời gian |

| 1 | Các thôn đăng ký thi đua gửi Ủy ban nhân dân xã | Trước
ngày 20/3/2026 |

| 2 | Hồ sơ đề nghị khen thưởng gửi Văn phòng | Chậm nhất
ngày 05/12/2026 |
"""


def test_dates_misread_by_ocr_are_read_as_dates() -> None:
    fixed = ocr_fixups("trước ngày l5/ 3/2O26, chậm nhất 1O/8; Quý I/2026 giữ nguyên")
    assert fixed == "trước ngày 15/3/2026, chậm nhất 10/8; Quý I/2026 giữ nguyên"


def test_a_quarter_misread_with_an_l_is_a_quarter() -> None:
    # tesseract --psm 4 read "Quý III, IV/2026" as "Quý IIL, IV/2026".
    assert ocr_fixups("Quý IIL, IV/2026; Quý 11/2026") == "Quý III, IV/2026; Quý II/2026"


def test_a_roman_heading_read_with_a_digit_is_a_heading_again() -> None:
    assert ocr_fixups("1L. NỘI DUNG THI ĐUA").startswith("II. NỘI DUNG")
    assert ocr_fixups("1. NỘI DUNG THI ĐUA").startswith("1. NỘI DUNG")  # arabic stays arabic


def test_a_scanned_table_is_a_table_again() -> None:
    plan = parse_plan(ocr_fixups(SCANNED_TABLE))
    assert [(t.task, t.due) for t in plan.tasks] == [
        ("Các thôn đăng ký thi đua gửi Ủy ban nhân dân xã", date(2026, 3, 19)),
        ("Hồ sơ đề nghị khen thưởng gửi Văn phòng", date(2026, 12, 5)),
    ]


def test_a_grounds_line_after_a_wrapped_title_starts_its_own_paragraph() -> None:
    # A scan's title wraps at the page edge; the "Căn cứ" line below it must not be joined to it,
    # or the title (and the school year it names) is lost.
    page = (
        "KẾ HOẠCH\n"
        "Tổ chức phong trào thi đua và công tác khen thưởng năm học 2026 - 2027 của nhà trường\n"
        "Căn cứ Kế hoạch số 52/KH-UBND ngày 15/8/2026 của Ủy ban nhân dân xã;\n"
        "1. Đăng ký thi đua trước ngày 25/9.\n"
    )
    plan = parse_plan(_reflow(page))
    assert plan.year == 2026 and plan.year_source == "title"
    assert [t.due for t in plan.tasks] == [date(2026, 9, 24)]
