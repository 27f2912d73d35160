"""The place where a household title is reviewed, told as the one reviewing it (task h419).

"tổ dân phố chúng tôi ở phường thì cũng bình xét Gia đình văn hóa như ở thôn hay là phường
thì không có danh hiệu đó", "ở phường có bình xét GĐVH không": the thôn, tổ dân phố or phường
named is where the review is held, not a recipient of the title. Gia đình văn hóa is reviewed in
every thôn and tổ dân phố, of a xã as of a phường or đặc khu (Luật 2022 Điều 20 khoản 2; NĐ
86/2023 Điều 8: the trưởng thôn or tổ trưởng tổ dân phố chairs the review). The part is read as
the fact's ``noi_binh_xet`` case, a yes/no."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.knowledge.facts.pair import Pair

#: the household titles reviewed in each thôn, tổ dân phố
_HOUSEHOLD_TITLES = frozenset({"gdvh"})
#: the places read as a recipient (a thôn, a xã) when named before the title
_PLACE_SUBJECTS = frozenset({"thon", "xa", None})
_PLACE = r"(?:thon|to dan pho|tdp|khu pho|ap|xom|khom|phuong|xa|dac khu|thi tran)"
#: the place, then (a few words, none of them "được") the review as its act, then the title
_PLACE_REVIEWS = re.compile(
    rf"\b{_PLACE}\b(?: (?!duoc\b|dc\b|tang\b|cong nhan\b)\S+){{0,5}}? "
    r"(?:cung |co |van |con |deu |thuong |phai )*(?:binh xet|to chuc binh xet|hop binh xet|xet)"
    r"(?: ca)? (?:danh hieu )?(?:gia dinh van hoa|gdvh)\b"
)

#: the yes/no or the alternative that asks it
_ASKED = re.compile(r"\b(?:khong|k|ko|hong|chua|hay)\b")


def review_place_asked(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """A place told holding the review of Gia đình văn hóa asks whether it is held there."""
    if not any(p.entity in _HOUSEHOLD_TITLES and p.attr == "eligible" for p in pairs):
        return pairs
    text = " ".join(toks)
    found = _PLACE_REVIEWS.search(text)
    if found is None:
        return pairs
    # asked in its own sentence ("… có bình xét GĐVH không", "… như ở thôn hay là …"); "thôn
    # em bình xét GĐVH đầu tháng 12. … hạn là bao giờ" only tells when it was held
    clause = re.split(r"[.?!;]", text[found.end() :], maxsplit=1)[0]
    if _ASKED.search(clause) is None:
        return pairs
    return [
        replace(p, subject="noi_binh_xet", yesno=True)
        if p.entity in _HOUSEHOLD_TITLES and p.attr == "eligible" and p.subject in _PLACE_SUBJECTS
        else p
        for p in pairs
    ]
