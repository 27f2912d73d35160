"""The Luật named by the day it was passed, as a quyết định's căn cứ line writes it ("Căn cứ
Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "… ngày 26/11/2003"), read as the Luật of
that year (task f202, b202 F2).

Typed without marks, "khen thuong ngay" reads as "khen thưởng ngay" (an award given at once, the
sudden award's alias), and the date hides the year every reader of texts in force or replaced
looks for ("luật TĐKT 2022", "luật 2003"). The date is dropped and the year kept: "Luật Thi đua,
khen thưởng 2022" is answered as in force (hiệu lực 01/01/2024), "… 2003" as repealed.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core.text import fold_chars

__all__ = ["law_named_by_year"]

#: "luật thi đua(,) khen thưởng [số 06/2022/QH15] ngày 15/6/2022 | 15-6-2022 | 15 tháng 6 năm 2022"
_LAW_DATED = re.compile(
    r"\b(luat\s+thi\s+dua\s*,?\s*khen\s+thuong)(?:\s+so\s+\S+)?\s+ngay\s+"
    r"\d{1,2}\s*(?:[/.-]|\s+thang\s+)\s*\d{1,2}\s*(?:[/.-]|\s+nam\s+)\s*((?:19|20)\d\d)\b"
)


def law_named_by_year(question: str) -> str:
    """``question`` with each Luật named by its passing date named by its year instead;
    unchanged when none is (the cheap gate: "ngay" after "khen thuong" must be there)."""
    folded = fold_chars(question)
    if "khen thuong ngay" not in folded and "khen thuong so" not in folded:
        return question
    # the match's offsets in the folded text are cut from the question itself: both must be
    # one character per letter, so a question typed in NFD (a mark as a character of its own)
    # is composed first; a mark that no letter takes in NFC leaves the question as it is
    question = unicodedata.normalize("NFC", question)
    folded = fold_chars(question)
    if len(folded) != len(question):
        return question
    out, last = [], 0
    for m in _LAW_DATED.finditer(folded):
        out.append(question[last : m.end(1)])
        out.append(f" {m.group(2)}")
        last = m.end()
    if not out:
        return question
    out.append(question[last:])
    return "".join(out)
