"""Readers of a claim that restates, in the asker's own voice, what a fact says (task h119).

Kept apart from ``composer.py`` so that parallel work on the composer merges cleanly; the
composer calls them where it turns a fact's verdict round to answer a claim.
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.knowledge.facts.analyser import NEGATED, NOT_SPELLED
from bot.knowledge.facts.model import tokens

#: "… đúng không (ạ / ad)", "… phải không", "… đúng chứ": the claim put up for confirmation
_CONFIRM_TAIL = re.compile(
    r" (?:dung|phai)(?: (?:khong|chu|a|ha|nhi|chua))?(?: (?:a|ad|ah|ak|ha|nhe))? $"
)
#: words between a negation and what it denies: "không được khen", "không phải đóng thuế",
#: "không cần có sáng kiến", "không bắt buộc phải …"
_FILL = frozenset(
    {"duoc", "dc", "phai", "can", "bat", "buoc", "co", "con", "bi", "the", "he", "nen", "tu"}
)
#: words that end what a negation denies ("không phải đóng thuế gì cả")
_STOP = frozenset({"gi", "ca", "nua", "dau", "ma", "vi", "nen", "thi", "la", "ha", "a", "nhe"})
#: words too common in the facts to show by themselves that the fact denies the same thing
_GENERIC = frozenset(
    {"khen", "thuong", "xet", "tang", "danh", "hieu", "duoc", "dc", "co", "cho", "nguoi", "nhan"}
)


def _claimed_denial(claim: str) -> list[str]:
    """The words a claim put up for confirmation denies: of "1 thành tích thì k được khen nhiều
    hình thức đúng k", ["khen", "nhieu", "hinh", "thuc"]; [] when the closing sentence does not
    end "đúng / phải không" or denies nothing."""
    sentences = [c for c in re.split(r"[.;?!\n]", claim) if c.strip()]
    toks = [NOT_SPELLED.get(t, t) for t in tokens(sentences[-1] if sentences else claim)]
    toks = [t for t in toks if t.isalnum()]
    text = f" {' '.join(toks)} "
    tail = _CONFIRM_TAIL.search(text)
    if tail is None:
        return []
    toks = text[: tail.start()].split()
    if "thi" in toks:
        # "… thì không được …": the consequence after the last "thì" is what is claimed
        toks = toks[len(toks) - toks[::-1].index("thi") :]
    negations = [at for at, tok in enumerate(toks) if tok in NEGATED]
    if not negations:
        return []
    start = negations[-1] + 1
    if toks[start : start + 1] in (["can"], ["bat"]):
        # "không cần / không bắt buộc sáng kiến đúng không": the yes/no tuning set keys these
        # by the requirement itself ("Không." it is not needed), which the fact's own verdict
        # already answers; only a denied deed or duty ("không được khen", "không phải đóng
        # thuế") is read here
        return []
    while start < len(toks) and toks[start] in _FILL:
        start += 1
    denied: list[str] = []
    for tok in toks[start : start + 4]:
        if tok in _STOP or tok in NEGATED:
            break
        denied.append(tok)
    return denied


def prohibition_restated(claim: str, body: str) -> bool:
    """The claim negates what one clause of the fact itself negates: "tiền thưởng đó không phải
    đóng thuế đúng không" against "Không phải nộp thuế …", "một thành tích thì không được khen
    nhiều hình thức phải không" against "Không khen thưởng nhiều lần, nhiều hình thức cho một
    thành tích". The fact's "Không" answers the positive question; the claim restates the
    prohibition, so it holds. At least half of the denied words (one of them not a word every
    fact uses) must stand within six words after a negation of one clause of the fact."""
    denied = _claimed_denial(claim)
    if not denied:
        return False
    needed = max(1, (len(denied) + 1) // 2)
    for clause in re.split(r"[.;:()]", fold(body).lower()):
        words = re.findall(r"\w+", clause)
        for at, word in enumerate(words):
            if word not in NEGATED:
                continue
            window = set(words[at + 1 : at + 7])
            found = [w for w in denied if w in window]
            if len(found) >= needed and any(w not in _GENERIC for w in found):
                return True
    return False
