"""The words that negate, as written and as typed on phones: the one source of every negation
set of the question readers (the analyser, claim, verdict, turns, restated, the composer)."""

from __future__ import annotations

#: the words that negate what they stand by ("không", "chưa", "chẳng"): the one source of every
#: negation set of the fact readers (claim, verdict, composer)
NEGATED = frozenset({"khong", "chua", "chang"})
#: words before a folded "chua" that make it "chùa" (a pagoda), not the yes/no "chưa": "ban
#: trị sự chùa", "nhà chùa", "sư chùa", "ở / tại / của chùa" (task h245)
_PAGODA_BEFORE = frozenset({"ngoi", "nha", "su", "tri", "o", "tai", "cua", "san", "canh"})


def pagoda_at(words: list[str], at: int) -> bool:
    """The folded word at ``at`` is "chùa" (a pagoda) by the word before it, not "chưa"."""
    return words[at] == "chua" and at > 0 and words[at - 1] in _PAGODA_BEFORE


#: "không" as typed on phones; readers of the raw question add them to ``NEGATED``, the
#: analyser needs not: it reads words after casual.yaml has spelled each out as "không"
TYPED_NOT = frozenset({"k", "ko", "kg", "khg", "hong", "hok"})
#: each phone form of "không" → "khong", for readers that spell the raw question's out
NOT_SPELLED = dict.fromkeys(TYPED_NOT, "khong")
#: "… không ai thu hồi được đâu nhỉ", "… không phải nộp thuế đâu": a denial stressed by a
#: closing "đâu (nhỉ)" is asserted by the asker and put up for confirmation as "… đúng không"
#: puts it up (folded words joined by spaces, padded: " … dau nhi ")
#: "gửi đâu", "nộp đâu", "trình qua đâu" ask where: a verb of sending before "đâu" is no stress
STRESSED_TAIL = (
    r"(?<! gui)(?<! nop)(?<! di)(?<! len)(?<! qua)(?<! trinh)(?<! o)(?<! tu)(?<! ve)(?<! den)"
    r" (?:duoc |dc )?dau(?: (?:nhi|a|ha|ak|ah))? $"
)

#: the commune level by each name it bears since 01/7/2025 (Luật 72/2025/QH15: xã, phường, đặc
#: khu are one level), folded, as a regex alternation: a reader that names the xã names all three
COMMUNE = r"(?:xa|phuong|dac khu)"

#: "… không hay …", "… không, hay …", "… chưa ạ hay …": a yes/no, then the other answer the
#: asker offers; the claim put up is what comes before it (folded words)
#: task h375: the chat's "hok / hem / hum" close a yes/no as "không" does ("… có đc tặng LĐTT hok
#: hay chỉ dành cho công chức")
OR_ELSE = (
    r"\b(?:khong|ko|k|kg|khg|hong|hok|hem|hum|chua)\s*,?\s+(?:(?:a|ad|ha)\s*,?\s+)?(?:hay|hoac)\b"
)
#: words telling a time gone by ("trước đây", "hồi trước", "năm ngoái"), folded, as a regex
#: alternation: what is told after them is the past, not a claim of now
PAST_TIME = r"(?:truoc day|truoc kia|truoc|ngay xua|ngay truoc|hoi truoc|nam ngoai|nam truoc)"


#: the words before "N lần" that make it a multiple of another prize ("bằng 2 lần", "gấp 3 lần")
_MULTIPLE_WORDS = frozenset({"bang", "gap"})
#: the words that may stand between "gấp" and its figure ("gấp hơn 3 lần", "gấp trên 5 lần")
_MORE_THAN = frozenset({"hon", "tren"})


def is_multiple_word(words: list[str], at: int) -> bool:
    """The folded word at ``at``, right before a figure of "lần", makes the figure a multiple of
    another prize: "bằng", "gấp", or the "hơn" of "gấp hơn 3 lần" (task f201, b201 F2)."""
    if at < 0:
        return False
    if words[at] in _MULTIPLE_WORDS:
        return True
    return words[at] in _MORE_THAN and at > 0 and words[at - 1] == "gap"
