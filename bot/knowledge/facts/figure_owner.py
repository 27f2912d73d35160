"""The title a claimed percentage belongs to: "Kế toán nói quỹ thi đua của xã chỉ được trích tối
đa 1% … không đủ tiền thưởng cho 14 thôn văn hóa. Xã miền núi có đúng là chỉ 1% không": the
figure put up is a limit the fund's fact states (NĐ 152/2025: 1,0 % or 1,5 % of the xã's
regular spending), not one of the last title told, which has no cap at all (task h195)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.text import fold
from bot.knowledge.facts.model import FactModel
from bot.knowledge.facts.own_figures import own_figures_clause
from bot.knowledge.facts.pair import Pair, needs

#: a percentage in folded words: "1 %", "1,5%", "15 phan tram"
_PERCENT = re.compile(r"\b(\d+(?:[,.]\d+)?) ?(?:%|phan tram)")


def _figures(text: str) -> set[float]:
    return {float(n.replace(",", ".")) for n in _PERCENT.findall(text)}


def _spaced(text: str) -> str:
    """A fact's text with "1,5 %" written as the folded words of a question write it."""
    return " ".join(text.split()).replace(" %", "%")


def _limit_stated(model: FactModel, entity: str) -> set[float]:
    """The percentages an entity's cap fact states as a limit in force (a "Không" there says
    there is no cap: its figure is the old rule's)."""
    cap = model.fact(entity, "cap")
    if cap is None or cap.verdict == "Không":
        return set()
    return _figures(_spaced(cap.text))


def percent_owner(
    words: list[str], entities: list[str], named: list[str], model: FactModel
) -> list[str] | None:
    """The one entity the message names whose cap fact states a limit in percent, when the
    part claims a percentage and the entities it would take state none; None otherwise.
    Several such entities: the one stating the very figure claimed."""
    claimed = _figures(" ".join(words))
    if not claimed or any(_limit_stated(model, e) for e in entities):
        return None
    owners = [e for e in dict.fromkeys(named) if _limit_stated(model, e)]
    if len(owners) > 1:
        owners = [e for e in owners if claimed & _limit_stated(model, e)]
    return owners if len(owners) == 1 else None


@needs(lambda pairs, *_: any(p.attr == "cap" and p.yesno for p in pairs))
def uncapped_beside_owner(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """A percentage claimed and asked of the one entity whose fact states a limit (the fund's
    1,0 % or 1,5 %; "2%" is claimed against it too): the "no cap" pairs that a title told
    beside it borrowed from the question ("… tiền thưởng cho 14 thôn văn hóa") are dropped,
    unless the figure claimed is the old cap those facts name (15 %), then asked of them too."""
    claimed = _figures(" ".join(toks))
    owned = [p for p in pairs if p.attr == "cap" and p.yesno and _limit_stated(model, p.entity)]
    if not owned:
        return pairs
    kept = []
    for p in pairs:
        cap = model.fact(p.entity, p.attr) if p.attr == "cap" else None
        if cap is not None and cap.verdict == "Không" and not claimed & _figures(_spaced(cap.text)):
            continue
        kept.append(p)
    return kept


def shares_each_put_up(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """ "TTLĐTT chỉ cần trên 50 % LĐTT, TTLĐXS cần ít nhất 70 % phải hông": one closing ask over
    a share told by each title's name puts each share up, not only the last clause's; a share
    pair with its own percentage beside one asked gets the yes/no too (issue 11, h299)."""
    caps = [p for p in pairs if p.attr == "cap"]
    if not any(p.yesno for p in caps) or all(p.yesno for p in caps):
        return pairs
    named = [p.entity for p in caps]
    folded = " ".join(fold(question).lower().split())

    def own_share(entity: str) -> bool:
        own = own_figures_clause(folded, entity, model, named)
        return own != folded and bool(_figures(own))

    return [
        replace(p, yesno=True) if p.attr == "cap" and not p.yesno and own_share(p.entity) else p
        for p in pairs
    ]
