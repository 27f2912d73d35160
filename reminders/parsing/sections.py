"""What the parts of a plan are: sections, their headings, the lines that end the plan.

Everything here reads folded text (see :mod:`.textnorm`), so it works with or without
diacritics.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from .periods import PlanYear
from .textnorm import aligned_fold
from .timephrases import Strength, TimePhrase, find_time_phrases, resolve_scope

__all__ = [
    "APPENDIX",
    "DETAIL_LABEL",
    "PREAMBLE_SKIP",
    "SIGNATURE",
    "STOP",
    "TIME_LABEL",
    "WHO_LABEL",
    "SectionKind",
    "leading_phrase",
    "period_only",
    "section_kind",
]

SectionKind = Literal["purpose", "legal", "time", "organize", "other"]

# "Nơi nhận" (recipients) ends the plan's body; so does the signature block ("TM. ỦY BAN NHÂN
# DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). A "PHỤ LỤC" after them starts a body again.
STOP = re.compile(r"^noi\s+nhan\b")
SIGNATURE = re.compile(
    r"^(?:(?:tm|t/m|kt|tl|tuq|q)\s*[./:]?\s+(?:uy\s+ban|ubnd|ban|hoi\s+dong|dang\s+uy|chu\s+tich"
    r"|giam\s+doc|truong|thu\s+truong|cap\s+uy|chi\s+bo)"
    r"|(?:pho\s+)?(?:chu\s+tich|bi\s+thu|truong\s+ban|giam\s+doc|truong\s+phong)\s*$)"
)
APPENDIX = re.compile(
    r"^(?:phu\s+luc|bieu\s+(?:mau|tong\s+hop)|lich\s+(?:cong\s+tac|trien\s+khai))"
)
# Lines above the first section that are never tasks (grounds, number, letterhead motto).
PREAMBLE_SKIP = re.compile(
    r"^(?:can\s+cu|thuc\s+hien|so\s*:|so\s+\d|kinh\s+gui|v/v|cong\s+hoa|doc\s+lap|trien\s+khai\s+thuc\s+hien)"
)
# "- Thời gian: Trong tháng 01/2026", "- Chủ trì: Văn phòng ..." under a task line: the
# details of the task above, not tasks of their own.
TIME_LABEL = re.compile(
    r"^(?:thoi\s+gian(?:\s+(?:thuc\s+hien|hoan\s+thanh|to\s+chuc|trien\s+khai))?"
    r"|thoi\s+han(?:\s+hoan\s+thanh)?|han\s+hoan\s+thanh|tien\s+do(?:\s+thuc\s+hien)?)\s*:\s*"
)
WHO_LABEL = re.compile(
    r"^(?:don\s+vi\s+(?:thuc\s+hien|chu\s+tri|tham\s+muu)|co\s+quan\s+(?:chu\s+tri|thuc\s+hien)"
    r"|chu\s+tri|phan\s+cong(?:\s+thuc\s+hien)?|trach\s+nhiem(?:\s+thuc\s+hien)?"
    r"|nguoi\s+thuc\s+hien|bo\s+phan\s+thuc\s+hien)\s*:\s*"
)
DETAIL_LABEL = re.compile(
    r"^(?:dia\s+diem|thanh\s+phan|kinh\s+phi|hinh\s+thuc|(?:don\s+vi\s+)?phoi\s+hop"
    r"|san\s+pham|ghi\s+chu|doi\s+tuong|so\s+luong|quy\s+mo)\s*:"
)
# Words that may stand next to a period in a heading that is only a period: "Nhiệm vụ quý I".
_HEADING_FILLER = frozenset(
    {"nhiem", "vu", "cong", "viec", "thoi", "gian", "trong", "nam", "thuc", "hien", "cu", "the"}
    | {"cac"}
)


def section_kind(body: str) -> SectionKind:
    """What a heading opens: goals and legal grounds hold no tasks, "Thời gian thực hiện" gives
    the plan's span, "Tổ chức thực hiện" names the responsible units in its sub-headings."""
    folded = aligned_fold(body).strip(" .:")
    if re.match(r"(?:muc\s+dich|yeu\s+cau)", folded):
        return "purpose"
    if re.match(r"can\s+cu", folded):
        return "legal"
    if re.match(r"thoi\s+gian", folded) and "noi dung" not in folded:
        return "time"
    if re.search(r"to\s+chuc\s+thuc\s+hien|phan\s+cong|trach\s+nhiem", folded):
        return "organize"
    return "other"


def period_only(text: str, plan: PlanYear) -> TimePhrase | None:
    """The period a line states when the line is nothing but that period ("Quý I/2020:")."""
    phrase = resolve_scope(text, plan)
    if phrase is None:
        return None
    rest = aligned_fold(text[: phrase.offset] + " " + text[phrase.end :])
    words = [w for w in re.findall(r"[a-z0-9]+", rest) if w not in _HEADING_FILLER]
    return phrase if len(words) <= 1 else None


def leading_phrase(text: str, plan: PlanYear) -> TimePhrase | None:
    """A period written in front of an item as its label: "Tháng 3: đăng ký thi đua"."""
    phrases = find_time_phrases(text, plan, scope=True)
    if not phrases or phrases[0].offset > 2:
        return None
    after = text[phrases[0].end :].lstrip()
    if after.startswith((":", "-", "–")):
        return replace(phrases[0], strength=Strength.STRONG)
    return None
