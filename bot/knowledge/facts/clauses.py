"""Where a question's claim stands: its own clause, its first option, its last clause.

A message may ask two things ("cần LĐTT không và có cần sáng kiến không"), offer an alternative
("xét hằng năm không hay 2 năm"), or end on a clause of its own after a story; the readers here cut
out the words a part's claim is read from.
"""

from __future__ import annotations

import itertools
import re

from bot.core.text import fold
from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.sayings import ask_before_rival
from bot.knowledge.facts.triggers import per_question
from bot.knowledge.facts.words import OR_ELSE

__all__ = ["asking_claims", "first_option", "last_clause", "own_clause", "yesno_clauses"]

_OR_ELSE = re.compile(OR_ELSE)
#: a yes/no tail closing its clause, then a clause asking what, which or how much
_THEN_ASKS = re.compile(
    r"\b(?:khong|ko|k|kg|khg|hong|hok|hem|hum|chua)(?:\s+(?:a|ad|ak|ah|ha|nhi|z|vay))*\s*[,;?]\s+"
    r"(?=.*\b(?:gi|j|nao|dau|ai|bao nhieu|bnhiu|bnhieu|may|sao)\b)"
)


#: a yes/no clause's end: its "không" (or a phone spelling), then a break or "và"
_YESNO_END = re.compile(r"\b(?:khong|ko|k|kg|khg|hong|hok|hem|hum|chua)\b\s*(?:[,;?]+\s*|\s+va\s+)")
#: words above which a question is a letter, whose clauses are not its parts one by one
_SHORT_COMPOUND = 20


def yesno_clauses(question: str) -> list[str]:
    """The folded question cut after each yes/no "không" closing a clause ("… có được xét k, và
    … có bị hủy k" → two clauses); the words after the last one are a clause of their own.
    Empty when no clause closes on a yes/no."""
    folded = " ".join(fold(question).split())
    ends = [m.end() for m in _YESNO_END.finditer(f"{folded} ")]
    if not ends:
        return []
    clauses = [folded[a:b] for a, b in itertools.pairwise([0, *ends])]
    if folded[ends[-1] :].strip():
        clauses.append(folded[ends[-1] :])
    return clauses


def own_clause(reading: Reading, pair: Pair) -> str | None:
    """ "cstđcs cần LĐTT không và có cần sáng kiến không": two yes/no clauses, two parts of one
    title. Each part's claim is its own clause, in the order the parts were read, so the words
    of one (a route, "sáng kiến") do not decide the other. None unless a short question has
    exactly as many yes/no clauses as it has yes/no parts of distinct attributes."""
    if not pair.yesno or len(reading.question.split()) > _SHORT_COMPOUND:
        return None
    clauses = yesno_clauses(reading.question)
    if not clauses or ask_before_rival(reading.question) is not None:
        # "có phải nộp 3 bộ k, phòng bảo 1 bộ là đủ": the saying trailing the ask is the rival
        # answer heard, no clause of a part of its own (task h435, as h211)
        return None
    attrs = list(dict.fromkeys(p.attr for p in reading.pairs if p.yesno))
    if len(attrs) < 2 or len(clauses) != len(attrs):
        return None
    return clauses[attrs.index(pair.attr)]


@per_question
def first_option(question: str) -> str:
    """The question up to its yes/no "không" when an alternative follows ("xét hằng năm không
    hay 2 năm một lần" claims "hằng năm"), else the whole question."""
    asked = ask_before_rival(question)
    if asked is not None:
        # "… có được không, chị văn phòng bảo chỉ …": the saying trailing the ask is the other
        # answer the asker heard, not what the ask claims (task h211)
        return asked
    folded = " ".join(fold(question).split())
    found = _OR_ELSE.search(folded)
    if found is None or not folded[: found.start()].strip():
        # "X có cần Y không, ngoài ra cần gì": the yes/no clause claims Y; the clause after
        # it asks another part and its words (its own "cần") are no part of the claim
        found = _THEN_ASKS.search(folded)
        if found is None or not folded[: found.start()].strip():
            return question
    return folded[: found.start()] + " khong"


