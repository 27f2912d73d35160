"""An award "vượt cấp" claimed: a higher form without the lower one first.

The step-up fact answers "phải có giấy khen rồi mới được bằng khen không" ("Không": thành tích
đến đâu khen thưởng đến đó, Luật 2022 Điều 5 khoản 2 điểm c). "Có được khen vượt cấp không" asks
the same rule from the other side, so its verdict is the reverse: skipping a level is allowed,
and "không được khen vượt cấp" claims what the law does not say.
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.knowledge.facts.clauses import first_option

__all__ = ["skip_level_claimed"]

#: "vượt cấp" (or "nhảy cấp"): a form above the next one up, asked of as such
_SKIP = re.compile(r"\b(?:vuot|nhay) cap\b")
#: the skip denied: "không (được / thể / nên) (đề nghị) khen vượt cấp", "cấm … vượt cấp"
_DENIED = re.compile(
    r"\b(?:khong|k|ko|kg|khg|chua|cam|chang)\s+(?:(?:duoc|dc|the|nen|cho|phep)\s+){0,2}"
    r"(?:\S+\s+){0,3}(?:vuot|nhay) cap\b"
)
#: the skip called a fault or said to be sent back: "khen vượt cấp (là) sai / vi phạm / trái
#: quy định", "hồ sơ vượt cấp sẽ bị (tỉnh) trả lại / loại"
_FAULTED = re.compile(
    r"\b(?:vuot|nhay) cap\b(?:\s+\S+){0,4}?\s+"
    r"(?:sai|vi pham|trai|bi (?:\S+ )?(?:tra lai|tra ve|loai|bac|tu choi))\b"
)

#: task h401: the lower form claimed not needed first: "không nhất thiết phải có giấy khen xã
#: (rồi) mới đề nghị bằng khen tỉnh", "k cần có giấy khen trước": the skip claimed allowed
_LOWER_NOT_NEEDED = re.compile(
    r"\b(?:khong|k|ko|kg|khg|chang)\s+(?:nhat thiet|can|bat buoc|buoc|doi hoi)"
    r"(?:\s+(?:phai|co|la))*\s+(?:giay khen|gk|hinh thuc (?:muc )?thap|muc thap)\b"
)


def skip_level_claimed(question: str) -> str | None:
    """ "Có" when the asking clause asks whether an award may skip a level; "Không" when it
    claims skipping is barred or wrong; None when it names no skip."""
    said = " ".join(fold(first_option(question)).split())
    if _LOWER_NOT_NEEDED.search(said) is not None:
        return "Có"
    if _SKIP.search(said) is None:
        return None
    return "Không" if _DENIED.search(said) or _FAULTED.search(said) else "Có"
