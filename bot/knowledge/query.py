"""Query analysis and the coverage measure behind the confidence score.

BM25 scores rank well but mean nothing on their own: a long question scores higher than a short
one whatever the match. So confidence is measured separately as *coverage*: the share of the
question's information (IDF-weighted syllables and bigrams) that the best document contains,
taking the best of the typed form, the abbreviation-expanded form and the spelling-fixed form.
A question about the weather or land law leaves most of its weight uncovered.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from itertools import pairwise
from weakref import WeakKeyDictionary

from bot.knowledge.index import BM25Index
from bot.knowledge.normalize import Abbreviations, SpellFixer, bigrams, text_syllables

__all__ = ["STOP", "Coverage", "Query", "analyse"]

#: Folded question and function words. They still reach BM25 (they rarely hurt ranking there)
#: but weigh little in coverage: "bao nhiêu", "như thế nào" say nothing about the topic.
# fmt: off
STOP = frozenset((
    "a", "ai", "ak", "anh", "bao", "bay", "bi", "biet", "cac", "cai", "can", "cho", "co", "cua",
    "cung", "da", "dau", "de", "den", "di", "do", "duoc", "em", "gi", "gio", "giup", "ha",
    "hay", "hoac", "hoi", "k", "khi", "khong", "ko", "la", "lai", "lam", "ma", "may", "minh",
    "mot", "muon", "nao", "nay", "neu", "nhe", "nhi", "nhieu", "nhu", "nhung", "o", "oi",
    "phai", "ra", "roi", "sao", "se", "the", "thi", "toi", "trong", "ve", "voi", "vay", "xin",
    "xem",
))
# fmt: on

#: Weight of a stop syllable relative to its IDF; bigrams made of two stop words likewise.
STOP_WEIGHT = 0.15
#: Bigrams confirm word order ("cơ sở" vs "có số"); they carry this share of the coverage.
BIGRAM_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    #: syllable sequences: typed, abbreviations expanded, spelling fixed (deduplicated)
    variants: tuple[tuple[str, ...], ...]
    #: every term handed to BM25
    terms: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not any(self.variants)


def _join_citations(sylls: list[str]) -> list[str]:
    """ "nghị định 91 năm 2017" → "nghị định 91 2017", the way "91/2017" is indexed."""
    out: list[str] = []
    for i, s in enumerate(sylls):
        if (
            s == "nam"
            and 0 < i < len(sylls) - 1
            and sylls[i - 1].isdigit()
            and len(sylls[i - 1]) <= 3
            and sylls[i + 1].isdigit()
            and len(sylls[i + 1]) == 4
        ):
            continue
        out.append(s)
    return out


def analyse(text: str, abbreviations: Abbreviations, speller: SpellFixer | None) -> Query:
    typed = text_syllables(text)
    variants: list[list[str]] = abbreviations.expand(typed)
    # a variant without "nam" joins nothing: it would come back as itself, already a variant
    # (s47a)
    joined = (_join_citations(v) for v in variants if "nam" in v)
    variants += [j for j in joined if j not in variants]
    if speller is not None:
        fixes = speller.fixes
        fixed_variants = []
        for variant in variants:
            fixed = [fixes[s] for s in variant]
            if fixed != variant:
                fixed_variants.append(fixed)
        variants.extend(fixed_variants)
    unique = tuple(dict.fromkeys(tuple(v) for v in variants if v))
    terms: dict[str, None] = {}
    for variant in unique:
        for term in (*variant, *bigrams(variant)):
            terms[term] = None
    return Query(text, unique, tuple(terms))


def _weight(index: BM25Index, term: str, parts: tuple[str, ...]) -> float:
    weight = index.idf(term)
    if all(p in STOP for p in parts):
        weight *= STOP_WEIGHT
    return weight


#: each index's term ids and weights, as Coverage looks them up (see Coverage.__init__)
_TERMS: WeakKeyDictionary[BM25Index, dict[str | tuple[str, str], tuple[int, float]]]
_TERMS = WeakKeyDictionary()
#: terms an index never saw are kept too while fewer than this many terms are
_UNKNOWN_KEPT = 50_000


class Coverage:
    """Coverage of one query against the documents of one index.

    The term weights depend only on the query and the index, so they are computed once here and
    each document then costs a few set lookups (this was most of the answer time before).
    Terms are compared by id; a term the index never saw has id -1 and is never present.
    """

    def __init__(self, index: BM25Index, query: Query) -> None:
        self.index = index
        self.variants: list[tuple[list[tuple[int, float]], float, list[tuple[int, float]], float]]
        self.variants = []
        # a term's id and weight depend on the index alone: kept per index, as every search
        # weighs the same few hundred syllables and bigrams again (s42)
        known = _TERMS.get(index)
        if known is None:
            known = _TERMS[index] = {}
        for variant in query.variants:
            uni = [known.get(s) or self._known(known, s, (s,)) for s in dict.fromkeys(variant)]
            pairs = dict.fromkeys(pairwise(variant))
            bi = [known.get(p) or self._known(known, p, p) for p in pairs]
            total_u, total_b = sum([w for _, w in uni]), sum([w for _, w in bi])
            # a term the index never saw (most bigrams) is in no document: look up only the
            # others, in the same order, so every share sums exactly as before
            uni = [(t, w) for t, w in uni if t >= 0]
            bi = [(t, w) for t, w in bi if t >= 0]
            self.variants.append((uni, total_u, bi, total_b))

        #: every term id of the query the index knows: a document holding none of them has
        #: no share of any variant (0.0, the sum of nothing)
        self.ids = frozenset([t for uni, _, bi, _ in self.variants for t, _ in (*uni, *bi)])
        #: the share of each set of the query's terms measured so far (see share)
        self._shares: dict[frozenset[int], float] = {}

    def _term(self, term: str, parts: tuple[str, ...]) -> tuple[int, float]:
        return self.index.vocab.get(term, -1), _weight(self.index, term, parts)

    def _known(
        self,
        known: dict[str | tuple[str, str], tuple[int, float]],
        key: str | tuple[str, str],
        parts: tuple[str, ...],
    ) -> tuple[int, float]:
        """The id and weight of a syllable (``key`` is the syllable) or of a bigram (``key`` is
        its two syllables), kept in ``known``."""
        term = key if isinstance(key, str) else f"{key[0]}_{key[1]}"
        found = self._term(term, parts)
        if found[0] >= 0 or len(known) < _UNKNOWN_KEPT:  # typed words are many: a bound
            known[key] = found
        return found

    def __call__(self, doc: int) -> float:
        """Share (0..1) of the question's weight found in document ``doc``; best variant wins."""
        return self.share(self.index.term_ids(doc))

    def share(self, present: Collection[int]) -> float:
        """As a call, for a document of the index whose distinct term ids are ``present`` (a
        caller that measures the same documents for every query keeps their sets)."""
        # only the query's own terms count: documents holding the same ones share alike (an
        # entry's asks often do), so each set of them is measured once per query (s42)
        common = self.ids.intersection(present)
        best = self._shares.get(common) if common else 0.0
        if best is not None:
            return best
        best = 0.0
        present = common
        for uni, total_u, bi, total_b in self.variants:
            share_u = sum([w for t, w in uni if t in present]) / total_u if total_u else 0.0
            share_b = sum([w for t, w in bi if t in present]) / total_b if total_b else share_u
            best = max(best, (1 - BIGRAM_SHARE) * share_u + BIGRAM_SHARE * share_b)
        self._shares[common] = best
        return best
