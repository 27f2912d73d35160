"""A length of time claimed against a time limit the fact states (task h261).

Officers put a delay up for confirmation in their own units: "nhận đủ hồ sơ GĐVH thì chủ tịch
xã có được để 1 tháng mới ra QĐ không", "ký QĐ xong thì để cuối năm sau mới cần công khai danh
sách, đúng k". The fact states the limit in days and from what it runs ("trong 10 ngày kể từ
ngày nhận đủ hồ sơ", "công khai trong 15 ngày kể từ ngày quyết định", NĐ 86/2023 Điều 8). A
length claimed past the limit it is tied to is wrong ("Không"); the same number of days is the
limit itself ("Có"). Anything shorter, or a length the limit does not clearly govern, is left to
the figure reader: "phải ký trong 5 ngày" claims another limit, not a delay that fits.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.text import folded_words
from bot.knowledge.facts.pair import Pair

__all__ = ["duration_verdict", "length_claimed", "limit_asked"]

#: a limit the fact states, and what it runs from: "trong 10 ngày kể từ ngày nhận đủ hồ sơ"
_LIMIT = re.compile(
    r"\btrong (\d+) ngay(?: lam viec)? ke tu (?:ngay|khi) (nhan du ho so|quyet dinh|ky)\b"
)
#: a length claimed: "1 tháng", "hai tuần", "nửa tháng", "20 ngày"
_LENGTH = re.compile(r"\b(\d+|mot|hai|ba|bon|nua) (ngay|tuan|thang|nam)\b")
#: a length told by a later time ("để cuối năm sau mới …", "sang năm mới …"): past any limit
#: counted in days
_LATE = re.compile(r"\b(?:cuoi nam(?: sau)?|sang nam|nam sau|het nam|den tet)\b")
#: the word before a length's number ("để 1 tháng", "trong 10 ngày", "mất 2 tuần") or after
#: its unit ("1 tháng mới ký", "2 tháng sau") that makes it a length put up
_LEADS = frozenset({"de", "trong", "mat", "qua", "hon", "toi", "den", "tam", "khoang", "thi"})
_AFTER = frozenset({"sau", "moi", "roi"})
_NUMBERS = {"mot": 1.0, "hai": 2.0, "ba": 3.0, "bon": 4.0, "nua": 0.5}
_DAYS = {"ngay": 1, "tuan": 7, "thang": 30, "nam": 365}
#: a far time told instead of a length, in days
_LATE_DAYS = 365

#: what a claimed length is of, by the words near it: deciding (the limit runs from the full
#: dossier), publishing the list (it runs from the decision), or the list put up for comment
#: before the dossier (a minimum of 10 days, which the figure reader compares)
_DECIDE = ("ra qd", "ra quyet dinh", "ky qd", "ky quyet dinh", "quyet dinh", "qd", "ky")
_PUBLISH = ("cong khai", "cong bo")
_CONSULT = ("niem yet", "lay y kien")
#: each cue where it stands as words; "ký xong thì 2 tháng sau mới công khai": a step told
#: done ("xong", "rồi") is where the length starts, not what it is the length of
_CUE_AT = {
    cue: re.compile(rf"(?<= ){re.escape(cue)}(?= )(?! xong )(?! roi )")
    for cue in (*_DECIDE, *_PUBLISH)
}
#: a length told to run from the decision: "15 ngày sau quyết định", "kể từ ngày ký"
_FROM_DECISION = re.compile(r"(?:sau|ke tu|tu)(?: khi| ngay)? (?:ra |ky )?(?:quyet dinh|qd|ky)\b")
#: how many words either side of a length its cue may stand
_REACH = 6


def duration_verdict(claim: str, body: str) -> str | None:
    """ "Không" when a length ``claim`` puts up runs past the limit of ``body`` it is of, "Có"
    when it is that limit in days, None when it claims no length a stated limit governs."""
    if "kể từ" not in body and "ke tu" not in body:
        return None  # most facts state no limit: skip folding them
    limits = {_runs_from(m.group(2)): int(m.group(1)) for m in _LIMIT.finditer(_folded(body))}
    if not limits:
        return None
    words = _folded(claim).split()
    verdicts = []
    for at, days, in_days in _lengths(words):
        kind = _length_of(words, at)
        if kind == "consult":
            continue
        limit = limits.get(kind) if kind else _only(limits)
        if limit is None:
            continue
        if days > limit:
            verdicts.append("Không")
        elif in_days and days == limit:
            verdicts.append("Có")
    if "Không" in verdicts:
        return "Không"
    return "Có" if verdicts else None


def _folded(text: str) -> str:
    return " ".join(folded_words(text).split())


def _runs_from(start: str) -> str:
    return "decide" if start == "nhan du ho so" else "publish"


def _only(limits: dict[str, int]) -> int | None:
    return next(iter(limits.values())) if len(limits) == 1 else None


def _lengths(words: list[str]) -> list[tuple[int, float, bool]]:
    """(where, how many days, told in days) of each length the words claim."""
    said = " ".join(words)
    found = []
    for match in _LENGTH.finditer(said):
        number, unit = match.groups()
        lead, after = said[: match.start()].split()[-1:], said[match.end() :].split()[:1]
        if not (set(lead) & _LEADS or set(after) & _AFTER):
            continue  # "thôn 3. Năm nay …": a number told beside a unit word, no length
        count = _NUMBERS.get(number) or float(number)
        found.append((said[: match.start()].count(" "), count * _DAYS[unit], unit == "ngay"))
    for match in _LATE.finditer(said):
        found.append((said[: match.start()].count(" "), float(_LATE_DAYS), False))
    return found


def _length_of(words: list[str], at: int) -> str | None:
    """What the length at ``at`` is of: the cue nearest it within ``_REACH`` words; a list put
    up for comment wins over its "công khai" ("niêm yết công khai 10 ngày")."""
    before = " ".join(words[max(at - _REACH, 0) : at])
    after = " ".join(words[at + 2 : at + 2 + _REACH])  # past the length's number and unit
    if any(c in f" {before} " for c in (f" {c} " for c in _CONSULT)):
        return "consult"
    if _FROM_DECISION.match(after):
        return "publish"  # "công khai trong 15 ngày sau quyết định": it runs from the decision
    nearest: tuple[int, str] | None = None
    for kind, cues in (("publish", _PUBLISH), ("decide", _DECIDE)):
        for cue in cues:
            for distance in _distances(before, after, cue):
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, kind)
    return nearest[1] if nearest else None


def _distances(before: str, after: str, cue: str) -> list[int]:
    """How many words from the length each occurrence of ``cue`` stands, either side."""
    out = []
    padded_before, padded_after = f" {before} ", f" {after} "
    found = _CUE_AT[cue]
    for m in found.finditer(padded_before):
        out.append(padded_before[m.end() :].count(" "))
    for m in found.finditer(padded_after):
        out.append(padded_after[: m.start()].count(" "))
    return out


def length_claimed(question: str) -> bool:
    """The question puts up a length of time of its own ("để 1 tháng mới ký", "cuối năm sau")."""
    words = _folded(question).split()
    return bool(_lengths(words))


def limit_asked(pairs: list[Pair], question: str) -> list[Pair]:
    """ "nhận đủ hồ sơ GĐVH rồi chủ tịch xã để 1 tháng mới ký QĐ có được không": with a length
    claimed, the yes/no read on who decides asks the time limit of the same title; who decides
    is told, not asked. The pairs unchanged when no length is claimed or no limit is paired."""
    limited = {p.entity for p in pairs if p.attr == "processing_time" and not p.yesno}
    if not limited or not length_claimed(question):
        return pairs
    moved = {p.entity for p in pairs if p.entity in limited and p.attr == "decides" and p.yesno}
    if not moved:
        return pairs
    return [
        replace(p, yesno=p.attr == "processing_time") if p.entity in moved else p for p in pairs
    ]
