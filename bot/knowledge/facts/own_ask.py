"""The asker's own question after a saying told (task h417).

"Kế toán bảo chỉ được nhận một khoản thưởng thôi. Em có được nhận cả hai khoản không, mỗi khoản
bao nhiêu ạ": the letter reports a saying, then asks its own question in the positive. The
verdict answers the asker's question ("Có." both are paid, NĐ 152/2025 Điều 49 khoản 5, 7; Luật
2022 Điều 5 khoản 2 điểm c), and the saying is said wrong in the body; "Không. Ý kiến đó chưa
đúng." would read as "no, you may not have both". A question put as "… đúng không" still
judges the saying.
"""

from __future__ import annotations

import re

from bot.core.text import folded_words

__all__ = ["BOTH_PAID_NOTE", "both_paid_asked"]

#: "có được nhận cả hai khoản không", "e có dc lĩnh cả tiền giấy khen k", "nhận được cả 2 không"
_BOTH_ASKED = re.compile(
    r"\b(?:co )?(?:duoc |dc )?(?:nhan|linh|lanh|huong|lay)(?: duoc| dc)? (?:ca|du|luon ca)"
    r" (?:(?:2|hai) |tien |khoan |phan )(?:\S+ ){0,6}?(?:khong|k|ko|kg|hong|khum)\b"
)
#: the ask is whether the saying is right: it is the saying that is judged
_SAYING_ASKED = re.compile(
    r"\b(?:dung|phai|chinh xac|sai) (?:khong|k|ko|kg|hong)\b|\bco (?:dung|sai|phai)\b"
)

BOTH_PAID_NOTE = "Được nhận cả hai khoản; ý kiến nói chỉ được nhận một khoản là chưa đúng."


def both_paid_asked(text: str) -> bool:
    """The letter's own last ask is whether both prizes are paid, in the positive, and no
    "đúng không" puts the saying up instead."""
    words = folded_words(text)
    asks = list(_BOTH_ASKED.finditer(words))
    return bool(asks) and not _SAYING_ASKED.search(words[asks[-1].start() :])


#: "xin hỏi 3 người đó có dc xét k", "vậy chị ấy có được bình không": the asker's own ask of the
#: persons the letter told, after the sayings it reports
_PERSONS_ASKED = re.compile(
    r"\b(?:\d+ )?(?:nguoi|ban|chi|anh|co|thay|ho|em|e) (?:do|nay|ay|kia) (?:co )?(?:dc|duoc)"
    r" (?:xet|binh|de nghi|binh xet)(?: \S+){0,3} (?:khong|k|ko|kg|hong)\b"
)


def told_persons_asked(text: str) -> bool:
    """The letter's own ask is whether the persons it told may be reviewed ("3 người đó có dc
    xét k"): the verdict answers that ask, a saying told before it is judged in the body, not by
    the opening word (task h417)."""
    return _PERSONS_ASKED.search(folded_words(text)) is not None
