"""The blank of a form line the drafter quotes ("dòng 'Kính gửi: ......' ghi ai", "'nguồn kinh
phí khen thưởng: ……' trong qđ e ghi …"), dropped before the question is read (task f202, b202
F5).

A run of dots or an ellipsis closing a quoted line is the space left to fill in, not the end of
a sentence: read as one, it cut "Kính gửi:" off the ask after it ("… ghi ai, qua cơ quan nào"),
and the line's own cue ("kính gửi" asks the addressee) was lost. Only a run right before the
closing quote is dropped; dots inside running text are left to the readers.
"""

from __future__ import annotations

import re

__all__ = ["blanks_dropped"]

#: two dots or more, or ellipsis characters, then (spaces and) a closing quote or bracket
_BLANK = re.compile(r"\s*(?:\.{2,}|…+)(?:\s*(?:\.{2,}|…+))*(?=\s*['\"”’»)])")


def blanks_dropped(question: str) -> str:
    """``question`` without the fill-in blanks closing its quoted lines; unchanged when it has
    none (the cheap gate: ".." or "…" must be in it)."""
    if ".." not in question and "…" not in question:
        return question
    return _BLANK.sub("", question)
