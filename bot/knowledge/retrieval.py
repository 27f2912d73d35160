"""Ranking KB entries and plan passages for a query, with the features confidence is built on.

KB entries are scored twice: BM25 over the whole entry (title, asks, answer, sources) finds the
topic; BM25 over each single way of asking (title or one ask, max per entry) separates sibling
topics that share vocabulary ("hồ sơ LĐTT" vs "tiêu chuẩn LĐTT"). Both are scaled by their best
value for the query and added, the ask side at 0.3: on the project's question set this lifted
hit@1 by about three points on each half, where either alone was worse (BENCHMARKS.md).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.knowledge.index import BM25Index
from bot.knowledge.query import Coverage, Query

if TYPE_CHECKING:  # loaded with the first index (bot.knowledge.index), not with the bot
    import numpy as np

__all__ = ["Calibration", "Candidate", "EntryRetriever", "PassageRetriever"]

#: the joint columns of the entry indexes kept, at most this many bytes (see EntryRetriever):
#: the two indexes' own bounds together, as their own columns are no longer kept then
_JOINT_BYTES = 16 << 20


@dataclass(frozen=True, slots=True)
class Candidate:
    index: int
    #: the ranking score (only comparable within one query)
    rank: float
    #: BM25 score of the whole document
    bm25: float
    #: share of the question's weight the best-matching field contains (0..1)
    coverage: float


@dataclass(frozen=True, slots=True)
class Calibration:
    """Logistic map from (coverage, BM25) to the probability that the top answer is right.

    Fitted by tests/knowledge/calibrate.py; the figures behind the constants are in
    BENCHMARKS.md. Refit when the knowledge base grows a lot: BM25 scales with the corpus.
    """

    bias: float
    coverage_weight: float
    score_weight: float

    def __call__(self, cov: float, bm25: float) -> float:
        z = self.bias + self.coverage_weight * cov + self.score_weight * math.log1p(bm25)
        return 1.0 / (1.0 + math.exp(-z))


def _top_indices(scores: np.ndarray, k: int) -> list[int]:
    import numpy as np

    k = min(k, len(scores))
    if k <= 0:
        return []
    if k == 1:
        # the one best (a clause's entry, the plan passage): when the highest score is held by
        # one document alone, argpartition can pick no other, and argmax finds it without
        # partitioning (10,000 passages: ~100 µs → ~10 µs); a tie keeps argpartition's own pick
        top = int(np.argmax(scores))
        if np.count_nonzero(scores == scores[top]) == 1:
            return [top] if scores[top] > 0 else []
    best = np.argpartition(-scores, k - 1)[:k]
    return [int(i) for i in best[np.argsort(-scores[best], kind="stable")] if scores[i] > 0]


class EntryRetriever:
    ASK_WEIGHT = 0.3

    def __init__(
        self,
        entry_docs: Sequence[Sequence[str]] | BM25Index,
        ask_docs: Sequence[Sequence[str]] | BM25Index,
        owners: Sequence[int],
    ) -> None:
        # Built indexes come from the on-disk cache (bot.knowledge.index_cache).
        self.full = entry_docs if isinstance(entry_docs, BM25Index) else BM25Index(entry_docs)
        self.asks = ask_docs if isinstance(ask_docs, BM25Index) else BM25Index(ask_docs)
        self._asks_of: list[list[int]] = [[] for _ in range(self.full.size)]
        for ask, owner in enumerate(owners):
            self._asks_of[owner].append(ask)
        # Each entry's asks are one contiguous block, so the best ask per entry is a reduceat.
        starts = [asks[0] for asks in self._asks_of if asks]
        if len(starts) != self.full.size or list(owners) != sorted(owners):
            raise ValueError("every entry needs at least one ask, listed entry by entry")
        import numpy as np

        self._starts = np.asarray(starts, dtype=np.int64)
        # every candidate's asks are measured for coverage on every search: their term sets
        # are built once here, not from the index's arrays on each search (stop 34)
        self._ask_terms = [frozenset(self.asks.term_ids(a)) for a in range(self.asks.size)]
        #: each entry's distinct ask term sets (two asks with the same terms share alike, and
        #: only the best share of an entry counts), looked up once per candidate (s46a)
        self._entry_terms = [
            tuple(dict.fromkeys(self._ask_terms[a] for a in asks)) for asks in self._asks_of
        ]
        #: both indexes score as one when both keep dense columns (see ``_scores``)
        self._joint = self.full.dense and self.asks.dense
        #: a term's column in both indexes, side by side (entries, then asks), kept (s46a)
        self._joint_rows: dict[str, np.ndarray] = {}

    def _scores(self, terms: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """``full.scores(terms)`` and ``asks.scores(terms)``, in one pass over the terms (s46a).

        Each index adds its known terms' dense columns in the query's order from zeros; here
        each term either index knows adds one row holding both columns (a column of zeros for
        the index that does not know it). Every score is the same float32 sum, bit for bit:
        the same nonzero terms are added in the same order, and adding 0.0 to a score (never
        -0.0: BM25 weights are positive) leaves it as it was."""
        import numpy as np

        full, asks = self.full, self.asks
        if not self._joint:
            return full.scores(terms), asks.scores(terms)
        size = full.size
        out = np.zeros(size + asks.size, dtype=np.float32)
        rows = self._joint_rows
        for term in dict.fromkeys(terms):
            row = rows.get(term)
            if row is None:
                if term not in full.vocab and term not in asks.vocab:
                    continue  # neither index adds it
                row = np.concatenate((full.column(term), asks.column(term)))
                if len(rows) < _JOINT_BYTES // row.nbytes:
                    rows[term] = row
            out += row
        return out[:size], out[size:]

    def top(self, query: Query, k: int) -> list[Candidate]:
        found, cover = self.ranked(query, k)
        return [self.measured(i, rank, bm25, cover) for i, rank, bm25 in found]

    def ranked(self, query: Query, k: int) -> tuple[list[tuple[int, float, float]], Coverage]:
        """The ``k`` best entries (index, rank, BM25), in ``top``'s order, and the coverage
        measure of ``query``: ``top`` without the coverage of each, which ``measured`` adds
        (s51: a caller that reads only its first hit's confidence measures that one alone)."""
        import numpy as np

        full, asks = self._scores(query.terms)
        best_ask = np.maximum.reduceat(asks, self._starts)
        rank = full / (full.max() or 1.0) + self.ASK_WEIGHT * best_ask / (best_ask.max() or 1.0)
        found = [(i, float(rank[i]), float(full[i])) for i in _top_indices(rank, k)]
        return found, Coverage(self.asks, query)

    def measured(self, index: int, rank: float, bm25: float, cover: Coverage) -> Candidate:
        """The candidate ``index`` with its coverage: the best share of its ways of asking."""
        return Candidate(index, rank, bm25, max(map(cover.share, self._entry_terms[index])))


class PassageRetriever:
    def __init__(self, docs: Iterable[Sequence[str]] | BM25Index) -> None:
        self.index = docs if isinstance(docs, BM25Index) else BM25Index(docs)

    def top(self, query: Query, k: int) -> list[Candidate]:
        scores = self.index.scores(query.terms)
        cover = Coverage(self.index, query)
        return [
            Candidate(i, float(scores[i]), float(scores[i]), cover(i))
            for i in _top_indices(scores, k)
        ]
