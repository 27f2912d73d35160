"""A negation that stands inside a reason or a relative clause of a claim: "phải báo tỉnh hủy vì
CT xã k có quyền hủy", "xã hủy CSTĐCS của những người k có sáng kiến". It tells why, or whom
the claim is about; the claim itself is not denied by it (task h344)."""

from __future__ import annotations

__all__ = ["in_side_clause"]

#: words opening a reason ("vì …", "bởi …") (folded words)
_REASON_OPENERS = frozenset({"vi", "boi"})
#: the words before "người" that make it a relative clause on people ("những người k …")
_PEOPLE_BEFORE = frozenset({"nhung", "cac", "cua"})
#: words that end a reason before the negation: the claim resumes after them
_CLAUSE_BREAKS = frozenset({"thi", "nen", "la", "ma", "con", "nhung"})


def in_side_clause(words: list[str], at: int) -> bool:
    """The negation ``words[at]`` opens a relative clause on people ("những người k …", "người
    nào k …", "ai k …") or stands within 4 words after "vì" / "bởi" with no clause break
    between ("vì CT xã k có quyền")."""
    before = words[max(at - 2, 0) : at]
    if before[-1:] == ["ai"] or before == ["nguoi", "nao"]:
        return True
    if len(before) == 2 and before[1] == "nguoi" and before[0] in _PEOPLE_BEFORE:
        return True
    for back in range(at - 1, max(at - 5, -1), -1):
        if words[back] in _CLAUSE_BREAKS:
            return False
        if words[back] in _REASON_OPENERS:
            return True
    return False
