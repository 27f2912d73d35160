"""A title named only as counted towards another: "CSTĐCS 2023, 2024, 2025 … làm hồ sơ CSTĐ cấp
tỉnh, điều kiện số lần CSTĐCS liên tục là bao nhiêu, hồ sơ gửi về đâu".

The title held over the years told ("CSTĐCS 2023, 2024, 2025", "số lần CSTĐCS liên tục") is
what the letter's other title is weighed on: CSTĐ cấp tỉnh is chosen among those with 03 lần
liên tục CSTĐCS (Luật 2022 Điều 22 khoản 1), whose consecutive fact names it. The parts asked
of the counted title (its criteria, where its file goes) are asked of the title it counts
towards; answered of the counted one they told a CSTĐ tỉnh dossier to stay at the xã
(task h390).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.facts.pair import Pair

__all__ = ["counted_title_moved", "share_title_dropped"]

#: the words before a title that count it ("số lần CSTĐCS", "mấy lần CSTĐCS")
_COUNT_BEFORE = frozenset({("so", "lan"), ("may", "lan"), ("nhieu", "lan"), ("lan", "dat")})
#: the words after a title that count it ("CSTĐCS liên tục", "CSTĐCS 3 năm liền")
_COUNT_AFTER = frozenset({("lien", "tuc"), ("lien", "tiep")})
#: an attribute of the counted title and the one it is asked as of the other
_MOVED_ATTR = {"repeat": "consecutive"}


def _mentions(toks: list[str], model: FactModel) -> list[tuple[str, int, int]]:
    # s47b: the walk the held titles read too, kept for the question's words
    return list(model.titles_in(toks))


def _counted(toks: list[str], at: int, size: int) -> bool:
    after = toks[at + size : at + size + 3]
    if after[:1] and len(after[0]) == 4 and after[0].isdigit() and after[0].startswith("20"):
        return True  # "CSTĐCS 2023, 2024, 2025"
    if tuple(after[:2]) in _COUNT_AFTER or (after[1:3] and after[1:3] == ["nam", "lien"]):
        return True
    return tuple(toks[max(at - 2, 0) : at]) in _COUNT_BEFORE


def counted_title_moved(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """``pairs`` with the parts of a title named only as counted moved to the title it counts
    towards, when the question names that one too; unchanged otherwise."""
    toks = tokens(question)
    mentions = _mentions(toks, model)
    titles = {t for t, _, _ in mentions}
    for held in {p.entity for p in pairs}:
        named = [(at, size) for t, at, size in mentions if t == held]
        if not named or not all(_counted(toks, at, size) for at, size in named):
            continue
        held_name = " ".join(tokens(model.entities.get(held, "")))
        target = next(
            (
                t
                for t in titles - {held}
                if (run := model.fact(t, "consecutive")) is not None
                and held_name
                and f"lan lien tuc dat {held_name}" in " ".join(tokens(run.text))
            ),
            None,
        )
        if target is None:
            continue
        if any(p.entity == held and p.yesno for p in pairs):
            # "CSTĐCS 2 năm liền rồi thì đủ điều kiện lên CSTĐ tỉnh chưa": the run told is
            # judged as asked, a yes/no on the held title's years is no side part
            continue
        own = any(p.entity == target for p in pairs)
        moved = []
        for p in pairs:
            if p.entity != held:
                moved.append(p)
                continue
            if own:
                continue  # the other title is asked already: the counted one's parts go
            attr = _MOVED_ATTR.get(p.attr, p.attr)
            if model.fact(target, attr) is None:
                continue
            new = replace(p, entity=target, attr=attr)
            if not any(q.entity == new.entity and q.attr == new.attr for q in moved):
                moved.append(new)
        pairs = [
            p
            for i, p in enumerate(moved)
            if not any(q.entity == p.entity and q.attr == p.attr for q in moved[:i])
        ]
    return pairs


#: the collective titles whose criteria count their members' titles by share (Luật 2022 Điều 27,
#: 28: TTLĐXS ít nhất 70 %, TTLĐTT trên 50 % cá nhân đạt Lao động tiên tiến)
_SHARE_COUNTING = frozenset({"ttldtt", "ttldxs"})


def _after_share(toks: list[str], at: int) -> bool:
    """The title at ``at`` follows a share ("trên 50 % LĐTT", "70 % số LĐTT")."""
    before = toks[max(at - 3, 0) : at]
    return "%" in before or ("phan", "tram") in pairwise(before)


def share_title_dropped(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """``pairs`` with those of a title named only as the members' share a collective title
    counts moved to the collective ("TTLĐTT cần trên 50 % LĐTT, thưởng 0,8 lần, đúng không"):
    the collective's prize and criteria are asked, not the members' own title (fixer f179b,
    b179 F3)."""
    toks = tokens(question)
    mentions = _mentions(toks, model)
    if not _SHARE_COUNTING & {t for t, _, _ in mentions}:
        return pairs
    counted = {
        t
        for t, _, _ in mentions
        if t not in _SHARE_COUNTING
        and all(_after_share(toks, at) for u, at, _ in mentions if u == t)
    }
    collective = next((p.entity for p in pairs if p.entity in _SHARE_COUNTING), None)
    if not counted or collective is None:
        return pairs
    # the counted title's parts are asked of the collective ("… 70 % LĐTT đúng k, ai ký quyết
    # định": who decides the TTLĐXS), once each
    moved: list[Pair] = []
    for p in pairs:
        new = replace(p, entity=collective) if p.entity in counted else p
        if not any(q.entity == new.entity and q.attr == new.attr for q in moved):
            moved.append(new)
    return moved
