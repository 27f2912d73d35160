"""A body named as who assesses a title: "thôn văn hóa thì hội đồng thi đua xã đánh giá phải
không", "bình xét gia đình văn hóa mặt trận không tham gia, đúng không". The question asks who
reviews that title (its "chair" fact: NĐ 86/2023 Điều 8 for the thôn's meeting on each hộ, the
xã's council for thôn, tổ dân phố văn hóa), not whether the body may be given a title or
whether the title may be had (task h195)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.knowledge.facts.model import FactModel
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.part_claims import BODIES

#: a body that reviews, then (past the rest of its name or a few small words: "thi đua xã",
#: "không", "có", never another verb: "trưởng thôn hỏi hạn bình xét") the verb of reviewing or
#: of taking part in the review
_ASSESSED_BY = re.compile(
    r"\b(?:hoi dong|hd|hdtdkt|mat tran|ban cong tac|truong thon|to truong|doan the)\b"
    r"(?: (?:thi|dua|khen|thuong|tdkt|xa|phuong|thon|to|dan|pho|cong|tac|mat|tran|o|co|khong"
    r"|se|duoc|chi|tu|hop|cung|deu|phai|la|do))*? (?:danh gia|binh xet|xet|chu tri|tham gia)\b"
)

#: words naming papers: a question naming one may ask of the dossier itself
_PAPERS = re.compile(r"\b(?:ho so|bien ban|giay to|to trinh|van ban|mau so|bao cao)\b")
#: the cases a reviewing body's name is read as ("ban" a collective, "trưởng ban" a person)
_REVIEWERS_READ_AS = frozenset({"tap_the", "ca_nhan"})


def _reviewed_titles(pairs: list[Pair], named_all: list[str], model: FactModel) -> list[str]:
    """The titles told whose review has a fact: named, or told won ("thôn văn hóa thì …" reads
    as the case dat_thon_vh)."""
    told = [p.subject[4:] for p in pairs if p.subject and p.subject.startswith("dat_")]
    return [
        e
        for e in dict.fromkeys([*named_all, *told])
        if e not in BODIES and model.fact(e, "chair") is not None
    ]


def assessor_claimed(
    pairs: list[Pair], toks: list[str], model: FactModel, named_all: list[str]
) -> list[Pair]:
    """A yes/no naming a body with the verb of reviewing a title asks that title's "chair"
    fact: the body's own "may it be given a title" pair, or the title's "may it be had" one,
    turn to it. Other pairs (who decides, money) are left as read."""
    if _ASSESSED_BY.search(" ".join(toks)) is None:
        return pairs
    titles = _reviewed_titles(pairs, named_all, model)
    if len(titles) != 1:
        return pairs  # no title, or two of them: whose review is asked is not told
    title = titles[0]
    # "họp xét GĐVH thì mặt trận không tham gia": the meeting named reads as the papers
    # asked, unless a paper is named too
    turning = {"eligible"} if _PAPERS.search(" ".join(toks)) else {"eligible", "dossier"}
    turned = [
        replace(p, entity=title, attr="chair", subject=None, authority=None)
        if p.yesno and p.attr in turning and (p.entity in BODIES or p.entity == title)
        else p
        for p in pairs
    ]
    if any(p.yesno and p.attr == "chair" for p in turned):
        # "ban công tác mặt trận có tham gia không": the body named reads as a collective
        # or a person up for the title; it is the one reviewing, not one reviewed
        turned = [
            p
            for p in turned
            if p.yesno or p.attr != "eligible" or p.subject not in _REVIEWERS_READ_AS
        ]
    return list(dict.fromkeys(turned))
