"""Stop s46a (issue 11, p99 of `tdkt ask`, the retrieval side): each speed-up gives what the code
it replaces gave, bit for bit. Behaviour only, never timing.

* ``EntryRetriever._scores`` scores the KB's two small indexes (whole entries, single asks) in
  one pass over the query's terms, adding one kept row that holds a term's column in both: the
  float32 scores are those of ``full.scores`` and ``asks.scores``, to the last bit, whether the
  rows are kept or not;
* ``EntryRetriever.top`` takes each candidate's best ask share over the entry's distinct ask
  term sets (``_entry_terms``): the candidates (index, rank, BM25, coverage) are those the loop
  over every ask gave;
* ``Abbreviations.expand`` skips a syllable no abbreviation starts with: the variants are those
  of the walk over every size at every syllable;
* and the whole answer is the same with all of them undone.

The questions are those of ``tests/knowledge/*_questions.yaml`` we may read (judge sets and the
held-out split "h" left out, ``tests/knowledge/tuning_questions.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge import retrieval as retrieval_module
from bot.knowledge.normalize import Abbreviations, text_syllables
from bot.knowledge.query import Coverage, Query
from bot.knowledge.retrieval import Candidate, EntryRetriever, _top_indices
from tests.knowledge.tuning_questions import tuning_questions as _tuning

AS_OF = date(2026, 11, 22)


def _queries(kb: KnowledgeBase, step: int) -> list[Query]:
    queries = [kb.analyse(q) for q in _tuning()[::step]]
    return [q for q in queries if not q.empty]


# ------------------------------------------------------------------ one pass over both indexes


def _assert_scores_as_each_index(entries: EntryRetriever, queries: list[Query]) -> None:
    for query in queries:
        full, asks = entries._scores(query.terms)
        plain_full, plain_asks = entries.full.scores(query.terms), entries.asks.scores(query.terms)
        assert full.dtype == plain_full.dtype and asks.dtype == plain_asks.dtype
        assert full.tobytes() == plain_full.tobytes(), query.text
        assert asks.tobytes() == plain_asks.tobytes(), query.text


def test_joint_scores_are_each_index_own_scores(officer_kb: KnowledgeBase) -> None:
    """Over one tuning question in four, the joint pass gives each index's own float32 scores,
    bit for bit, first with the rows being built, then with them kept; the joint path is the
    one taken (both KB indexes are small) and it keeps rows."""
    entries = officer_kb._entries
    assert entries._joint
    queries = _queries(officer_kb, 4)
    assert len(queries) > 5000
    for _ in range(2):
        _assert_scores_as_each_index(entries, queries)
    assert entries._joint_rows


def test_joint_scores_without_kept_rows(
    officer_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no room to keep a row, each is built anew from the two columns: the same scores."""
    entries = EntryRetriever(
        officer_kb._entries.full, officer_kb._entries.asks, _owners(officer_kb)
    )
    monkeypatch.setattr(retrieval_module, "_JOINT_BYTES", 0)
    _assert_scores_as_each_index(entries, _queries(officer_kb, 29))
    assert not entries._joint_rows


def test_a_term_one_index_never_saw_adds_nothing_to_it(officer_kb: KnowledgeBase) -> None:
    """A term only the entries know (most: an entry's text holds its asks and its answer, so
    the asks know few or no terms of their own) leaves the asks' scores at zero, not at some
    other term's column, and keeps its own; a term neither knows adds nothing."""
    entries = officer_kb._entries
    full_only = next(t for t in entries.full.vocab if t not in entries.asks.vocab)
    asks_only = next((t for t in entries.asks.vocab if t not in entries.full.vocab), None)
    full, asks = entries._scores([full_only, "khong_co_tu_nay_zzz"])
    assert full.tobytes() == entries.full.scores([full_only]).tobytes()
    assert not asks.any()
    if asks_only is not None:
        full, asks = entries._scores([asks_only])
        assert not full.any()
        assert asks.tobytes() == entries.asks.scores([asks_only]).tobytes()


def _owners(kb: KnowledgeBase) -> list[int]:
    return [i for i, asks in enumerate(kb._entries._asks_of) for _ in asks]


