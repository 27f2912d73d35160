"""A negation that stands inside a reason or a relative clause of a claim: "phải báo tỉnh hủy vì
CT xã k có quyền hủy", "xã hủy CSTĐCS của những người k có sáng kiến". It tells why, or whom
the claim is about; the claim itself is not denied by it (task h344)."""

from __future__ import annotations

__all__ = ["in_side_clause"]

#: words opening a reason ("vì …", "bởi …") or a relative clause on people ("những người …",
#: "ai …") (folded words)
_SIDE_CLAUSE_OPENERS = frozenset({"vi", "boi", "nguoi", "ai"})
#: words that end such a clause before the negation: the claim resumes after them
_CLAUSE_BREAKS = frozenset({"thi", "nen", "la", "ma", "con", "nhung"})


def in_side_clause(words: list[str], at: int) -> bool:
    """The negation ``words[at]`` stands within 4 words after a reason or a relative opener,
    with no clause break between: "vì CT xã k …", "của những người k có sáng kiến"."""
    for back in range(at - 1, max(at - 5, -1), -1):
        if words[back] in _CLAUSE_BREAKS:
            return False
        if words[back] in _SIDE_CLAUSE_OPENERS:
            return True
    return False
