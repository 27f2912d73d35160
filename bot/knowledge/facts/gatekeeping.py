"""Claims made in a review meeting that put up a stricter rule than the law's (task h113).

Someone at the year-end bình xét says a way to a title is the only one ("phải có sáng kiến mới
bầu được", "chỉ sáng kiến mới tính, đề tài thì không"). The fact says whether the thing is
required; the case the letter tells ("không có sáng kiến", "hoàn thành xuất sắc nhiệm vụ") is
beside the point: the claim judged is the requirement, so the fact's own "not required" verdict
answers it, whatever route the case takes.
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.knowledge.facts.analyser import NOT_SPELLED

__all__ = ["stricter_claimed"]

_PLAIN = re.compile(r"[a-z0-9]+")
#: "phải có X mới được / mới bầu / mới tính", "chỉ X mới tính", "bắt buộc phải có X mới xét":
#: a way said to be the only one; "chỉ cần X (là đủ)" says the opposite and is left out
#: ("có bắt buộc …" asks, and "phải được công nhận mới tính" qualifies the thing, not requires it)
_ONLY_WAY = re.compile(
    r"(?<!\bco )\b(?:phai|bat buoc|chi)\b(?! can| duoc| phai duoc)(?: \w+){1,6}? moi "
    r"(?:duoc|bau|xet|tinh|de nghi|dat|len|cong nhan)\b"
)

#: the question ends asking whether what was said is right: "… đúng không (ạ)", "phải không"
_CONFIRM_TAIL = re.compile(
    r"\b(?:dung|phai|chinh xac)(?: (?:vay|the|nhu vay))? (?:khong|chu|hong)"
    r"(?: (?:a|ad|anh|chi|ha|ah|ban))*$"
)


def stricter_claimed(question: str, initiative: bool = False) -> bool:
    """The question puts up a rule that a thing is required ("… mới được"), in the asker's voice
    or reported; the fact's verdict on whether it is required answers it. With ``initiative``,
    only a rule naming the initiative or the research project as what is required (read on a
    title's "who may have it" part, where other requirements are the criteria's own)."""
    words = [NOT_SPELLED.get(w, w) for w in _PLAIN.findall(fold(question))]
    words = ["duoc" if w == "dc" else w for w in words]
    joined = " ".join(words)
    found = _ONLY_WAY.search(joined)
    if found is None or not _CONFIRM_TAIL.search(joined):
        # "… bảo phải có sáng kiến mới được. vậy em có được đề nghị không": the asker's own
        # case is asked, which the case's routes decide
        return False
    return not initiative or any(w in found.group(0) for w in ("sang kien", "de tai"))

