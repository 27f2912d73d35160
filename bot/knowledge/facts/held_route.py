"""A sáng kiến or đề tài told as held and recognised, then the title asked (task h419).

"cô giáo có sáng kiến được hội đồng sáng kiến cơ sở công nhận rồi, năm nay chỉ hoàn thành tốt
nhiệm vụ, có được đề nghị CSTĐCS không hay phải xuất sắc mới được", "con trai tôi dân quân
thường trực, đạt chiến sĩ tiên tiến, có cái sáng kiến … được chỉ huy công nhận, có đủ điều kiện
CSTĐCS không": the sáng kiến is the route the person has, not a question whether one is needed.
Whether the person may have the title is asked (Luật 2022 Điều 23: LĐTT or Chiến sĩ tiên tiến,
and hoàn thành xuất sắc nhiệm vụ or a sáng kiến recognised or a đề tài accepted)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.knowledge.facts.pair import Pair

#: the titles a recognised sáng kiến is a route to (Luật 2022 Điều 23 khoản 2)
_ROUTE_TITLES = frozenset({"cstdcs"})
#: the titles held on the way, told beside the route ("đạt chiến sĩ tiên tiến"), not asked
_HELD_ON_THE_WAY = frozenset({"cstt", "ldtt"})
#: a sáng kiến or đề tài told held and recognised or accepted, a few words of what it is about
#: between ("có cái sáng kiến cải tiến cách canh gác được chỉ huy công nhận")
_ROUTE_HELD = re.compile(
    r"\b(?:co|da co|lam|dat) (?:cai |mot |1 )?(?:sang kien|de tai|de an)"
    r"(?: (?!chua\b|khong\b|ko\b|k\b|chang\b|can\b|phai\b)\w+){0,7}? (?:duoc|dc|da) (?:\w+ ){0,7}?"
    r"(?:cong nhan|nghiem thu)\b"
)
#: the title asked of the person: "có được (đề nghị) CSTĐCS không", "có đủ điều kiện CSTĐCS"
_TITLE_ASKED = re.compile(
    r"\b(?:co |thi )?(?:duoc|dc|du|du dieu kien|len|mat co hoi|mat)"
    r"(?: (?:de nghi|xet|dat|danh hieu|tieu chuan|dieu kien|co hoi|ve))* "
    r"(?:cstdcs|chien si thi dua co so)\b"
)


#: the route named as a need, not held, or a level of duty that reaches no LĐTT
_NOT_HELD = re.compile(
    r"\b(?:phai|bat buoc|can|neu|khong|k|ko|chua) (?:phai )?co (?:sang kien|de tai)\b"
    r"|\bhtnv\b|\bhoan thanh nhiem vu\b"
)


def held_route_asked(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """The route told held and the title asked: the title's eligibility is the part."""
    if not any(p.attr == "initiative" and p.entity in _ROUTE_TITLES and p.yesno for p in pairs):
        return pairs
    text = " ".join(toks)
    if not _ROUTE_HELD.search(text) or not _TITLE_ASKED.search(text):
        return pairs
    if _NOT_HELD.search(text):
        # "bắt buộc phải có sáng kiến …" claims a need, no route held; "HTNV" (below hoàn thành
        # tốt) reaches no LĐTT, so no CSTĐCS by any route (b70, b152)
        return pairs
    out: list[Pair] = []
    for p in pairs:
        if p.attr == "initiative" and p.entity in _HELD_ON_THE_WAY and not p.yesno:
            continue  # the held title told on the way, no part of its own
        if p.attr == "initiative" and p.entity in _ROUTE_TITLES and p.yesno:
            p = replace(p, attr="eligible")
        out.append(p)
    return out
