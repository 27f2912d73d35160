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
