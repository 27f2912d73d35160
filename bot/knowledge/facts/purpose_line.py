"""The asker's note of where the answer goes, typed after the ask ("LĐTT của giáo viên mầm non
ai ký QĐ, e ghi căn cứ cho tờ trình"): it says why the asker wants the answer, not a second ask
(fixer f49l, issue 11).

Read as content, the paper named in it ("tờ trình", "quyết định") is a dossier cue, and a whole
"Hồ sơ" block nobody asked for followed the answer. The clause is left out only when it closes
the message and holds nothing but the writing of the basis into a named paper: no text of law,
no question word ("tờ trình ghi căn cứ những văn bản nào" asks the texts in force; "QĐ e ghi căn
cứ NĐ 129/2025 dc k" puts a citation up to be judged), and the ask before it stays.
"""

from __future__ import annotations

import re

from bot.core.text import fold_chars

__all__ = ["without_purpose_line"]

#: a closing clause after a break ("," ";" "." "-"): [để / vì] [em …] [cần / muốn …] ghi (phần)
#: căn cứ vào / cho / trong <a paper>, then only a courtesy to the end
_PURPOSE = re.compile(
    r"\s*[,;.\-]\s*(?:(?:de|vi|tai)\s+)?(?:(?:e|em|minh|toi|tui|chau|anh|chi)\s+)?"
    r"(?:(?:can|muon|dinh|se|con|phai|dang)\s+)?ghi\s+(?:phan\s+)?can\s+cu\s+"
    r"(?:vao|cho|trong|o|len)\s+(?:cai\s+)?"
    r"(?:to\s+trinh|qd|quyet\s+dinh|ke\s+hoach|bao\s+cao|van\s+ban)"
    r"(?:\s+(?:a|nhe|nha|voi|ak|ah|thoi))*\s*[.!]*\s*$"
)
#: fewest words the ask must keep before the note for it to be left out
_MIN_ASK = 4


def without_purpose_line(question: str) -> str:
    """``question`` without a closing note of the paper the answer is written into; unchanged
    when there is none or when too little is left to ask."""
    folded = fold_chars(question)
    m = _PURPOSE.search(folded)
    if m is None:
        return question
    rest = question[: m.start()].rstrip()
    if len(rest.split()) < _MIN_ASK:
        return question
    return rest
