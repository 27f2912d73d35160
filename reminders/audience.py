"""Guesses from a task's wording: which units and roles it concerns, which action completes it.

Reviewers see and can correct every guess; a guess only has to be a sensible default. An empty
set means "everyone in the plan unit's subtree".
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.storage.models import Role, UnitKind

COMMUNE = (UnitKind.XA, UnitKind.PHUONG, UnitKind.DAC_KHU)
VILLAGE = (UnitKind.THON, UnitKind.TO_DAN_PHO)

#: Folded phrase → kinds of unit it names ("các thôn" → thôn and tổ dân phố).
_KIND_WORDS: list[tuple[re.Pattern[str], tuple[UnitKind, ...]]] = [
    (re.compile(r"\b(thon|to dan pho|khu pho|khom)\b"), VILLAGE),
    (
        re.compile(r"\btruong\b|\bmam non\b|\btieu hoc\b|\btrung hoc\b|\bnam hoc\b"),
        (UnitKind.TRUONG,),
    ),
    (re.compile(r"\bphong\b"), (UnitKind.PHONG,)),
    (
        re.compile(
            r"\b(uy ban nhan dan|ubnd|hoi dong|chu tich|dang uy|cong chuc)\b.{0,30}"
            r"\b(xa|phuong|dac khu)\b|\bcap xa\b"
        ),
        COMMUNE,
    ),
]
#: Words that make a task everyone's business: no restriction by kind.
_EVERYONE = re.compile(
    r"\b(co quan|don vi|ban, nganh|cac nganh|doan the|tap the|ca nhan|cac cap)\b"
)
_REVIEW = re.compile(r"\b(tham dinh|tong hop|trinh chu tich|xet, trinh|cong nhan)\b")


def guess_unit_kinds(who: str | None, task: str) -> list[str]:
    """Kinds of unit concerned, from the "who" column (or, without one, the task itself)."""
    text = fold(who or "")
    if not text:
        # Without a "who", only an explicit subject at the start of the task narrows it down.
        head = fold(task)[:40]
        text = head if re.match(r"(cac )?(thon|truong|to dan pho)", head) else ""
    if not text or _EVERYONE.search(text):
        return []
    kinds: list[str] = []
    for pattern, found in _KIND_WORDS:
        if pattern.search(text):
            kinds.extend(k.value for k in found if k.value not in kinds)
    return kinds


def guess_roles(who: str | None, task: str) -> list[str]:
    """Reviewing and deciding are reviewers' work; everything else concerns every role."""
    if _REVIEW.search(fold(task)[:60]):
        return [Role.REVIEWER.value, Role.ADMIN.value]
    return []


def guess_completes_by(task: str) -> str | None:
    """ "đăng ký thi đua" → registration, "hồ sơ (đề nghị) khen thưởng" → dossier."""
    text = fold(task)
    if _REVIEW.search(text[:60]) or re.match(r"(tiep nhan|to chuc hop|hop xet)", text):
        return None  # reviewing or deciding does not complete anything for a unit
    if re.search(r"\bdang ky (thi dua|danh hieu)|\bky (ket )?giao uoc thi dua", text):
        return "registration"
    if re.search(r"\b(gui|nop|hoan thien)\b.{0,40}\bho so\b", text) and re.search(
        r"khen thuong|thi dua|danh hieu|de nghi", text
    ):
        return "dossier"
    return None
