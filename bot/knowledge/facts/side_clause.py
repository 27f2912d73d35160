"""A negation that stands inside a reason or a relative clause of a claim: "phải báo tỉnh hủy vì
CT xã k có quyền hủy", "xã hủy CSTĐCS của những người k có sáng kiến". It tells why, or whom
the claim is about; the claim itself is not denied by it (task h344)."""

from __future__ import annotations

__all__ = ["in_side_clause", "narrows_claim", "opens_condition", "opens_loss"]

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


#: words that, after "là", say an unmet condition costs the title: "k có sáng kiến là loại",
#: "k đạt là trượt", "không có là thôi" (folded)
_LOSS_AFTER_LA = frozenset({"loai", "truot", "mat", "hong", "thoi", "khoi", "rot", "tach"})
#: how far a negated condition may run before its "thì" / "là": "k có sáng kiến được cơ sở
#: công nhận thì …"
_CONDITION_SPAN = 7
#: the claim's own cue that one thing suffices or is required, before a rider that narrows it:
#: "chỉ cần kinh tế ổn định là đủ, k xét môi trường", "bắt buộc phải có sáng kiến, k có …"
_CLAIM_CUES = (" chi can ", " la du ", " bat buoc ")
#: "… cũng được", "… vẫn được": a negation conceded, which the claim asserts
_CONCEDED = (" cung duoc ", " van duoc ", " cung dc ", " van dc ", " cung dat ", " van dat ")


def opens_condition(words: list[str], at: int) -> bool:
    """The negation ``words[at]`` opens an unmet condition whose consequence follows: "k có
    sáng kiến thì thôi khỏi xét", "k có sáng kiến là loại" (h359). The claim is then that the
    thing is required, not that it is denied; "thì" of "thi đua" opens nothing."""
    # a condition names what is lacking: "chùa thì …" folds like "chưa thì" and lacks nothing
    for near in range(at + 2, min(at + 1 + _CONDITION_SPAN, len(words))):
        word = words[near]
        if word in _CLAUSE_ENDS:
            return False
        if word == "thi" and words[near + 1 : near + 2] != ["dua"]:
            return True
        if word == "la" and words[near + 1 : near + 2] and words[near + 1] in _LOSS_AFTER_LA:
            return True
    return False


#: words that close the condition's clause before any "thì": a new claim or the ask begins
_CLAUSE_ENDS = frozenset({"dung", "nhung", "con", "hay", "hoac"})


def narrows_claim(words: list[str], at: int) -> bool:
    """The negation ``words[at]`` follows the claim's own "chỉ cần … / … là đủ / bắt buộc …" in
    the same sentence: a rider narrowing a sufficiency or requirement claim ("chỉ cần kinh tế ổn
    định là đủ, k xét môi trường"), part of that claim, no denial restated (h359)."""
    before = f" {' '.join(words[:at])} "
    if not any(cue in before for cue in _CLAIM_CUES):
        return False
    # "chỉ cần hoàn thành tốt nhiệm vụ, k có sáng kiến cũng được": a concession, which says
    # the thing is not needed; the negation is then the claim itself
    after = f" {' '.join(words[at + 1 : at + 8])} "
    return not any(cue in after for cue in _CONCEDED)


def opens_loss(words: list[str], at: int) -> bool:
    """ "là" at ``words[at]`` is followed by a word of loss: "… là loại", "… là trượt" (h359)."""
    return words[at + 1 : at + 2] != [] and words[at + 1] in _LOSS_AFTER_LA
