"""A clause the asker adds about their own feelings or thanks ("nhà em lo lắm", "em đang rất
hoang mang", "mong ad giải đáp"): it asks nothing and claims nothing, so a yes/no typed after it
("… nhà em lo lắm. Có đúng vậy không") closes the clause before it."""

from __future__ import annotations

import re

__all__ = ["is_aside"]

#: feeling and thanks phrases, folded; a bare "lo" or "so" folds like "lò", "số" and is not one
_ASIDE = re.compile(
    r"\b(?:lo (?:lam|qua|lang|that|ghe)|rat lo|dang lo|hoang mang|ban khoan|thac mac"
    r"|(?:so|buon|chan|uc|xot|lo) (?:lam|qua|that)|rat (?:so|buon|hoang mang)"
    r"|cam on|mong (?:ad|admin|anh|chi|xa|moi nguoi|duoc) (?:\w+ ){0,2}?"
    r"(?:giup|giai dap|tu van|tra loi)"
    r"|nho (?:ad|admin|anh|chi|moi nguoi) (?:giup|giai dap|tu van|tra loi))\b"
)
#: an aside is a short clause; a long one tells more than a feeling
_MOST_WORDS = 8


def is_aside(words: list[str]) -> bool:
    """Whether the folded ``words`` of a clause naming no cue are only a feeling or thanks."""
    return len(words) <= _MOST_WORDS and _ASIDE.search(" ".join(words)) is not None


__all__ += ["aside_after_yesno_opened"]

#: task h401: a yes/no closed by its asking word, then a bracketed aside ("… có đủ TTLĐXS k
#: (nghe nói phải 70 % LĐTT), và nếu được thì …"): the aside is a sentence of its own
_YESNO_THEN_BRACKET = re.compile(
    r"(?i)\b(k|ko|kg|khong|không|hok|hông|hong|chưa|chua|ko\s+ạ|k\s+ạ|không\s+ạ)\s*"
    r"\(([^()]{3,120})\)\s*[,.;]?\s*"
)


def aside_after_yesno_opened(question: str) -> str:
    """``question`` with a bracketed aside typed right after a yes/no's asking word set apart as
    a sentence of its own, so the yes/no before it closes there and the ask after it stands
    alone: "… có đủ TTLĐXS k (nghe nói phải 70 % LĐTT), và nếu được thì thưởng bn" reads "… có
    đủ TTLĐXS k. nghe nói phải 70 % LĐTT. và nếu được thì thưởng bn"."""
    return _YESNO_THEN_BRACKET.sub(lambda m: f"{m.group(1)}. {m.group(2).strip()}. ", question)
