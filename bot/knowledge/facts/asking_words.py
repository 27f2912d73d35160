"""The words that ask: question words and phrases ("ai", "bao nhiêu"), the tails that put a
statement up for confirmation ("… à", "… hả"), the particles typed after a final "không", whom a
question is addressed to ("… ad"), and where a sentence ends."""

from __future__ import annotations

#: particles typed after the final "không" of a yes/no question
PARTICLES = frozenset(
    [
        "a",
        "ha",
        "vay",
        "nhi",
        "nhe",
        "the",
        "nua",
        "ban",
        "em",
        "anh",
        "chi",
        "ad",
        "u",
        "z",
        "day",
        "ne",
        "ah",
        "ak",
        "hay",
        "ta",
        "nha",
        "oi",
        "bot",
        "nao",
    ]
)

#: the particles that end a statement put up for confirmation ("… à", "… hả", "… nhỉ")
ASKING_TAILS = frozenset({"a", "ha", "ak", "ah", "nhi", "sao"})
#: "tại sao / vì sao … à" asks why, not yes or no
WHY = frozenset({("tai", "sao"), ("vi", "sao")})

#: tails that put a statement up for confirmation
#: task f191: the Southern "hen" ("… vẫn được LĐTT hen", "… chi từ quỹ thi đua của xã hen")
#: puts a statement up as "nhỉ" does
CONFIRMING = frozenset({"ha", "nhi", "ah", "hen"})
#: whom a question is put to, typed after its asking tail
ADDRESSED = frozenset({"ad", "admin", "oi", "bot", "ban"})

#: sentence ends; a comma or ";" only separates the parts of one question
SENTENCE_ENDS = frozenset({".", "?", "!", "\n"})
#: words that make a sentence ask something (besides a yes/no tail)
QUESTION_WORDS = frozenset({"ai", "gi", "nao", "sao", "may", "bn", "j"})
#: "đâu" folds like "đầu" ("lần đầu"): only with the verb before it
QUESTION_PHRASES = ("bao nhieu", "bao lau", "bao gio", "the nao", "ra sao", "o dau", "di dau")
QUESTION_PHRASES += ("ve dau", "len dau", "nop dau", "gui dau")


#: the last words that put a whole statement up for confirmation ("… đúng không", "phải k")
CONFIRMS = frozenset({"dung", "phai"})


#: a question that opens with the asker ("em hoàn thành xuất sắc …") tells its own case first
ASKERS = frozenset({"em", "toi", "minh", "chi", "anh", "t"})


#: a time said before the ask ("năm nay", "đợt này …"): when it is asked of, not who or what
_WHEN_SAID = (("nam", "nay"), ("dot", "nay"), ("hien", "nay"), ("bay", "gio"), ("hien", "tai"))


def clause_start(words: list[str], at: int) -> int:
    """Where the clause holding ``words[at]`` begins, past a time said at its head: a clause of
    context before it ("xã em mới sáp nhập, …", "hôm qua họp giao ban có bàn. …") and "năm
    nay" say nothing of who acts or what is asked, so readers that take the words before a verb
    as its actor must not take them too."""
    start = max((i + 1 for i in range(at) if not words[i].isalnum()), default=0)
    while (
        when := next((w for w in _WHEN_SAID if tuple(words[start : start + 2]) == w), None)
    ) and start + len(when) < at:
        start += len(when)
    return start
