"""A BM25 index over folded syllables and bigrams, with the statistics confidence needs.

bm25s (MIT, numpy only) does the scoring: it precomputes per-term score columns at build time,
so a query costs a sparse sum. We keep document frequencies beside it because bm25s does not
expose them and the confidence measure weighs query terms by IDF.

Documents are turned into int32 arrays of term ids as they arrive, so no list of token strings
for the whole corpus is ever held: at 10,000 passages those lists alone cost over 100 MB of
resident memory that Python never returns to the system (BENCHMARKS.md).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy and bm25s (~20 MB) load with the first index, not with the bot
    import bm25s
    import numpy as np

__all__ = ["BM25Index"]

#: an index of at most this many documents keeps the columns it is asked for dense (see scores),
#: up to this many bytes of them
_DENSE_MAX = 4096
_DENSE_BYTES = 8 << 20
#: a larger index keeps dense the columns of terms found in at least 1/_FREQUENT_SHARE of its
#: documents (see _large_scores), up to _DENSE_BYTES of them
_FREQUENT_SHARE = 8


class BM25Index:
    # k1/b as in the retrieval study; its sweep showed no k1/b variant moving results.
    def __init__(self, docs: Iterable[Sequence[str]], k1: float = 1.2, b: float = 0.75) -> None:
        import bm25s
        import numpy as np

        vocab: dict[str, int] = {}
        rows: list[np.ndarray] = []
        for doc in docs:
            ids = (vocab.setdefault(t, len(vocab)) for t in doc)
            rows.append(np.fromiter(ids, dtype=np.int32, count=len(doc)))
        if not rows:
            raise ValueError("cannot index an empty corpus")
        self.size = len(rows)
        #: term → id; copied because bm25s adds its empty token to the dict it is given
        self.vocab: dict[str, int] = dict(vocab)
        unique = [np.unique(r) for r in rows]
        #: each document's distinct term ids, one after the other; ``_offsets`` says where
        self._unique = np.concatenate(unique)
        self._offsets = np.zeros(len(unique) + 1, dtype=np.int64)
        self._offsets[1:] = np.cumsum([len(u) for u in unique])
        self._df = np.bincount(self._unique, minlength=len(vocab))
        self._bm25 = bm25s.BM25(k1=k1, b=b)
        self._bm25.index((rows, vocab), show_progress=False)
        self._idf: dict[str, float] = {}
        #: a small index's term columns, dense, taken on first use (see scores)
        self._rows: dict[str, np.ndarray] = {}

    @classmethod
    def from_parts(
        cls,
        *,
        bm25: bm25s.BM25,
        vocab: dict[str, int],
        df: np.ndarray,
        unique: np.ndarray,
        offsets: np.ndarray,
        size: int,
    ) -> BM25Index:
        """An index saved before (see :mod:`bot.knowledge.index_cache`), arrays as loaded."""
        index = cls.__new__(cls)
        index.size = size
        index.vocab = vocab
        index._unique = unique
        index._offsets = offsets
        index._df = df
        index._bm25 = bm25
        index._idf = {}
        index._rows = {}
        return index

    def df(self, term: str) -> int:
        tid = self.vocab.get(term)
        return int(self._df[tid]) if tid is not None else 0

    def frequencies(self) -> dict[str, int]:
        """Document frequency of every term (for the spelling fixer's vocabulary)."""
        return {t: int(self._df[i]) for t, i in self.vocab.items()}

    def idf(self, term: str) -> float:
        """Smoothed IDF; a term the corpus never saw gets the highest value (df = 0)."""
        value = self._idf.get(term)
        if value is None:
            df = self.df(term)
            value = self._idf[term] = math.log(1.0 + (self.size - df + 0.5) / (df + 0.5))
        return value

    def term_ids(self, doc: int) -> set[int]:
        """The distinct term ids of document ``doc``."""
        return set(self._unique[self._offsets[doc] : self._offsets[doc + 1]].tolist())

    def scores(self, query_terms: Sequence[str]) -> np.ndarray:
        known = list(dict.fromkeys(filter(self.vocab.__contains__, query_terms)))
        if not known:
            import numpy as np

            return np.zeros(self.size, dtype=np.float32)
        bm25 = self._bm25
        if bm25.nonoccurrence_array is not None:
            return bm25.get_scores(known)
        if self.size > _DENSE_MAX:
            return self._large_scores(known)
        # a small index (the KB's entries and asks): bm25s adds each term's sparse column with
        # np.add.at, a few microseconds a term; each term's column kept dense (its score in
        # every document, 0 where absent) is added whole, in the same term order from zeros:
        # the same float32 sums, as adding 0.0 changes none (s42)
        import numpy as np

        out = np.zeros(self.size, dtype=bm25.dtype)
        for term in known:
            row = self._rows.get(term)
            if row is None:
                row = self._dense(term)
                if len(self._rows) < _DENSE_BYTES // row.nbytes:
                    self._rows[term] = row
            out += row
        return out

    def _large_scores(self, known: list[str]) -> np.ndarray:
        """``bm25.get_scores(known)`` for a large index (s48b): bm25s adds each term's sparse
        column with ``np.add.at``, about 1.4 ns an entry; a term found in an eighth of the
        documents or more (a few hundred terms of 10,000 passages, 90 % of the entries the
        bench questions add) has its column kept dense and added whole, about 1.3 µs however
        long: the slowest questions' plan scores took 250-370 µs. Terms are added in the same
        order from zeros, each document's float32 sum the same, bit for bit (adding the 0.0 of a
        document without the term changes nothing: weights are positive, never -0.0)."""
        import numpy as np

        bm25 = self._bm25
        vocab_dict = bm25.vocab_dict
        matrix = bm25.scores
        indptr, indices, data = matrix["indptr"], matrix["indices"], matrix["data"]
        out = np.zeros(matrix["num_docs"], dtype=bm25.dtype)
        rows = self._rows
        for term in known:
            row = rows.get(term)
            if row is not None:
                out += row
                continue
            tid = vocab_dict.get(term)
            if tid is None:  # bm25s skips a term it does not know
                continue
            start, end = indptr[tid], indptr[tid + 1]
            if (end - start) * _FREQUENT_SHARE >= self.size and (
                len(rows) < _DENSE_BYTES // out.nbytes
            ):
                row = rows[term] = self._dense(term)
                out += row
            else:
                np.add.at(out, indices[start:end], data[start:end])
        return out

    @property
    def dense(self) -> bool:
        """Whether :meth:`scores` adds dense float32 columns (a small index, plain BM25)."""
        import numpy as np

        bm25 = self._bm25
        return (
            self.size <= _DENSE_MAX
            and bm25.nonoccurrence_array is None
            and np.dtype(bm25.dtype) == np.float32
        )

    def column(self, term: str) -> np.ndarray:
        """``term``'s score in every document, as :meth:`scores` adds it for a dense index (all
        zeros for a term the index never saw)."""
        import numpy as np

        row = self._rows.get(term)
        if row is not None:
            return row
        if term not in self.vocab:
            return np.zeros(self.size, dtype=self._bm25.dtype)
        return self._dense(term)

    def _dense(self, term: str) -> np.ndarray:
        """``term``'s score in every document (bm25s's column spread out, 0 where absent)."""
        import numpy as np

        bm25 = self._bm25
        row = np.zeros(bm25.scores["num_docs"], dtype=bm25.dtype)
        tid = bm25.vocab_dict.get(term)
        if tid is not None:  # bm25s skips a term it does not know
            indptr = bm25.scores["indptr"]
            start, end = int(indptr[tid]), int(indptr[tid + 1])
            np.add.at(row, bm25.scores["indices"][start:end], bm25.scores["data"][start:end])
        return row