# ------------------------------------------------------------------ best ask share per entry


def _top_plain(entries: EntryRetriever, query: Query, k: int) -> list[Candidate]:
    """``EntryRetriever.top`` as it was before s46a: each index scored on its own, every ask
    of each candidate measured."""
    full = entries.full.scores(query.terms)
    best_ask = np.maximum.reduceat(entries.asks.scores(query.terms), entries._starts)
    rank = full / (full.max() or 1.0) + entries.ASK_WEIGHT * best_ask / (best_ask.max() or 1.0)
    cover = Coverage(entries.asks, query)
    out = []
    for i in _top_indices(rank, k):
        cov = max(cover.share(entries._ask_terms[a]) for a in entries._asks_of[i])
        out.append(Candidate(i, float(rank[i]), float(full[i]), cov))
    return out


def test_top_candidates_are_the_plain_ones(officer_kb: KnowledgeBase) -> None:
    """Over one tuning question in three, for the k the answer asks for (1 for a clause, 3 for
    the question, 11 when a text is named), the candidates are those of the plain loop:
    index, rank, BM25 and coverage, compared as floats (the same bits)."""
    entries = officer_kb._entries
    queries = _queries(officer_kb, 3)
    for query in queries:
        for k in (1, 3, 11):
            assert entries.top(query, k) == _top_plain(entries, query, k), (query.text, k)
    # entries do have several asks, some sharing one term set: the distinct sets are fewer
    assert sum(map(len, entries._entry_terms)) <= entries.asks.size
    assert max(map(len, entries._entry_terms)) > 3


# ------------------------------------------------------------------ abbreviations


def _expand_plain(abbreviations: Abbreviations, sylls: Sequence[str]) -> list[list[str]]:
    """``Abbreviations.expand`` as it was before s46a: every size tried at every syllable."""
    inline: list[str] = []
    extra: list[list[str]] = []
    matched = False
    i = 0
    while i < len(sylls):
        for size in range(min(abbreviations.longest, len(sylls) - i), 0, -1):
            options = abbreviations.table.get(tuple(sylls[i : i + size]))
            if options:
                inline.extend(options[0])
                extra.extend(options[1:])
                matched = True
                i += size
                break
        else:
            inline.append(sylls[i])
            i += 1
    if not matched:
        return [list(sylls)]
    return [list(sylls), inline, *extra]


def test_expand_is_the_walk_over_every_size(officer_kb: KnowledgeBase) -> None:
    """Over every tuning question, and over each abbreviation key typed alone, between words
    and run together with the next key, the variants are those of the plain walk; most
    questions do name an abbreviation (the skip is not all that is compared)."""
    abbreviations = officer_kb.abbreviations
    matched = 0
    for question in _tuning():
        sylls = text_syllables(question)
        got = abbreviations.expand(sylls)
        assert got == _expand_plain(abbreviations, sylls), question
        matched += len(got) > 1
    assert matched > 5000
    keys = list(abbreviations.table)
    for key, after in zip(keys, [*keys[1:], keys[0]], strict=True):
        for sylls in (list(key), ["hoi", *key, "gi"], [*key, *after], ["co", *key[:-1]]):
            assert abbreviations.expand(sylls) == _expand_plain(abbreviations, sylls), sylls


# ------------------------------------------------------------------ the whole answer


def test_undone_speed_ups_give_the_same_answers(
    officer_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole answer (text, parts, sources, confidence, related) of one tuning question in
    24 is the same with the joint pass, the distinct ask sets and the abbreviation skip all
    undone."""
    questions = _tuning()[::24]
    fast = [repr(officer_kb.ask(q, AS_OF)) for q in questions]
    monkeypatch.setattr(officer_kb._entries, "_joint", False)
    monkeypatch.setattr(EntryRetriever, "top", lambda self, query, k: _top_plain(self, query, k))
    monkeypatch.setattr(Abbreviations, "expand", lambda self, sylls: _expand_plain(self, sylls))
    plain = [repr(officer_kb.ask(q, AS_OF)) for q in questions]
    for question, got, want in zip(questions, fast, plain, strict=True):
        assert got == want, question
