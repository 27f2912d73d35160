"""A person's own case asked against a title, whatever side words the letter holds (task h417).

"gv bị khiển trách …, năm học đó hiệu trưởng vẫn đưa vào danh sách LĐTT dc k", "y sĩ xếp loại
HTNV, trạm trưởng bảo vẫn bình LĐTT dc nếu bỏ phiếu đồng ý nhiều, đúng k": the discipline or
the low rating is the person's case and the ask is whether that person may have the title
(Luật 2022 Điều 24 khoản 1: hoàn thành tốt nhiệm vụ trở lên; TT 15/2025: không bị kỷ luật từ
khiển trách trở lên). "danh sách", "bỏ phiếu", "biên bản", "tờ trình", "năm học" are the
steps of the review the letter tells, not its dossier or its time limit; the council's vote
does not stand in for the criteria (Luật 2022 Điều 90 khoản 4: the council advises).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.knowledge.facts.pair import Pair

#: a person's case that fails a yearly title's own criteria
_FAILING = frozenset({"ky_luat", "htnv"})
#: the personal yearly titles these cases bar (Luật 2022 Điều 23, 24)
_PERSONAL = frozenset({"ldtt", "cstdcs"})
#: the attributes a side word of the review's steps picks
_SIDE_ATTRS = frozenset({"dossier", "deadline", "submit"})
#: the ask is of the attribute itself: its time, its papers, where it goes
_ATTR_ASKED = re.compile(
    r"\b(?:khi nao|bao gio|bao lau|thoi han|han nop|han chot|may ngay|thang may|ngay nao"
    r"|gom (?:nhung )?(?:gi|giay gi)|nhung gi|giay (?:to )?gi|ho so gi|may bo|ban chinh"
    r"|nop (?:o |cho |ve |len )?(?:dau|ai)|gui (?:o |cho |ve |len )?(?:dau|ai)|mau (?:so|nao))\b"
)
#: the ask is whether the person may be put up or have the title
_MAY_HAVE = re.compile(
    r"\b(?:duoc|dc|duyet|binh|xet|ky|ki|de nghi|dua (?:\S+ ){0,3}vao|ghi ten|cong nhan)"
    r"(?: \S+){0,6} (?:khong|k|ko|kg|hong|chua)\b|\bdung (?:khong|k|ko|kg|hong)\b"
)


def person_case_asked(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """Yes/no pairs of a personal title that a side word gave the dossier, the time limit or
    the place to submit, where the question tells a failing case of the person and asks whether
    they may have it: the pair asks eligibility. A told pair of the same kind on the same title
    (no yes/no) is dropped when the eligibility is asked beside it."""
    text = " ".join(toks)
    if _ATTR_ASKED.search(text):
        return pairs
    may_have = _MAY_HAVE.search(text) is not None
    asked_of = {
        p.entity
        for p in pairs
        if p.yesno and p.attr == "eligible" and _failing(p) and p.entity in _PERSONAL
    }
    out: list[Pair] = []
    turned = False
    for pair in pairs:
        failing = _failing(pair)
        if pair.entity in _PERSONAL and pair.attr in _SIDE_ATTRS and failing:
            if not pair.yesno and (may_have or pair.entity in asked_of):
                # "… vẫn đưa vào danh sách LĐTT gửi lên xã, hội đồng xã có phải loại ra k":
                # where the list goes is told, the person's case is asked
                turned = True
                continue
            if pair.yesno and may_have:
                subject = pair.subject if pair.subject in _FAILING else sorted(failing)[0]
                pair = replace(pair, attr="eligible", subject=subject)
                turned = True
        out.append(pair)
    out = _decider_told(out, text)
    if not turned and out == pairs:
        return pairs
    seen: set[tuple[str, str, str | None]] = set()
    kept = []
    for pair in out:
        key = (pair.entity, pair.attr, pair.subject)
        if key in seen:
            continue
        seen.add(key)
        kept.append(pair)
    return kept if any(p.attr == "eligible" for p in kept) else pairs


def _failing(pair: Pair) -> set[str]:
    """The failing cases a pair holds (its subject or the cases told beside it)."""
    return set(pair.cases) & _FAILING or ({pair.subject} & _FAILING)


#: "… đưa vào danh sách đề nghị LĐTT rồi để chủ tịch xã quyết k": the decider told as the next
#: step of putting the person up, not asked who decides
_PUT_UP_THEN_DECIDED = re.compile(
    r"\b(?:dua|ghi ten|de nghi) (?:\S+ ){0,6}(?:roi|de|cho) (?:\S+ ){0,3}(?:quyet|ky|ki|duyet)\b"
)


def _decider_told(pairs: list[Pair], text: str) -> list[Pair]:
    """A yes/no on who decides, beside the told eligibility of a person with a failing case,
    where the decider is only the next step the letter tells: the person's case takes the
    yes/no and comes first (Luật 2022 Điều 24 khoản 1; the chairman decides only among those
    who meet the standard, Điều 80 khoản 3)."""
    if not _PUT_UP_THEN_DECIDED.search(text) or re.search(r"\bai\b", text):
        return pairs
    decides = [p for p in pairs if p.yesno and p.attr == "decides" and p.entity in _PERSONAL]
    told = [
        p
        for p in pairs
        if not p.yesno and p.attr == "eligible" and _failing(p) and p.entity in _PERSONAL
    ]
    if not decides or not told:
        return pairs
    lead = replace(told[0], yesno=True)
    rest = [replace(p, yesno=False) if p in decides else p for p in pairs if p is not told[0]]
    return [lead, *rest]


#: the collective titles whose share of LĐTT a person is counted in (Luật 2022 Điều 27, 28)
_COLLECTIVE = frozenset({"ttldtt", "ttldxs"})
#: "có được tính vào số người đạt LĐTT / tỷ lệ trên 50 % không": whether one person counts
_COUNTED_IN = re.compile(
    r"\b(?:tinh|dem|cong|tinh ca|cho) (?:\S+ ){0,2}vao (?:so|ti le|ty le|ti so|danh sach|phan)\b"
)


def person_counted_in_share(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "y sĩ bị khiển trách năm nay, người đó có được tính vào số người đạt LĐTT của trạm để
    xét TTLĐTT k": the ask is the person's own LĐTT first (a discipline or a bare "hoàn thành
    nhiệm vụ" bars it, so the person is not counted in the share, Luật 2022 Điều 24 khoản 1,
    Điều 28); the collective's criteria follow as information, with no verdict of their own."""
    text = " ".join(toks)
    if not _COUNTED_IN.search(text):
        return pairs
    if any(p.entity in _PERSONAL for p in pairs):
        return _share_of_title_counted(pairs)
    lead = next((p for p in pairs if p.entity in _COLLECTIVE and p.yesno), None)
    if lead is None:
        # "người bị kỷ luật cảnh cáo có được tính vào tỷ lệ LĐTT của tập thể k": the share of
        # LĐTT named, not its title: the person's own LĐTT is asked
        return _share_of_title_counted(pairs)
    cases = [c for c in (*lead.cases, lead.subject) if c in _FAILING]
    if not cases:
        return pairs
    person = Pair("ldtt", "eligible", cases[0], True, cases=(cases[0],))
    return [person, *(replace(p, yesno=False) if p.entity in _COLLECTIVE else p for p in pairs)]


