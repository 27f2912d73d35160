"""Southern and Central words read as the standard word they stand for, where the words around
say so ("còn hôn" → "còn không", "nộp mô" → "nộp đâu", "năm ni" → "năm nay"). The words and
where each holds are data (``content/facts/dialect.yaml``); :func:`respelled` writes the
standard word into the question before any reader sees it, so every reader (the analyser, the
claim readers that spell the raw question) reads one wording."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.core.text import fold, nfc
from bot.knowledge.facts.asking_words import ADDRESSED, PARTICLES


@dataclass(frozen=True)
class DialectRule:
    """One reading of a dialect word: the marked forms it is typed in, the standard word it
    stands for (as written with marks), and where it holds."""

    typed: frozenset[str]
    written: str
    #: only as the clause's last word, particles and whom it is asked after it aside
    at_end: bool = False
    #: only right after one of these (folded)
    after: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    #: only right before one of these (folded): a misheard syllable read by the word after it
    before: frozenset[str] = frozenset()
    #: only in a clause holding one of these words before it (the asking frame: "có … hôn")
    asked_with: frozenset[str] = frozenset()


def dialect_rules(
    raw: Mapping[str, Any] | None, mark_of: Callable[[str], str]
) -> dict[str, tuple[DialectRule, ...]]:
    """The rules of dialect.yaml by folded word (the model's ``mark_of`` passed in: this module
    is imported by the model's loader)."""
    rules: dict[str, tuple[DialectRule, ...]] = {}
    for word, items in (raw or {}).items():
        rules[fold(str(word))] = tuple(
            DialectRule(
                typed=frozenset(mark_of(str(t)) for t in item["typed"]),
                written=str(item["means"]),
                at_end=bool(item.get("at_end")),
                after=frozenset(fold(str(w)) for w in item.get("after") or ()),
                not_after=frozenset(fold(str(w)) for w in item.get("not_after") or ()),
                not_before=frozenset(fold(str(w)) for w in item.get("not_before") or ()),
                before=frozenset(fold(str(w)) for w in item.get("before") or ()),
                asked_with=frozenset(fold(str(w)) for w in item.get("asked_with") or ()),
            )
            for item in items
        )
    return rules


#: a word or a mark that ends a clause, as the question is read here
_WORD = re.compile(r"\w+|[,;:?.!\n]")
_CLAUSE_ENDS = frozenset(",;:?.!\n")
#: dialect particles a word before them still closes its clause with ("còn hôn nhen")
_CLOSING = frozenset({"nhen", "nghen", "rua", "dzay", "zay"})


def _closes_clause(words: list[str], at: int) -> bool:
    """No word but particles and whom the question is put to follows ``words[at]`` before its
    clause ends."""
    for word in words[at + 1 :]:
        if word in _CLAUSE_ENDS:
            return True
        if word not in PARTICLES and word not in ADDRESSED and word not in _CLOSING:
            return False
    return True


def _asked_in_clause(words: list[str], at: int, asking: frozenset[str]) -> bool:
    """One of ``asking`` stands before ``words[at]`` in its clause ("LĐTT có cần sáng kiến
    hôn": "có"), so the word closes a question, not a comparison ("xét thoáng hơn")."""
    for word in reversed(words[:at]):
        if word in _CLAUSE_ENDS:
            return False
        if word in asking:
            return True
    return False


def _rule_held(
    rules: tuple[DialectRule, ...], words: list[str], mark: str, at: int, before: str
) -> DialectRule | None:
    """The first rule of ``words[at]`` that holds here: typed in one of its forms (bare, or with
    the marks listed), after and before the words it needs."""
    after = words[at + 1] if at + 1 < len(words) else ""
    for rule in rules:
        if mark not in rule.typed:
            continue  # "hơn" (more) is never the Southern "hôn"
        if (rule.after and before not in rule.after) or before in rule.not_after:
            continue
        if (rule.before and after not in rule.before) or after in rule.not_before:
            continue
        if rule.at_end and not _closes_clause(words, at):
            continue
        if rule.asked_with and not _asked_in_clause(words, at, rule.asked_with):
            continue
        return rule
    return None


@lru_cache(maxsize=4)
def _keys_found(keys: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for every dialect word: most questions hold none and cost one search."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, keys))})\b")


def respelled(
    question: str,
    rules: Mapping[str, tuple[DialectRule, ...]],
    mark_of: Callable[[str], str],
) -> str:
    """``question`` with each dialect word whose rule holds written as the standard word (bare
    when typed bare); the question itself when none does or its folding does not align."""
    text = nfc(question)
    folded = fold(text)
    if not rules or len(folded) != len(text):
        return text
    hits = list(_keys_found(tuple(sorted(rules))).finditer(folded))
    if not hits:
        return text
    found = list(_WORD.finditer(folded))
    words = [m.group() for m in found]
    index = {m.start(): at for at, m in enumerate(found)}
    out: list[str] = []
    last = 0
    for hit in hits:
        at = index.get(hit.start())
        if at is None:
            continue  # inside a longer token ("12chi")
        typed = text[hit.start() : hit.end()]
        before = words[at - 1] if at > 0 else ""
        rule = _rule_held(rules[hit.group()], words, mark_of(typed), at, before)
        if rule is None:
            continue
        # bare when the question is typed bare ("chi" carries no mark either way)
        written = fold(rule.written) if text.isascii() else rule.written
        if typed[:1].isupper():
            written = written[:1].upper() + written[1:]
        out.append(text[last : hit.start()])
        out.append(written)
        last = hit.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
