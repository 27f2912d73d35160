"""A title named only as what another needs, in a saying put up: "TTYT bảo phải có 1 người
CSTĐCS thì mới đề nghị TTLĐTT", "phó hiệu trưởng bảo thiếu CSTĐCS nên không xin TTLĐTT được".

The title after "phải có / thiếu / không có" is the requirement claimed, the one after "thì
mới / nên / thì" is the title the saying is about: the yes/no asks of that one, whose criteria
say whether the requirement holds (Luật 2022 Điều 27, 28 for the collectives' titles). The
required title's own part ("CSTĐCS: Ai được xét") answers nothing asked (task h390).
"""

from __future__ import annotations

from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.words import NOT_SPELLED

__all__ = ["required_title_dropped"]

#: the words before a title that claim it needed or lacking
_NEEDING = (
    ("phai", "co"),
    ("can", "co"),
    ("bat", "buoc", "co"),
    ("phai", "dat"),
    ("thieu",),
    ("khong", "co"),
    ("chua", "co"),
)
#: the words that join the need to the title it is for
_LINKS = frozenset({"moi", "nen", "thi"})


def required_title_dropped(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """``pairs`` without the yes/no parts of a title named only as another's requirement."""
    yesno = [p for p in pairs if p.yesno and p.attr == "eligible"]
    if len({p.entity for p in yesno}) < 2:
        return pairs
    toks = [NOT_SPELLED.get(t, t) for t in tokens(question)]
    dropped: set[str] = set()
    for at in range(len(toks)):
        size = next((len(n) for n in _NEEDING if tuple(toks[at : at + len(n)]) == n), 0)
        if not size:
            continue
        start = at + size
        # "phải có 1 người CSTĐCS": a count of holders may stand before the title
        for skip in range(0, 4):
            required, length = (
                model.title_at(toks, start + skip) if start + skip < len(toks) else ("", 0)
            )
            if required:
                break
        if not required:
            continue
        rest = toks[start + skip + length : start + skip + length + 8]
        link = next((i for i, w in enumerate(rest) if w in _LINKS), None)
        if link is None:
            continue
        after = rest[link + 1 :]
        wanted = {model.title_at(after, i)[0] for i in range(len(after))} - {"", required}
        if wanted & {p.entity for p in yesno}:
            dropped.add(required)
    if not dropped:
        return pairs
    return [p for p in pairs if not (p.entity in dropped and p.yesno and p.attr == "eligible")]
