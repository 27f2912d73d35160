"""Money asked in other words (task h341): a prize's coefficient put up with no money cue, the
tax asked beside a payer told, the fund named as the payer of a title's prize."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bot.core.text import fold
from bot.knowledge.facts.model import FactModel
from bot.knowledge.facts.pair import Pair, needs


def coefficient_told(words: Sequence[str]) -> bool:
    """ "giấy khen hộ gia đình tính như tập thể 0,6 đúng k": a fraction below one ("0", "6" as
    a part's words keep it, its mark dropped) is a prize's coefficient (NĐ 152/2025 Điều 50),
    so the part asks the prize, not whether the title may be had."""
    if "0" not in words:
        return False
    for at, word in enumerate(words[:-1]):
        after = words[at + 1]
        if word == "0" and after.isdigit() and len(after) <= 2:
            return True
    return False


#: the xã's TĐKT fund (an entity of its own) and what a title named beside it is asked when the
#: fund stands where the title's prize was: who pays it
_FUND = "quy_tdkt"
#: the fund's own matters: what it is made of, what it takes in, its cap, who sets it up; a
#: pair of these asks of the fund itself, whatever title is named
_FUND_OWN = frozenset({"sources", "donation", "cap", "establish", "definition", "regulates"})
#: what the fund's words were read as where they name the title's payer: its prize, who pays,
#: whether it repeats, who decides or may have it (not the tax, the cap or the fund's sources)
_READ_AS_TITLE = frozenset({"money", "payer", "repeat", "decides", "eligible"})
#: an amount asked beside who pays: "…, bn năm nay", "mức bao nhiêu"
_AMOUNT_WORDS = frozenset({"bn", "nhieu"})


def fund_read_as_title(pairs: list[Pair], toks: Sequence[str], model: FactModel) -> list[Pair]:
    """ "giấy khen xã thì tiền thưởng lấy ở quỹ thi đua của xã đúng k", "CSTĐ tỉnh … quỹ thi
    đua của tỉnh chi tiền đúng k, bn năm nay": the fund named is whose money pays the prize of
    the title named beside it, not the thing asked about (its prize, its repeats, who decides
    it). Those pairs become the title's payer (the fund of the level that decides pays, NĐ
    152/2025), and its prize where an amount is asked too. The title's eligibility read off the
    story ("cán bộ xã được CSTĐ tỉnh thì xã phải chi …") is no part asked beside the payer."""
    fund = [p for p in pairs if p.entity == _FUND and p.attr in _READ_AS_TITLE]
    if not fund or any(p.entity == _FUND and p.attr in _FUND_OWN for p in pairs):
        # "trích quỹ 2 % có được k, tối đa bao nhiêu": the fund's own matter is asked
        return pairs
    title = _title_beside(pairs, model)
    yesno = any(p.yesno for p in fund)
    if title is None:
        if "trich" not in toks:
            return pairs
        # "quỹ của huyện cũ chuyển về xã, xã k cần trích quỹ nữa đúng k": the xã's share set
        # aside for its own fund is what its sources fact states (NĐ 152/2025 Điều 46 khoản 3)
        kept = [p for p in pairs if not (p.entity == _FUND and p.attr in _READ_AS_TITLE)]
        return [Pair(_FUND, "sources", None, yesno), *kept]
    priced_title = any(p.entity == title and p.attr == "money" for p in pairs)
    paid_asked = any(p.attr == "payer" for p in pairs)
    if priced_title and (not paid_asked or any(p.yesno for p in pairs if p.attr == "money")):
        # "xã chi thưởng CSTĐCS từ quỹ thi đua của xã. Văn phòng bảo áp dụng lương cũ …, có
        # đúng không": the title's prize is what is asked or put up; the fund is the story's
        # (task h264)
        return pairs
    # the title's own payer part, where its cue was read too, keeps its place and its yes/no
    own = next((p for p in pairs if p.entity == title and p.attr == "payer"), None)
    payer = replace(own, yesno=own.yesno or yesno) if own else Pair(title, "payer", None, yesno)
    words = set(toks)
    priced = any(p.attr == "money" and p.entity != _FUND for p in pairs)
    amount = not priced and (bool(_AMOUNT_WORDS & words) or any(p.attr == "money" for p in fund))
    out = [payer]
    if amount and ("bn" in words or "nhieu" in words or not yesno):
        out.append(Pair(title, "money", None, False))
    for p in pairs:
        if p.entity == _FUND and p.attr in _READ_AS_TITLE:
            continue
        if p.entity == title and p.attr in ("eligible", "payer"):
            continue
        out.append(p)
    return out


def _title_beside(pairs: list[Pair], model: FactModel) -> str | None:
    """The one title named beside the fund whose level decides (so pays): a pair's own entity
    or a case told as won ("dat_cstd_tinh"); None when none, or several, are named."""
    named = {p.entity for p in pairs if p.entity not in (_FUND, "*")}
    named |= {c[len("dat_") :] for p in pairs for c in p.cases if c.startswith("dat_")}
    titles = [e for e in named if model.fact(e, "decides") is not None]
    return titles[0] if len(titles) == 1 else None


#: the words that set one prize beside another: "thưởng bằng / như / ngang", "gấp đôi", "nửa"
_COMPARING = frozenset({"bang", "nhu", "ngang", "giong", "gap", "nua"})


def compared_form_told(pairs: list[Pair], toks: Sequence[str], model: FactModel) -> list[Pair]:
    """ "nghe nói giấy khen tập thể thì thưởng bằng giấy khen cá nhân có phải không": the form
    told before "thì" was read as one won (a case), so only the other form's prize was asked;
    the claim sets the two prizes side by side, and the one it is about leads (NĐ 152/2025:
    each form's coefficient decides it)."""
    asked = [p for p in pairs if p.attr == "money" and p.yesno and p.cases]
    if not asked or not _COMPARING & set(toks):
        return pairs
    for p in asked:
        base = _recipient_base(p.entity)
        won = [c[len("dat_") :] for c in p.cases if c.startswith("dat_")]
        # only the same form for another kind of recipient: "giấy khen" itself, or another
        # award told won ("khen đột xuất"), is the case, not the prize compared
        told = [
            e
            for e in won
            if e != p.entity
            and base is not None
            and _recipient_base(e) == base
            and model.fact(e, "money") is not None
        ]
        if len(told) == 1 and not any(q.entity == told[0] for q in pairs):
            return [Pair(told[0], "money", None, True, cases=p.cases), *pairs]
    return pairs


def _recipient_base(entity: str) -> str | None:
    """ "giay_khen" for "giay_khen_tap_the": the form a recipient's variant is of, else None."""
    for kind in _RECIPIENT_KINDS:
        if entity.endswith(f"_{kind}"):
            return entity[: -len(kind) - 1]
    return None


#: the suffixes of a form's entity for each kind of recipient
_RECIPIENT_KINDS = ("ca_nhan", "tap_the", "ho")


def _has_variants(entity: str, model: FactModel) -> bool:
    """ "giay_khen": a form whose prize the facts state for each kind of recipient."""
    return model.fact(f"{entity}_{_RECIPIENT_KINDS[0]}", "money") is not None


def tax_leads(pairs: list[Pair]) -> list[Pair]:
    """ "giờ xã chi thưởng LĐTT thì có phải trừ thuế TNCN không": who pays is the story told, the
    tax is what the yes/no asks; the officer reads the first verdict, so the tax's leads (TT
    111/2013 Điều 2 khoản 2 điểm e.1)."""
    if not any(p.attr == "tax" and p.yesno for p in pairs):
        return pairs
    if not any(p.attr == "payer" for p in pairs):
        return pairs
    return sorted(pairs, key=lambda p: p.attr != "tax")


#: the kinds of recipient "mỗi …" picks out, as the words say them, and the suffix of the form's
#: entity for that kind ("giay_khen_ca_nhan")
_EACH_RECIPIENT = {("ca", "nhan"): "ca_nhan", ("tap", "the"): "tap_the", ("ho", "gia"): "ho"}
_EACH = frozenset({"moi", "tung"})


def each_recipient_priced(pairs: list[Pair], toks: Sequence[str], model: FactModel) -> list[Pair]:
    """ "xã tặng giấy khen cho 12 cá nhân và 3 tập thể, tiền chi từ quỹ nào, mỗi cá nhân và
    mỗi tập thể bn": each kind of recipient named after "mỗi" is priced, not only the one whose
    part carried the cue (NĐ 152/2025: the form's coefficient differs by recipient)."""
    # s48a: "mỗi" / "từng" first, a set's test: most questions name neither
    if not _EACH & set(toks):
        return pairs
    # a form priced by recipient is named ("giấy khen", "giấy khen cá nhân"): a lookup per pair
    if not any(_recipient_base(p.entity) or _has_variants(p.entity, model) for p in pairs):
        return pairs
    kinds = [
        kind
        for at in range(len(toks) - 2)
        if toks[at] in _EACH and (kind := _EACH_RECIPIENT.get((toks[at + 1], toks[at + 2])))
    ]
    if len(kinds) < 2:
        return pairs
    priced = [p for p in pairs if p.attr == "money"]
    if not priced and not _AMOUNT_WORDS & set(toks):
        return pairs
    out = list(pairs)
    # the form named: a priced pair's own, else any pair's ("giấy khen" read as who decides
    # when the amount's cue lost to the payer's: "…, tiền lấy từ quỹ nào, mỗi cá nhân … bn")
    for p in priced or pairs:
        base = next((p.entity[: -len(k) - 1] for k in kinds if p.entity.endswith(f"_{k}")), None)
        if base is None and model.fact(f"{p.entity}_{kinds[0]}", "money") is not None:
            base = p.entity
        if base is None:
            continue
        for kind in kinds:
            entity = f"{base}_{kind}"
            has = any(q.entity == entity and q.attr == "money" for q in out)
            if not has and model.fact(entity, "money") is not None:
                out.append(Pair(entity, "money", None, p.yesno and p.attr == "money"))
    return out


#: task h401: people counted as recipients ("cho 6 gv", "3 nhân viên", "2 cô giáo") ...
_PEOPLE_COUNTED = re.compile(
    r"\b\d{1,3} (?:gv|giao vien|co giao|thay giao|nguoi|nv|nhan vien|can bo|cong chuc|vien chuc"
    r"|hoc sinh|dong chi|y bac si|bac si"
    # fixer f48l (b182): the members of an association or the Đoàn counted ("cho 2 hội viên")
    r"|hoi vien|doan vien|thanh vien)\b"
)
#: ... and collectives counted beside them ("và 1 tổ chuyên môn", "2 tập thể", "1 khoa"), or
#: one given to uncounted ("cho đội và cho 2 hội viên"; fixer f48l, b182)
_COLLECTIVES_COUNTED = re.compile(
    r"\b(?:\d{1,3}|cho) (?:to|khoa|phong|lop|doi|chi doan|chi hoi|to dan pho|don vi|truong)\b"
)


@needs(lambda pairs, *_: any(p.attr == "money" for p in pairs))
def counted_recipients_priced(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """ "đề nghị giấy khen chủ tịch xã cho 6 gv và 1 tổ chuyên môn, … tiền thưởng …": people and
    collectives counted for one form priced by recipient: each kind's prize is a part (NĐ
    152/2025: the Giấy khen's coefficient is 0,3 for a person, 0,6 for a collective)."""
    said = " ".join(fold(question).lower().split())
    if _PEOPLE_COUNTED.search(said) is None or _COLLECTIVES_COUNTED.search(said) is None:
        return pairs
    if " ca nhan " in f" {said} " or " tap the " in f" {said} ":
        # "… cho 12 cá nhân và 3 tập thể": the kinds named are priced by their own words
        return pairs
    out = list(pairs)
    for p in pairs:
        base = _recipient_base(p.entity)
        if p.attr != "money" or base is None or not _has_variants(base, model):
            continue
        for kind in ("ca_nhan", "tap_the"):
            entity = f"{base}_{kind}"
            if not any(q.entity == entity and q.attr == "money" for q in out):
                out.append(Pair(entity, "money", None, False))
    return out


#: the recipients a fund's pair may be asked the prize of, and the Giấy khen's entity for each
#: (as ``entities.yaml`` specializes "giấy khen")
_FORM_FOR_RECIPIENT = {
    "thon": "giay_khen_tap_the",
    "tap_the": "giay_khen_tap_the",
    "ca_nhan": "giay_khen_ca_nhan",
    "ho_gia_dinh": "giay_khen_ho",
}


def fund_prize_of_form_told(pairs: list[Pair], toks: Sequence[str], model: FactModel) -> list[Pair]:
    """ "… dự kiến tặng giấy khen cho 8 thôn, 25 hộ dân …. quỹ thi đua của xã được trích tối đa
    bao nhiêu %, và mỗi thôn được thưởng bao nhiêu tiền": the prize asked of a recipient in the
    fund's part is the prize of the giấy khen the letter told for it, which the fund has no fact
    for (NĐ 152/2025 Điều 50: 0,6 lần lương cơ sở for a collective; fixer f48l, b182)."""
    if model.fact(_FUND, "money") is not None:
        return pairs
    if not any(p.entity == _FUND and p.attr == "money" for p in pairs):
        return pairs
    if not any(a == "giay" and b == "khen" for a, b in pairwise(toks)):
        return pairs
    out = []
    for p in pairs:
        form = _FORM_FOR_RECIPIENT.get(p.subject or "")
        if p.entity == _FUND and p.attr == "money" and form and model.fact(form, "money"):
            if any(q.entity == form and q.attr == "money" for q in pairs):
                continue
            p = replace(p, entity=form)
        out.append(p)
    return out
