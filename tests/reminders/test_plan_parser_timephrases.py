"""Every time-phrase form the plan parser knows, with and without diacritics.

The README examples of the due-date convention come first (shared/README.md).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

import pytest

from reminders.parsing.periods import PlanYear
from reminders.parsing.timephrases import TimePhrase, find_time_phrases, resolve_scope


def strip_marks(text: str) -> str:
    """Vietnamese typed without diacritics (case kept): "Trước ngày" → "Truoc ngay"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _phrase(text: str, plan: PlanYear, scope: bool) -> TimePhrase | None:
    if scope:
        return resolve_scope(text, plan)
    found = find_time_phrases(text, plan)
    return found[0] if found else None


def d(value: str) -> date:
    return date.fromisoformat(value)


Y2016, Y2020, Y2026 = PlanYear(2016), PlanYear(2020), PlanYear(2026)
SCHOOL = PlanYear(2019, (2019, 2020))

# (text, plan year, as heading/cell?, expected fields of the first phrase)
CASES: list[tuple[str, PlanYear, bool, dict[str, Any]]] = [
    # --- the convention's own examples
    ("Quý I/2020", Y2020, True, {"start": d("2020-01-01"), "due": d("2020-03-31")}),
    ("Tháng 02", Y2016, True, {"start": d("2016-02-01"), "due": d("2016-02-29")}),
    ("trước ngày 01/12/2020", Y2020, False, {"start": None, "due": d("2020-11-30")}),
    ("chậm nhất ngày 15/3", Y2026, False, {"due": d("2026-03-15")}),
    ("Tháng 8, 9, 10", Y2016, True, {"start": d("2016-08-01"), "due": d("2016-10-31")}),
    ("Trong quý II, III", Y2016, False, {"start": d("2016-04-01"), "due": d("2016-09-30")}),
    ("6 tháng đầu năm", Y2020, False, {"start": d("2020-01-01"), "due": d("2020-06-30")}),
    # --- quarters
    ("Quý IV/2020", Y2020, True, {"start": d("2020-10-01"), "due": d("2020-12-31")}),
    ("quý 2/2026", Y2026, True, {"start": d("2026-04-01"), "due": d("2026-06-30")}),
    ("Quý III năm 2026", Y2026, True, {"due": d("2026-09-30")}),
    ("Quý I", Y2026, True, {"start": d("2026-01-01"), "due": d("2026-03-31")}),
    ("Quý I /  2020", Y2020, True, {"due": d("2020-03-31")}),
    ("Trong quý II, III, IV", Y2016, True, {"start": d("2016-04-01"), "due": d("2016-12-31")}),
    ("trong Quý I và Quý II", Y2026, False, {"start": d("2026-01-01"), "due": d("2026-06-30")}),
    ("trước quý III", Y2026, False, {"due": d("2026-06-30")}),
    # --- months
    ("Tháng 01", Y2016, True, {"start": d("2016-01-01"), "due": d("2016-01-31")}),
    ("Tháng 04,05,06", Y2016, True, {"start": d("2016-04-01"), "due": d("2016-06-30")}),
    ("Tháng 6, 7", Y2016, True, {"start": d("2016-06-01"), "due": d("2016-07-31")}),
    ("Tháng 8 ,9 , 10", Y2016, True, {"start": d("2016-08-01"), "due": d("2016-10-31")}),
    ("Tháng 11, 12", Y2016, True, {"due": d("2016-12-31")}),
    ("tháng 01/2020", Y2020, True, {"start": d("2020-01-01"), "due": d("2020-01-31")}),
    ("xong trong tháng 01/2020", Y2020, False, {"start": d("2020-01-01"), "due": d("2020-01-31")}),
    ("hoàn thành trong tháng 3", Y2026, False, {"start": d("2026-03-01"), "due": d("2026-03-31")}),
    ("trong tháng 9/2026", Y2026, False, {"due": d("2026-09-30")}),
    ("vào tháng 3 năm 2026", Y2026, False, {"due": d("2026-03-31")}),
    ("đến hết tháng 11", Y2026, False, {"start": None, "due": d("2026-11-30")}),
    ("trước tháng 3", Y2026, False, {"start": None, "due": d("2026-02-28")}),
    (
        "Từ tháng 10/2019 đến hết tháng 12/2020",
        Y2020,
        False,
        {"start": d("2019-10-01"), "due": d("2020-12-31")},
    ),
    ("từ tháng 3 đến tháng 5", Y2026, False, {"start": d("2026-03-01"), "due": d("2026-05-31")}),
    ("Tháng 12/2025 - tháng 01/2026", Y2026, True, {"start": d("2025-12-01")}),
    # --- exact dates
    ("trước 25/11", Y2026, False, {"due": d("2026-11-24")}),
    ("trước ngày 15/3/2026", Y2026, False, {"due": d("2026-03-14")}),
    ("trước ngày 15 tháng 3 năm 2026", Y2026, False, {"due": d("2026-03-14")}),
    ("trước ngày 01 / 12 / 2020", Y2020, False, {"due": d("2020-11-30")}),
    ("trước ngày01/12/2020", Y2020, False, {"due": d("2020-11-30")}),
    ("chậm nhất trước ngày 15/3", Y2026, False, {"due": d("2026-03-14")}),
    ("chậm nhất là ngày 30/6/2026", Y2026, False, {"due": d("2026-06-30")}),
    ("chậm nhất ngày 15/3 năm sau", Y2026, False, {"due": d("2027-03-15")}),
    ("chậm nhất ngày 15/01 năm sau", Y2026, False, {"due": d("2027-01-15")}),
    ("hoàn thành trước ngày 20/01/2026", Y2026, False, {"due": d("2026-01-19")}),
    ("hạn nộp: 30/6", Y2026, False, {"due": d("2026-06-30")}),
    ("đến ngày 30/11/2026", Y2026, False, {"start": None, "due": d("2026-11-30")}),
    ("đến hết ngày 30/11", Y2026, False, {"due": d("2026-11-30")}),
    ("vào ngày 11/6/2026", Y2026, False, {"start": d("2026-06-11"), "due": d("2026-06-11")}),
    (
        "từ ngày 01/11 đến ngày 25/11/2026",
        Y2026,
        False,
        {"start": d("2026-11-01"), "due": d("2026-11-25")},
    ),
    ("từ 15/12 đến 15/01/2027", Y2026, False, {"start": d("2026-12-15"), "due": d("2027-01-15")}),
    ("Từ ngày 26/11 đến ngày 10/12/2026", Y2026, True, {"start": d("2026-11-26")}),
    # --- halves, end of year, whole year
    ("6 tháng cuối năm 2026", Y2026, False, {"start": d("2026-07-01"), "due": d("2026-12-31")}),
    ("trong 6 tháng đầu năm", Y2026, False, {"due": d("2026-06-30")}),
    ("cuối năm", Y2026, False, {"start": None, "due": d("2026-12-31")}),
    ("Cả năm", Y2026, True, {"start": d("2026-01-01"), "due": d("2026-12-31")}),
    # --- school years: months 8-12 in the first year, 1-7 in the second
    ("năm học 2019-2020", Y2020, True, {"start": d("2019-08-01"), "due": d("2020-07-31")}),
    ("trong năm học 2025 - 2026", Y2026, False, {"due": d("2026-07-31")}),
    ("Tháng 9", SCHOOL, True, {"start": d("2019-09-01"), "due": d("2019-09-30")}),
    ("Tháng 3", SCHOOL, True, {"start": d("2020-03-01"), "due": d("2020-03-31")}),
    ("trước ngày 15/10", SCHOOL, False, {"due": d("2019-10-14")}),
    ("trước ngày 31/5", SCHOOL, False, {"due": d("2020-05-30")}),
    ("Quý I", SCHOOL, True, {"due": d("2020-03-31")}),
    # --- rhythms
    ("hằng năm", Y2026, False, {"recurring": True, "recurrence": "yearly", "due": None}),
    ("Hàng năm", Y2026, False, {"recurring": True, "recurrence": "yearly"}),
    ("hằng tháng", Y2026, False, {"recurring": True, "recurrence": None}),
    ("thường xuyên", Y2026, False, {"recurring": True, "recurrence": None, "due": None}),
    ("Thường xuyên trong năm", Y2016, True, {"recurring": True, "when": "Thường xuyên trong năm"}),
    ("thường xuyên, liên tục", Y2026, False, {"recurring": True}),
    ("Định kỳ", Y2026, False, {"recurring": True}),
    ("định kỳ hằng quý", Y2026, False, {"recurring": True}),
    ("định kỳ 6 tháng", Y2026, False, {"recurring": True, "when": "định kỳ 6 tháng"}),
    (
        "ngày 11/6 hằng năm",
        Y2026,
        False,
        {"recurring": True, "recurrence": "yearly", "recurring_due": "06-11", "due": None},
    ),
    ("(ngày 11/6 hàng năm)", PlanYear(2015), False, {"recurring_due": "06-11"}),
    ("trước ngày 25/11 hằng năm", Y2026, False, {"recurring_due": "11-24"}),
    ("hằng năm, trước ngày 25/11", Y2026, False, {"recurring_due": "11-24"}),
    ("ngày 29/02 hằng năm", Y2026, False, {"recurring_due": "02-29"}),
    # --- events
    (
        "sau khi kết thúc Hội nghị tổng kết",
        Y2026,
        False,
        {"event_relative": True, "due": None, "recurring": False},
    ),
    ("đến khi tổ chức thành công Đại hội", Y2026, False, {"event_relative": True}),
    (
        "trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ",
        Y2026,
        False,
        {"event_relative": True},
    ),
    ("trước Tết Nguyên đán", Y2026, False, {"event_relative": True}),
    # Windows around an event, as real plans and rules word them (issue 15, blind set).
    ("trước ngày trao thưởng ít nhất 07 ngày", Y2026, False, {"event_relative": True}),
    (
        "trước ngày tổ chức sơ kết, tổng kết ít nhất 10 ngày làm việc",
        Y2026,
        False,
        {"event_relative": True},
    ),
    (
        "chậm nhất 05 ngày làm việc sau khi kết thúc đợt thi đua",
        Y2026,
        False,
        {"event_relative": True},
    ),
    (
        "trong thời hạn 10 ngày kể từ ngày lập được thành tích",
        Y2026,
        False,
        {"event_relative": True},
    ),
    ("sau khi kết thúc đợt thi đua 15 ngày", Y2026, False, {"event_relative": True}),
    ("trước Đại hội ít nhất 01 tháng", Y2026, False, {"event_relative": True}),
    (
        "ít nhất 20 ngày làm việc trước ngày dự kiến tổ chức trao tặng",
        Y2026,
        False,
        {"event_relative": True},
    ),
    (
        "trước 20 ngày làm việc so với ngày dự kiến trao tặng",
        Y2026,
        False,
        {"event_relative": True},
    ),
    ("trong vòng 10 ngày sau Đại hội", Y2026, False, {"event_relative": True}),
    ("trước 02 tuần so với ngày khai giảng", Y2026, False, {"event_relative": True}),
    ("trước ngày khai mạc Đại hội", Y2026, False, {"event_relative": True}),
    ("ngay sau khi có quyết định khen thưởng", Y2026, False, {"event_relative": True}),
]


