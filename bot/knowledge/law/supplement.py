"""A short quoted clause added to an answer that leaves out something the question names.

The fact model and the KB entries answer the usual (title, attribute) questions; real questions
often add a circumstance the chosen answer does not speak to ("… đang bị kỷ luật", "… ở hợp tác
xã", "… cùng lúc", "… tước hoặc phục hồi"). When the question names a word of a cover group
(``content/law/cover_terms.yaml``) that the answer does not, the best clause in force that does
name it is quoted under "Theo Điều …", above a confidence fitted on the tuning half of the real
public questions and the officer tuning set (BENCHMARKS.md, "Long tail: covering the law").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.core.text import folded_words
from bot.knowledge.law.library import LawLibrary, _mark_outdated, quote
from bot.knowledge.query import Query

__all__ = ["CoverTerms", "Supplement", "supplement"]

#: a clause is added at or above this confidence (LAW_CALIBRATION); fitted on the tuning halves
SUPPLEMENT_THRESHOLD = 0.15
#: longest quote in a supplement (characters): the answer stays short
SUPPLEMENT_QUOTE = 260
#: clauses looked at for one missing word
DEPTH = 8
#: an imported clause is added at or above this confidence when it states at least
#: LOCAL_MIN_WORDS content words of the question the answer leaves out (set by hand on the
#: fixtures of tests/knowledge/fixtures/law; imported texts are not in any evaluation set)
LOCAL_THRESHOLD = 0.1
LOCAL_MIN_WORDS = 2


def _words(text: str) -> str:
    return f" {folded_words(text)} "


@dataclass(frozen=True, slots=True)
class CoverTerms:
    groups: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls, content_dir: Path) -> CoverTerms:
        path = content_dir / "law" / "cover_terms.yaml"
        if not path.is_file():
            return cls({})
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return cls({str(k): tuple(_words(w) for w in v) for k, v in raw.items()})

    def named(self, text: str) -> set[str]:
        """The groups ``text`` names a word of."""
        words = _words(text)
        return {g for g, ws in self.groups.items() if any(w in words for w in ws)}


@dataclass(frozen=True, slots=True)
class Supplement:
    text: str
    source: tuple[str, str]
    confidence: float


def supplement(
    law: LawLibrary,
    cover: CoverTerms,
    question: str,
    query: Query,
    answer_text: str,
    as_of: date,
    threshold: float = SUPPLEMENT_THRESHOLD,
) -> Supplement | None:
    """The clause that speaks to what ``question`` names and ``answer_text`` leaves out."""
    # the answer (often a thousand characters) is folded only when the question names a group
    # it could leave out (s43)
    asked = cover.named(question)
    missing = asked - cover.named(answer_text) if asked else asked
    if not missing:
        return _local_rule(law, question, query, answer_text, as_of)
    for doc, provision, confidence in law.clauses(query, as_of, DEPTH):
        if confidence < threshold or not (
            cover.named(f"{provision.lead} {provision.text}") & missing
        ):
            continue
        where = provision.where()
        if answer_text.count(where) and doc.title in answer_text:
            return None  # the answer already cites this very clause
        body = f"Theo {where} {doc.title}: “{quote(provision.text, SUPPLEMENT_QUOTE)}”"
        lines, notes = _mark_outdated([body])
        return Supplement("\n".join([*lines, *notes]), (doc.title, where), confidence)
    return _local_rule(law, question, query, answer_text, as_of)


def _local_rule(
    law: LawLibrary, question: str, query: Query, answer_text: str, as_of: date
) -> Supplement | None:
    """The clause of a provincial text this deployment imported that says what the question asks
    and the answer does not.

    Entries are written for every province and defer to "quy chế tỉnh" or to the body that sets
    a rule (a Kỷ niệm chương's years of service are set by the province's HĐND); once the
    province's own text is imported, its clause is the answer to that part. Chosen by the
    question's content words the answer leaves out, not by BM25 alone: the best-scoring clause
    is often the text's title article, which repeats the question's words and answers nothing.
    """
    if not law.imported:
        return None
    left_out = _content(question) - _content(answer_text)
    best: tuple[int, float, Any, Any] | None = None
    for doc, provision, confidence in law.clauses(query, as_of, DEPTH):
        if doc.key not in law.imported or not _is_local(doc) or confidence < LOCAL_THRESHOLD:
            continue
        told = len(left_out & _content(provision.text))
        if told >= LOCAL_MIN_WORDS and (best is None or (told, confidence) > best[:2]):
            best = (told, confidence, doc, provision)
    if best is None:
        return None
    _, confidence, doc, provision = best
    if doc.title in answer_text:
        return None  # the answer already quotes this text
    where = provision.where()
    body = f"Theo {where} {doc.title}: “{quote(provision.text, SUPPLEMENT_QUOTE)}”"
    lines, notes = _mark_outdated([body])
    return Supplement("\n".join([*lines, *notes]), (doc.title, where), confidence)


def _is_local(doc: Any) -> bool:
    """A province's own text (a UBND decision, an HĐND resolution): the rules entries leave to
    the province. A national text imported in full (the Law, a decree) would match some words of
    almost any answer; it answers through the cover groups and the clause path instead."""
    return bool(doc.number and _LOCAL_NUMBER.search(doc.number))


_LOCAL_NUMBER = re.compile(r"-(?:UBND|HĐND)\b")


def _content(text: str) -> set[str]:
    """Folded syllables of ``text`` that carry meaning (not question words or particles)."""
    return set(_words(text).split()) - _FUNCTION


#: syllables that say how a question is asked, not what about (folded)
_FUNCTION = frozenset(
    [
        "a",
        "ai",
        "anh",
        "bao",
        "can",
        "cho",
        "chi",
        "co",
        "cua",
        "da",
        "dang",
        "de",
        "den",
        "do",
        "duoc",
        "em",
        "gi",
        "hay",
        "hoac",
        "hoi",
        "khi",
        "khong",
        "la",
        "lam",
        "minh",
        "moi",
        "mot",
        "nao",
        "neu",
        "nhe",
        "nhieu",
        "nhu",
        "nhung",
        "o",
        "phai",
        "ra",
        "sao",
        "se",
        "thi",
        "toi",
        "trong",
        "tu",
        "va",
        "ve",
        "voi",
        "xin",
        "cac",
        "the",
        "nay",
        "",
    ]
)
