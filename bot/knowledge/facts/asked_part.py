"""Which attribute a yes/no part asks when its own words name none, or name one that is not
the question (task h305): the money's source asked on from the part before, a proposal allowed
at all."""

from __future__ import annotations

from bot.knowledge.facts.segment import Segment

#: attributes about where the money comes from: a bare yes/no right after one goes on asking
#: about that source ("tiền lấy từ quỹ nào, có phải tiền của hội k"; "quỹ có được nhận đóng
#: góp của hội từ thiện, nhà hảo tâm k"), not whether the title can be had
_SOURCE_ASKS = frozenset({"payer", "donation"})


def source_ask_continued(segments: list[Segment], at: int) -> list[str]:
    """The attributes of the part right before a yes/no that names neither a title nor an
    attribute, when that part asks about the money's source; empty otherwise."""
    if at == 0:
        return []
    before = segments[at - 1]
    if before.story or before.yesno or not before.attrs:
        return []
    return list(before.attrs) if set(before.attrs) <= _SOURCE_ASKS else []


#: words closing a yes/no after "được không" ("được không ạ", "được k ad")
_TAIL_PARTICLES = frozenset({"a", "ad", "vay", "nhi", "ha", "nhe", "chu", "the"})


def _had_asked(words: list[str]) -> bool:
    """The part closes on "(có) được không": whether something may be done at all."""
    kept = list(words)
    while kept and kept[-1] in _TAIL_PARTICLES:
        kept.pop()
    return kept[-2:] == ["duoc", "khong"]


def proposal_allowed_asked(seg: Segment) -> bool:
    """ "xã vẫn làm hồ sơ đề nghị CSTĐ tỉnh cho ông, được k": whether the person may be
    proposed for the title at all (its eligibility, a bar told weighed there), not which
    papers the dossier holds."""
    words = seg.words
    if not seg.yesno or seg.story or not _had_asked(words):
        return False
    proposed_at = next(
        (k for k, w in enumerate(words[:-1]) if w == "de" and words[k + 1] == "nghi"), None
    )
    return proposed_at is not None and "cho" in words[proposed_at + 2 :]
