"""A title named only as the holders another title's condition counts: "TTLĐXS cần ít nhất 70 %
LĐTT và có cá nhân đạt CSTĐCS đúng k, ai ký".

"70 % LĐTT", "có cá nhân đạt CSTĐCS" say who in the collective holds which title: they are the
collective title's own criteria (Luật 2022 Điều 27, 28), not titles asked about. A part the
question asks with no title of its own ("…, ai ký", "QĐ do ai ký") is the subject title's, the
one the question opens with; bound to the last title named it answered who awards CSTĐCS
(task h434).
"""

from __future__ import annotations

from dataclasses import replace

from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.facts.pair import Pair

__all__ = ["held_title_parts_moved"]

#: the words right before a title that name its holders inside another title's condition
_HOLDERS_BEFORE = (
    ("%",),
    ("phan", "tram"),
    ("ca", "nhan"),
    ("ca", "nhan", "dat"),
    ("nguoi", "dat"),
    ("nguoi",),
)


def _mentions(toks: list[str], model: FactModel) -> list[tuple[str, int]]:
    # s47b: the walk the counted titles read too, kept for the question's words
    return [(title, at) for title, at, _ in model.titles_in(toks)]


def _held(toks: list[str], at: int) -> bool:
    return any(tuple(toks[max(at - len(w), 0) : at]) == w for w in _HOLDERS_BEFORE)


def held_title_parts_moved(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """``pairs`` with the plain (not yes/no) parts of a title named only as holders in another
    title's condition moved to the title the question opens with; unchanged otherwise."""
    toks = tokens(question)
    mentions = _mentions(toks, model)
    if len({t for t, _ in mentions}) < 2:
        return pairs
    subject, at0 = mentions[0]
    if _held(toks, at0) or not str(model.entities.get(subject, "")).startswith("Tập thể"):
        # "6 người đạt LĐTT và 2 người đạt CSTĐCS, phòng được TTLĐTT": the titles held are
        # the letter's own people, each priced; only a collective title's condition counts
        return pairs
    held = {
        t
        for t, _ in mentions
        if t != subject and all(_held(toks, at) for u, at in mentions if u == t)
    }
    if not held or not any(p.entity == subject for p in pairs):
        return pairs
    out: list[Pair] = []
    for p in pairs:
        if p.entity in held and not p.yesno and model.fact(subject, p.attr) is not None:
            p = replace(p, entity=subject)
            if any(q.entity == p.entity and q.attr == p.attr for q in pairs):
                continue  # the subject's own part is asked already
        out.append(p)
    return out


__all__ += ["decision_signer_read"]

#: a paper of the dossier named: its signer is then asked ("ai ký tờ trình", "biên bản ai ký")
_PAPERS = frozenset({"to", "bien", "bao", "ho", "giay", "danh"})
_PAPER_AFTER = {
    "to": "trinh",
    "bien": "ban",
    "bao": "cao",
    "ho": "so",
    "giay": "xac",
    "danh": "sach",
}


def decision_signer_read(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """ "…, QĐ đó ai ký", "quyết định do ai ký": the signer of the decision is who decides the
    title (Luật 2022 Điều 79, 80), not who signs the dossier's papers; with no paper named,
    the signer part is read as the title's ``decides`` (task h434)."""
    if not any(p.attr == "signer" for p in pairs):
        return pairs
    toks = tokens(question)
    if any(t in _PAPERS and toks[i + 1 : i + 2] == [_PAPER_AFTER[t]] for i, t in enumerate(toks)):
        return pairs
    signed = False
    for i in range(len(toks) - 1):
        if toks[i] == "ai" and toks[i + 1] in ("ky", "ki"):
            before = toks[max(i - 3, 0) : i]
            signed = signed or "qd" in before or ("quyet" in before and "dinh" in before)
    mentions = _mentions(toks, model)
    if not signed or not mentions:
        return pairs
    subject = mentions[0][0]
    if model.fact(subject, "decides") is None:
        return pairs
    out: list[Pair] = []
    for p in pairs:
        if p.attr == "signer":
            p = replace(p, entity=subject, attr="decides", yesno=False)
            if any(q.entity == p.entity and q.attr == p.attr for q in [*pairs, *out]):
                continue  # who decides is asked already
        out.append(p)
    return out
