"""One claim over several parts, judged part by part (issue 11, h354).

"giấy khen tập thể và cá nhân đều 0,3 lương cơ sở", "GK tập thể thưởng giống cá nhân",
"LĐTT và CSTĐCS đều 1 triệu đúng k": one figure, or one sameness, is claimed of several forms
(NĐ 152/2025 Điều 50 gives each its own coefficient). Every form named is a part with its own
prize, each judged against the figure claimed; the claim is wrong when any part is, so the part
the facts deny opens the answer and the others follow with their own figures.
"""

from __future__ import annotations

import dataclasses
import re

from bot.core.text import fold
from bot.knowledge.facts.claim import claimed_amounts
from bot.knowledge.facts.model import FactModel
from bot.knowledge.facts.pair import Pair

__all__ = [
    "HOUSEHOLD_SHARE_CASE",
    "dated_sum_part",
    "household_share_as_criteria",
    "recipients_compared",
    "shared_claimed",
]

#: one figure or one rule claimed of every part named: "đều", "cả hai", "như nhau"
_SHARED = re.compile(
    # "nhận cả 2tr53 và 760k": a sum typed after "cả", no "both" of a shared figure
    r"\b(?:deu|ca (?:hai|2)(?!\w)|nhu nhau|bang nhau|giong nhau|ngang nhau|giong het|cung muc"
    # "cá nhân và tập thể cùng thưởng 760.000"
    r"|cung (?:duoc |dc )?(?:thuong|nhan|huong|la) )"
)
#: the kinds of recipient a giấy khen is narrowed to, as the question names them
_RECIPIENT_WORDS = (("ca nhan", "ca_nhan"), ("tap the", "tap_the"), ("ho gia dinh", "ho_gia_dinh"))
#: a prize likened to another recipient's: "thưởng giống / như / bằng (của) cá nhân"
_LIKENED_RECIPIENT = re.compile(
    r"\b(?:bang|ngang|nhu|giong)(?: voi| nhu)? (?:(?:muc|tien thuong|thuong|tien|cua|cho) ){0,3}"
    # "tính như cá nhân hay hộ gia đình": a choice asked, not a likeness claimed
    r"(?:ca nhan|tap the|ho gia dinh)\b(?! hay\b)"
)


def _folded(question: str) -> str:
    return f" {' '.join(fold(question).lower().split())} "


def shared_claimed(question: str) -> bool:
    """The question claims one figure or one rule of every part it names."""
    return _SHARED.search(fold(question).lower()) is not None


def recipients_compared(model: FactModel, pairs: list[Pair], question: str) -> list[Pair]:
    """ "giấy khen tập thể và cá nhân đều 0,3", "GK tập thể thưởng giống cá nhân": a prize of a
    form narrowed by its recipient, claimed shared with (or likened to) another recipient's, is
    asked of each recipient named: the missing recipient's prize is added as a part of its own.
    With a figure claimed ("đều 0,3"), each part judges it (every part is a yes/no); a sameness
    with no figure is judged across the parts by the comparison (``composer._compared``)."""
    money = next((p for p in pairs if p.attr == "money" and p.entity in model.specialize), None)
    if money is None:
        return pairs
    said = _folded(question)
    if not (_SHARED.search(said) or _LIKENED_RECIPIENT.search(said)):
        return pairs
    narrower = model.specialize[money.entity]
    named = [(said.find(f" {w} "), s) for w, s in _RECIPIENT_WORDS if f" {w} " in said]
    targets = list(dict.fromkeys(narrower[s] for _, s in sorted(named) if s in narrower))
    if len(targets) < 2:
        return pairs
    subject_of = {narrower[s]: s for _, s in named if s in narrower}
    yesno = any(p.yesno for p in pairs)
    held = {p.entity for p in pairs if p.attr == "money"}
    # other parts of the recipients' forms ("Ai được xét" read for want of an attribute) give
    # way to the prize compared
    out = [p for p in pairs if not (p.entity in targets and p.attr == "eligible")]
    at = next(i for i, p in enumerate(out) if p is money)
    added = [
        Pair(t, "money", subject_of[t], yesno, cases=(subject_of[t],))
        for t in targets
        if t not in held
    ]
    out[at + 1 : at + 1] = added
    if _SHARED.search(said):
        # one figure said of each: every recipient's prize judges it, and the prizes lead
        # ahead of what else was read of the form ("Loại danh hiệu")
        prizes = [
            dataclasses.replace(p, yesno=True)
            for p in out
            if p.attr == "money" and p.entity in targets
        ]
        out = [*prizes, *(p for p in out if not (p.attr == "money" and p.entity in targets))]
    return out


#: what a part read beside a dated sum may be instead of the prize: who decides or pays, when it
#: is reviewed, who may have it ("qđ ký tháng 12 …", "xã trả tiền …", "năm học …")
_READ_BESIDE_SUM = frozenset({"decides", "payer", "deadline", "eligible"})


