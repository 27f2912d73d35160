"""Time words that tell, not ask: "không bao giờ" (never) and "năm học này / năm học 2025-2026"
(the school year the case is in) hold the words of a time-limit cue ("bao giờ", "năm học")
but ask no time limit; read as one, they put a deadline block before what is asked."""

from __future__ import annotations

from bot.knowledge.facts.words import NEGATED

#: words after "năm học" that date the case told rather than ask how titles are timed
_THIS = frozenset({"nay", "truoc", "toi", "sau", "qua", "vua"})


def never_said(toks: list[str], start: int, end: int) -> bool:
    """``toks[start:end]`` is "bao giờ" after a negation: "không bao giờ" means never."""
    return toks[start:end] == ["bao", "gio"] and start > 0 and toks[start - 1] in NEGATED


def case_dated(toks: list[str], start: int, end: int) -> bool:
    """``toks[start:end]`` is "năm học" naming the school year of the case told ("năm học
    này", "năm học 2025-2026"), not asking whether a title goes by school year."""
    if toks[start:end] != ["nam", "hoc"] or end >= len(toks):
        return False
    after = toks[end]
    return after in _THIS or after[:1].isdigit()


def course_length(toks: list[str], start: int, end: int) -> bool:
    """``toks[start:end]`` is the "hạn" of "ngắn hạn / dài hạn" (a short or long course, "bồi
    dưỡng ngắn hạn"): the course's kind, no time limit asked (task h377)."""
    return toks[start:end] == ["han"] and start > 0 and toks[start - 1] in ("ngan", "dai")


def tells_time(toks: list[str], start: int, end: int) -> bool:
    """The time-limit cue at ``toks[start:end]`` tells a time and asks none."""
    return (
        never_said(toks, start, end)
        or case_dated(toks, start, end)
        or course_length(toks, start, end)
    )