def _share_of_title_counted(pairs: list[Pair]) -> list[Pair]:
    """ "người bị kỷ luật cảnh cáo có được tính vào tỷ lệ LĐTT của tập thể k": the share of LĐTT
    named, not its title: whether the person counts is the person's own LĐTT (a discipline
    bars it, TT 15/2025; Luật 2022 Điều 24 khoản 1)."""
    return [
        replace(p, attr="eligible", subject=sorted(_failing(p))[0])
        if p.entity == "ldtt" and p.attr == "cap" and p.yesno and _failing(p)
        else p
        for p in pairs
    ]


#: "tối đa 15 % số LĐTT": the LĐTT named as the base of a share, not as a title asked
_SHARE_BASE = re.compile(
    r"\b\d{1,3} ?(?:%|phan tram)? (?:so|tong so|cua|tren) (?:nguoi |ca nhan )?(?:dat )?"
    r"(?:ldtt|lao dong tien tien)\b"
)
#: "9 cá nhân được đề nghị CSTĐCS": the title the letter puts its people up for
_PUT_UP_FOR = re.compile(
    r"\b(?:de nghi|xet|binh|binh xet) (?:\S+ ){0,2}(?:cstdcs|chien si thi dua co so)\b"
)


def share_base_not_title(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "… 9 cá nhân dc đề nghị CSTĐCS … chỉ dc chọn tối đa 15 % số LĐTT. 3 người đó có dc xét
    k và có giới hạn 15 % k": the LĐTT named only as the share's base, the people are put up for
    CSTĐCS; the asks are of CSTĐCS (Luật 2022 Điều 23; no national cap, NĐ 152/2025 Điều 6
    khoản 2 điểm c), its eligibility first."""
    text = " ".join(toks)
    if not _SHARE_BASE.search(text) or not _PUT_UP_FOR.search(text):
        return pairs
    named = re.findall(r"\b(?:ldtt|lao dong tien tien)\b", text)
    if len(named) != len(_SHARE_BASE.findall(text)):
        return pairs
    if not pairs or any(p.entity != "ldtt" for p in pairs):
        return pairs
    moved = [replace(p, entity="cstdcs") for p in pairs]
    return sorted(moved, key=lambda p: p.attr != "eligible")
