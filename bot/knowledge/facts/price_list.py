"""A budget letter's price list: "cho e đơn giá 1 LĐTT, 1 CSTĐCS và 1 TTLĐTT với" asks the
prize of every title listed after the price word (task h378).

Officers drawing up the year's dự toán tell the counts first ("35 LĐTT, 5 CSTĐCS, 2 TTLĐTT …, QĐ
ký 25/12/2026"), then ask the unit price of some of them. The titles told in the counts are the
story; the ones listed after "đơn giá / mức chi / định mức" are the asks, each priced on the
decision's date (NĐ 152/2025 Điều 50; the lương cơ sở in force on the day the decision is signed).
"""

from __future__ import annotations

from bot.knowledge.facts.matching import match_phrases
from bot.knowledge.facts.model import FactModel
from bot.knowledge.facts.pair import Pair

__all__ = ["listed_prices", "price_list_pairs"]

#: the price words of a budget letter, folded
_PRICE_WORDS = (("don", "gia"), ("muc", "chi"), ("dinh", "muc"))


def listed_prices(toks: list[str], model: FactModel) -> list[str]:
    """The titles listed after the last price word, each once, in order; [] without one."""
    starts = [at for at in range(len(toks) - 1) if (toks[at], toks[at + 1]) in _PRICE_WORDS]
    if not starts:
        return []
    tail = toks[starts[-1] + 2 :]
    keys = [p.key for _, _, p in match_phrases(tail, model) if p is not None and p.kind == "entity"]
    return [k for k in dict.fromkeys(keys) if model.fact(k, "money") is not None]


def price_list_pairs(toks: list[str], model: FactModel, pairs: list[Pair]) -> list[Pair]:
    """Two titles or more priced in a list: one money pair each, then the other asks of those
    titles (whether the counts told may have them is no ask); ``pairs`` otherwise."""
    listed = listed_prices(toks, model)
    if len(listed) < 2:
        return pairs
    priced = [Pair(entity, "money", None, False) for entity in listed]
    kept = [p for p in pairs if p.entity in listed and p.attr not in ("money", "eligible")]
    return priced + kept
