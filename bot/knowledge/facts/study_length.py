"""A course's length told against the short-course rule: time away on a course "dưới 01 năm" is
joined to the time at work to judge Lao động tiên tiến (TT 15/2025, domain.md 2.2); a course of
a year or more ("đi học liên thông 2 năm", "học thạc sĩ 18 tháng") is not that case."""

from __future__ import annotations

import re

from bot.core.text import fold

#: the limit a fact gives a course: "ngắn hạn dưới 01 năm"
_LIMIT = re.compile(r"\b(?:di hoc|boi duong|dao tao)[^.;]*?\bduoi (\d{1,2}) (nam|thang)\b")
#: a length told of a course: "đi học liên thông đại học 2 năm", "học thạc sĩ 18 tháng", "đào tạo
#: 3 tháng"; "năm 2026" (a year) has its number after, so it is never read
_TOLD = re.compile(
    r"\b(?:hoc|boi duong|dao tao|tap huan)\b(?: [a-z]+){0,5}?"
    # "bồi dưỡng ngắn hạn dưới 1 năm": a limit quoted, not a length told
    r"(?<! duoi)(?<! tren)(?<! qua)(?<! tu) (\d{1,2}(?:[.,]5)?) (nam|thang)\b"
)

#: a course told by its months (h345): "đi học cao học tập trung từ tháng 9/2025 đến tháng
#: 6/2027", "học thạc sĩ từ 9/2025 tới 6/2026"; the first and the last month both count
_RANGE = re.compile(
    r"\b(?:hoc|boi duong|dao tao|tap huan)\b(?: [a-z]+){0,8}? tu (?:thang )?(\d{1,2}) ?/ ?(20\d\d)"
    r" (?:den|toi) (?:het )?(?:thang )?(\d{1,2}) ?/ ?(20\d\d)\b"
)


def _range_months(first: str, start_year: str, last: str, end_year: str) -> float:
    return float((int(end_year) - int(start_year)) * 12 + int(last) - int(first) + 1)


def _months(number: str, unit: str) -> float:
    return float(number.replace(",", ".")) * (12 if unit == "nam" else 1)


def study_length_verdict(question: str, body: str) -> tuple[str, str] | None:
    """ "đi học liên thông 2 năm có được xét LĐTT như bình thường không" against "đi học, bồi
    dưỡng ngắn hạn dưới 01 năm … được kết hợp": one length told that reaches the limit →
    "Không" with a line saying why; None when the body gives no limit, the question tells no
    length, several, or one under the limit (the body's own verdict stands)."""
    limit = _LIMIT.search(" ".join(fold(body).split()))
    asked = " ".join(fold(question).split())
    told = {_months(n, u) for n, u in _TOLD.findall(asked)}
    told |= {_range_months(*told_range) for told_range in _RANGE.findall(asked)}
    if limit is None or len(told) != 1:
        return None
    (months,) = told
    number, unit = limit.groups()
    if months < _months(number, unit):
        return None
    length = f"{months / 12:g} năm" if months % 12 == 0 else f"{months:g} tháng"
    return "Không", (
        f"Khóa học {length} anh/chị nêu không phải đi học, bồi dưỡng ngắn hạn dưới "
        f"{int(number):02d} {'năm' if unit == 'nam' else 'tháng'}, nên không được kết hợp thời "
        "gian như trường hợp ngắn hạn."
    )