@pytest.mark.parametrize("marks", [True, False], ids=["dấu", "khong-dau"])
@pytest.mark.parametrize(("text", "plan", "scope", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_phrase(
    text: str, plan: PlanYear, scope: bool, expected: dict[str, Any], marks: bool
) -> None:
    written = text if marks else strip_marks(text)
    phrase = _phrase(written, plan, scope)
    assert phrase is not None, written
    for name, value in expected.items():
        if name == "when":
            value = value if marks else strip_marks(value)
            assert phrase.text == value
        else:
            assert getattr(phrase, name) == value, (written, name)


def test_phrase_is_returned_as_written() -> None:
    text = "Các thôn bình xét, hoàn thành trước ngày 25/11/2026."
    [phrase] = find_time_phrases(text, Y2026)
    assert phrase.text == "hoàn thành trước ngày 25/11/2026"
    assert text[phrase.offset : phrase.end] == phrase.text


def test_date_without_year_and_no_plan_year_stays_open() -> None:
    [phrase] = find_time_phrases("trước ngày 15/3", PlanYear(None))
    assert phrase.due is None


@pytest.mark.parametrize(
    "text",
    [
        "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ",
        "Thực hiện Kế hoạch số 52/KH-UBND ngày 21/02/2020 của UBND tỉnh",
        "Chỉ thị số 39/CT-TW ngày 21 tháng 5 năm 2004 của Bộ Chính trị",
        "Luật Thi đua, khen thưởng ngày 15/6/2022",
        "Mai Sơn, ngày 26 tháng 02 năm 2020",
        "khen thưởng thành tích năm 2019",
        "hồ sơ đề nghị khen thưởng năm học 2019-2020",
        "giai đoạn 2021 - 2025",
        "nhiệm kỳ 2026 - 2031",
        "gắn với thực hiện nhiệm vụ thường xuyên của cơ quan",
        "theo Quy chế hoạt động của Hội đồng",
        "kỷ niệm ngày thành lập Đảng (3/2); ngày Quốc khánh (2/9)",
        "Thương binh liệt sỹ (27/7/1947 - 27/7/2020)",
        "Cách mạng tháng Tám",
        "Trước mắt, tập trung triển khai",
        "Hội nghị biểu dương tháng 8",
        "Thẩm định quy chế trước khi triển khai thực hiện",
        "1.500 hộ gia đình",
    ],
)
@pytest.mark.parametrize("marks", [True, False], ids=["dấu", "khong-dau"])
def test_not_a_deadline(text: str, marks: bool) -> None:
    written = text if marks else strip_marks(text)
    assert find_time_phrases(written, Y2026) == []


def test_deadline_after_a_cited_document_is_kept() -> None:
    text = "Triển khai Kế hoạch số 12/KH-UBND, hoàn thành trước ngày 15/3/2026"
    [phrase] = find_time_phrases(text, Y2026)
    assert phrase.due == d("2026-03-14")


def test_bare_month_is_only_a_heading() -> None:
    assert find_time_phrases("Tháng 01", Y2016) == []
    assert resolve_scope("Tháng 01", Y2016) is not None


def test_cell_with_explicit_deadline_prefers_it() -> None:
    phrase = resolve_scope("Tháng 3 (trước ngày 15/3)", Y2026)
    assert phrase is not None and phrase.due == d("2026-03-14")


def test_cell_with_two_periods_spans_both() -> None:
    phrase = resolve_scope("Quý I và tháng 9", Y2026)
    assert phrase is not None
    assert (phrase.start, phrase.due) == (d("2026-01-01"), d("2026-09-30"))
