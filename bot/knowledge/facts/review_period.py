"""How often a title is reviewed, as a yes/no claims it (task h305): "GĐVH giờ xét hằng năm,
không phải 3 năm 1 lần nữa, đúng k". A title whose fact says it is reviewed "hằng năm" (NĐ
86/2023 for the family and village titles; Luật 2022 for the yearly titles) is wrong claimed
"every N years" and right claimed "no longer every N years"."""

from __future__ import annotations

import re

from bot.core.text import folded_words

#: "3 năm 1 lần", "ba năm mới xét một lần", "5 năm công nhận 1 lần": a period of several years
#: claimed, with up to three words before it (a denial) and a "nữa" after it
_SEVERAL_YEARS = re.compile(
    r"(?:\b(?P<before>(?:\w+ ){1,3}))?"
    r"\b(?:[2-9]|10|hai|ba|bon|nam) nam (?:\w+ ){0,2}?(?:1|mot) lan\b(?P<after> nua\b)?"
)
#: the period said gone: "không còn", "hết", "bỏ", "chứ không (phải)"
_GONE_BEFORE = re.compile(r"\b(?:(?:khong|ko|k|kg) con|het|bo|chu (?:khong|ko|k|kp))\b")
#: "không (phải)" alone denies it only with a "nữa" after ("không phải 3 năm 1 lần nữa"); bare,
#: "không phải 3 năm mới xét 1 lần à" asks whether it is so
_NOT_BEFORE = re.compile(r"\b(?:khong|ko|k|kg|kp)\b")
#: how the facts write a yearly review
_YEARLY_FACT = "hằng năm"


def period_verdict(question: str, body: str) -> str | None:
    """ "Không" when the question claims the yearly title is reviewed every several years,
    "Có" when it claims that period is gone; None when it names no such period or the fact
    does not say the title is reviewed yearly."""
    if _YEARLY_FACT not in body:
        return None
    found = _SEVERAL_YEARS.search(folded_words(question, "/"))
    if found is None:
        return None
    before = found.group("before") or ""
    gone = _GONE_BEFORE.search(before) or (found.group("after") and _NOT_BEFORE.search(before))
    return "Có" if gone else "Không"