@per_question
def before_offered(question: str) -> str:
    """The question up to its "không hay" when another way is offered after it ("có được khen
    đột xuất không hay phải đợi cuối năm tổng kết"): the way offered is no case told."""
    folded = " ".join(fold(question).split())
    found = _OR_ELSE.search(folded)
    if found is None or not folded[: found.start()].strip():
        return question
    return folded[: found.start()]


def asking_claims(reading: Reading) -> tuple[str, ...]:
    """Where a letter's claim is: its asking clause (the whole question when that clause
    points back at the story) and its last sentence (a clause of the same sentence, "A chỉ
    xét cho X, còn Y thì không được đúng không", carries the claim on)."""
    asked = ask_before_rival(reading.question)
    if asked is not None:
        # "… có được không? Anh tổ chức bảo chỉ …": the last sentence is the rival's saying,
        # no clause of the claim (task h211)
        return (asked,)
    sentences = re.split(r"(?<=[.?!])\s+", reading.question.strip())
    last = sentences[-1]
    if len(sentences) > 1 and _bare_right_asked(last):
        # "ông tổ trưởng bảo chỉ công chức mới được LĐTT thôi. Ông nói có đúng không": the
        # asking sentence only asks whether the saying before it is right (task h107)
        # the claim is what was said: the words after the reporting verb, not the reporter
        # ("chị công chức văn hóa nói …": "chị" folds like "chỉ", no "only")
        said = " ".join(fold(sentences[-2]).split())
        reported = list(_SAID.finditer(said))
        if reported:
            return (reading.asked or reading.question, last, said[reported[0].end() :])
    return (reading.asked or reading.question, last)


#: the verb reporting someone's words ("ông tổ trưởng bảo …", "chị ấy nói …"); "báo cáo",
#: "bao nhiêu", "nội vụ" fold alike but report no one
_SAID = re.compile(
    r"\b(?:bao(?! (?:cao|nhieu|lau|gio|ve|tri))|noi(?! (?:vu|dung|bo|quy))|cho rang)\b"
)
#: the words of a bare "(ông ấy) nói (vậy) có đúng không (ạ)": nothing claimed of its own
_RIGHT_ONLY = frozenset(
    {"ong", "ba", "anh", "chi", "co", "chu", "bac", "ay", "do", "ta", "ho", "noi", "bao", "vay",
     "the", "nhu", "la", "dung", "khong", "ko", "k", "hong", "chua", "a", "ad", "ha", "nhi", "em",
     "e", "oi", "sep", "truong", "to"}
)  # fmt: skip


def _bare_right_asked(sentence: str) -> bool:
    words = [w for w in tokens(sentence) if w.isalnum()]
    return "dung" in words and bool({"noi", "bao"} & set(words)) and set(words) <= _RIGHT_ONLY


def last_clause(question: str) -> list[str]:
    """The folded words after the question's last comma, semicolon or sentence end."""
    toks = tokens(question)
    ends = [i for i, t in enumerate(toks) if t in {",", ";", ".", "?", "!"} and i < len(toks) - 1]
    return [t for t in toks[ends[-1] + 1 if ends else 0 :] if t not in {"?", "!", "."}]


def title_clause(claim: str, entity: str, model: FactModel) -> str:
    """The comma clause of ``claim`` naming ``entity`` when two or more clauses each name a
    title of their own ("LĐTT chỉ dành cho cá nhân, tập thể thì gọi là TTLĐTT"); else the
    whole claim (task h392)."""
    if "," not in claim:
        # s46b: one clause has no other naming a title of its own, so ``_title_clause`` gives
        # the whole claim; it is not cut into words to find that out
        return claim
    return _title_clause(claim, entity, model)


def _title_clause(claim: str, entity: str, model: FactModel) -> str:
    """:func:`title_clause` read in full, whatever the claim."""
    clauses = [c for c in claim.split(",") if c.strip()]
    named = []
    for clause in clauses:
        toks = tokens(clause)
        named.append({model.title_at(toks, i)[0] for i in range(len(toks))} - {""})
    own = [c for c, titles in zip(clauses, named, strict=True) if entity in titles]
    others = [t for titles in named if entity not in titles for t in titles]
    return own[0] if len(own) == 1 and others else claim
