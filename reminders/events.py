"""Deadlines that hang on an event: which event to ask about, and the date it gives.

"trước ngày trao thưởng ít nhất 07 ngày" has no date until the reviewer says when the awards are
given; the draft asks "Ngày trao thưởng là ngày nào?" at confirmation, and the answer sets the
deadline's due date (here seven days before).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reminders.parsing.textnorm import aligned_fold

__all__ = ["due_from_event", "event_name", "event_question"]

# Each pattern finds the event in the folded phrase; the name is cut from the phrase as written.
_COUNT = r"\s+\d{1,3}\s+(?:ngay|tuan|thang)"
_EVENT = (
    re.compile(
        r"truoc\s+(?:ngay\s+)?(?P<ev>.+?)\s*,?\s*(?:it\s+nhat|toi\s+thieu|cham\s+nhat)\s+\d"
    ),
    re.compile(r"(?:so\s+voi|ke\s+tu|tu)\s+ngay\s+(?P<ev>.+)$"),
    # "sau khi kết thúc đợt thi đua 15 ngày": the count after the event is not its name.
    re.compile(
        r"(?:den\s+khi|cho\s+den\s+khi|truoc\s+khi|sau\s+khi|ke\s+tu\s+khi)\s+(?P<ev>.+?)"
        rf"(?:\s+(?:cham\s+nhat|it\s+nhat))?(?:{_COUNT}.*)?$"
    ),
    # "ít nhất 20 ngày làm việc trước ngày dự kiến trao tặng", "10 ngày sau Đại hội".
    re.compile(
        r"\d\s+(?:ngay|tuan|thang)(?:\s+lam\s+viec)?\s+(?:truoc|sau)\s+(?:ngay\s+)?(?P<ev>.+)$"
    ),
    re.compile(r"(?:truoc|sau)\s+(?:ngay\s+)?(?P<ev>tet.*|dai\s+hoi.*|hoi\s+nghi.*|khai\s+mac.*)$"),
)
_DAYS = re.compile(r"(\d{1,3})\s+(ngay|tuan|thang)")
_DROP = re.compile(r"^(?:to\s+chuc\s+thanh\s+cong|ket\s+thuc|khai\s+mac|dien\s+ra)\s+")


def event_name(when: str | None) -> str | None:
    """The event a phrase waits for, as written: "trao thưởng", "tổ chức hội nghị biểu dương"."""
    if not when:
        return None
    folded = aligned_fold(when)
    for pattern in _EVENT:
        match = pattern.search(folded)
        if match:
            start, end = match.span("ev")
            name = when[start:end].strip(" ,.;:()")
            # "đến khi tổ chức thành công Đại hội": the event is the Đại hội.
            cut = re.match(r"to\s+chuc\s+thanh\s+cong\s+", aligned_fold(name))
            if cut:
                name = name[cut.end() :]
            return name or None
    return None


def event_question(when: str | None) -> str:
    """ "Ngày trao thưởng là ngày nào?" (or a plainer question when no event can be named)."""
    name = event_name(when)
    if name is None:
        return "Sự kiện mà hạn này phụ thuộc diễn ra vào ngày nào?"
    folded = aligned_fold(name)
    if _DROP.match(folded) or not folded.startswith(("ngay", "le ", "tet")):
        return f"Ngày {name} là ngày nào?"
    return f"{name[:1].upper()}{name[1:]} là ngày nào?"


def due_from_event(when: str | None, event: date) -> date:
    """The due date once the event's date is known: N days before it ("trước ... ít nhất 07
    ngày", "trước 03 ngày"), N days after it ("trong thời hạn 10 ngày sau khi ..."), or the day
    itself ("đến khi tổ chức thành công Đại hội"). Working days are counted as calendar days,
    which errs early."""
    folded = aligned_fold(when or "")
    days = _DAYS.search(folded)
    if days is None:
        # "trước khi khai mạc Đại hội" is the day before, as "trước ngày X" is.
        return event - timedelta(days=1) if re.search(r"\btruoc\b", folded) else event
    count = int(days.group(1))
    after = re.search(r"\b(?:sau|ke\s+tu)\b", folded) and not folded.startswith("truoc")
    sign = 1 if after else -1
    if days.group(2) == "thang":  # "trước Đại hội ít nhất 01 tháng": calendar months
        return _add_months(event, sign * count)
    step = 7 if days.group(2) == "tuan" else 1
    return event + timedelta(days=sign * count * step)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, last)
        except ValueError:
            continue
    raise ValueError(day)
