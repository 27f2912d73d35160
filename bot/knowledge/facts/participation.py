"""Who may take part in thi đua: "người cao tuổi không còn đi làm có được tham gia thi đua
không", "sinh viên tình nguyện có được tham gia phong trào thi đua của xã không".

Thi đua is organised "với sự tham gia tự nguyện của cá nhân, tập thể, hộ gia đình" (Luật Thi
đua, khen thưởng 2022 Điều 3 khoản 1): no kind of person is kept out of it, so whether one may
take part is answered "Có", and a claim that only some may ("chỉ người có hộ khẩu mới được tham
gia") or that one may not is answered "Không" (task h328).
"""

from __future__ import annotations

import re

from bot.core.text import folded_words

__all__ = ["joining_verdict"]

#: taking part asked: "được tham gia thi đua", "dc tham gia phong trào thi đua của xã"
_JOINING = re.compile(
    r"\b(?:duoc|dc|co the) tham gia (?:vao |cac )?(?:phong trao )?thi dua\b"
    r"|\btham gia (?:phong trao )?thi dua (?:duoc|dc) (?:khong|ko|k|hok)\b"
)
#: taking part denied or kept to some: "không được tham gia", "chỉ … mới được tham gia"
_JOINING_DENIED = re.compile(
    r"\b(?:khong|ko|k|chua|cam) (?:duoc |dc )?tham gia\b"
    r"|\bchi (?:co )?(?:\w+ ){0,6}?moi (?:duoc |dc )?tham gia\b"
)


def joining_verdict(question: str) -> str | None:
    """ "Có" when the question asks whether someone may take part in thi đua, "Không" when it
    claims someone may not (or only some may); None when taking part is not asked."""
    words = folded_words(question)  # read only for the parties' block
    if "tham gia" not in words or _JOINING.search(words) is None:
        return None
    return "Không" if _JOINING_DENIED.search(words) is not None else "Có"