def dated_sum_part(
    model: FactModel, pairs: list[Pair], question: str, dated: bool, named: list[str]
) -> list[Pair]:
    """ "QĐ LĐTT ký tháng 12/2026, kế toán nói 710 nghìn theo lương cơ sở 2,34 triệu, đúng k",
    "xã trả tiền thôn văn hóa 3.510.000 cho QĐ ký tháng 12/2026, có đúng k": a sum (or a base)
    claimed for a title whose decision date is told is the title's prize on that date (NĐ
    152/2025 Điều 50; the base in force on the day the decision is signed), though the date or
    the payer made another part be read. The prize is added as the yes/no part, first; the
    parts read only from the date or the payer stay, without their yes/no."""
    if not dated or any(p.attr in ("money", "money_date") for p in pairs):
        return pairs
    yesno = [p for p in pairs if p.yesno]
    if not yesno or any(p.attr not in _READ_BESIDE_SUM for p in yesno):
        return pairs
    # the title whose prize it is: a part's, else one the letter names ("hội đồng xét …, chủ
    # tịch ký QĐ LĐTT ngày …" read the council's part only)
    entity = next(
        (
            e
            for e in [*(p.entity for p in pairs), *named]
            if (f := model.fact(e, "money")) is not None and f.coefficients
        ),
        None,
    )
    if entity is None or not claimed_amounts(question, keep_base=True):
        return pairs
    if len(set(claimed_amounts(question))) > 1 and not _total_beside(claimed_amounts(question)):
        # "kế toán bảo 2.340.000, còn bác sĩ đòi 2.530.000": two sums put against each other;
        # which one the ask is of is not read here
        return pairs
    first = yesno[0]
    money = Pair(entity, "money", first.subject, True, cases=first.cases)
    return [money, *(dataclasses.replace(p, yesno=False) for p in pairs)]


def _total_beside(amounts: list[int]) -> bool:
    """ "mỗi người 760k, tổng 10.640.000": the other sums are whole multiples of the smallest,
    the total of several prizes told beside the one prize, not a rival sum (task f186)."""
    least = min(amounts)
    return all(a == least or (a % least == 0 and a // least > 1) for a in amounts)


#: a share of the households told ("80 % hộ", "75% số hộ", "tỷ lệ hộ đạt GĐVH 70 %")
_HOUSEHOLD_SHARE = re.compile(
    r"\d ?(?:%|phan tram) (?:so |tong so )?ho\b|\bt[yi] le (?:so )?ho\b"
    r"|\bho (?:[\w,]+ ){0,5}?\d+ ?%"
    # task h408: the share asked ("cần bao nhiêu % hộ đạt GĐVH")
    r"|\b(?:bao nhieu|may) ?(?:%|phan tram) (?:so )?ho\b"
)
#: the titles of a village whose criteria count its households (Luật 2022 Điều 30, NĐ 86/2023)
_VILLAGE_TITLES = frozenset({"thon_vh"})
#: the case of the village title's criteria that answers a share of households
HOUSEHOLD_SHARE_CASE = "ty_le_ho"
#: the village title's parts that a share of households told answers through its criteria
_SHARE_READ_AS = frozenset({"cap", "eligible", "criteria"})


def household_share_as_criteria(pairs: list[Pair], question: str) -> list[Pair]:
    """ "nghe nói thôn phải có 80 % hộ đạt GĐVH mới được công nhận thôn văn hóa", "thôn em 75 %
    hộ đạt GĐVH có được công nhận không": the share of households is one of the village title's
    criteria, which UBND tỉnh sets in detail (Luật 2022 Điều 30; NĐ 86/2023), not a cap on how
    many may have a title; the households' own title (GĐVH) is only what the share counts
    (h354)."""
    if not any(p.attr == "cap" for p in pairs):
        return pairs
    if not any(p.entity in _VILLAGE_TITLES for p in pairs):
        return pairs
    if _HOUSEHOLD_SHARE.search(_folded(question)) is None:
        return pairs
    out: list[Pair] = []
    for p in pairs:
        if p.entity in _VILLAGE_TITLES and p.attr in _SHARE_READ_AS:
            # "thôn … 65 % hộ …, có được công nhận không": whether the village may have it
            # turns on the criteria the province sets
            p = dataclasses.replace(p, attr="criteria", subject=HOUSEHOLD_SHARE_CASE)
            # "cần bao nhiêu % hộ GĐVH thì mới được thôn VH, có còn quy định tỷ lệ k": the
            # share read as the criteria replaces the village's criteria read plain before it
            # (task f186)
            out = [q for q in out if (q.entity, q.attr) != (p.entity, p.attr)]
        elif p.attr == "cap":
            continue  # no cap on how many may have a title is asked
        if all((q.entity, q.attr) != (p.entity, p.attr) for q in out):
            out.append(p)
    return out
