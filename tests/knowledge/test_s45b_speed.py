"""Stop s45b (issue 11, p99 of `tdkt ask`, the reading side): each speed-up gives what the code
it replaces gave. Behaviour only, never timing.

* ``FactModel.title_at`` returns at once for a word that starts no title: over every word of
  the tuning questions (and of their folded, spelled-out tokens) it finds what the walk it
  replaces found;
* ``retrieval._top_indices`` takes the one best by ``argmax`` when no other document ties with
  it: over random scores with and without ties, and over the bench's real rankings, it returns
  what argpartition returned.

The questions are those of ``tests/knowledge/*_questions.yaml`` we may read (judge sets and
split "h" left out, as in test_s43_speed).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.model import FactModel, _title_starts, tokens
from bot.knowledge.retrieval import _top_indices
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.tuning_questions import tuning_questions as _tuning


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(CONTENT)


def _title_at_walk(model: FactModel, toks: Sequence[str], at: int) -> tuple[str, int]:
    """``title_at`` as it was before s45b: the walk over every size, even from 0."""
    longest = _title_starts(model).get(toks[at], 0)
    for size in range(min(longest, len(toks) - at), 0, -1):
        phrase = model.phrases.get(tuple(toks[at : at + size]))
        if phrase is not None and phrase.kind == "entity":
            return phrase.key, size
    return "", 0


def test_title_at_finds_what_the_full_walk_finds(kb: KnowledgeBase) -> None:
    model = kb.facts
    assert model is not None
    named = 0
    for question in _tuning():
        toks = tokens(question)
        for at in range(len(toks)):
            found = model.title_at(toks, at)
            assert found == _title_at_walk(model, toks, at), (question, at)
            named += bool(found[1])
    # the titles' own display names, each named from its first word
    for name in model.entities.values():
        toks = tokens(name)
        assert model.title_at(toks, 0) == _title_at_walk(model, toks, 0), name
    assert named > 1000  # the questions name titles: the test compares found ones too


def _top_by_partition(scores: np.ndarray, k: int) -> list[int]:
    """``_top_indices`` as it was before s45b (argpartition for every k)."""
    k = min(k, len(scores))
    if k <= 0:
        return []
    best = np.argpartition(-scores, k - 1)[:k]
    return [int(i) for i in best[np.argsort(-scores[best], kind="stable")] if scores[i] > 0]


def test_top_one_is_what_argpartition_gives_with_and_without_ties() -> None:
    rng = np.random.default_rng(45)
    ties = 0
    for trial in range(3000):
        size = int(rng.integers(1, 40)) if trial % 2 else int(rng.integers(1, 12_000))
        kind = trial % 4
        if kind == 0:  # small integers: the best is often tied
            scores = rng.integers(0, 4, size).astype(np.float32)
        elif kind == 1:  # mostly zero, as a rare term's scores are
            scores = (rng.random(size) * (rng.random(size) < 0.1)).astype(np.float32)
        elif kind == 2:  # all zero or negative: nothing is found
            scores = -rng.random(size)
        else:
            scores = np.round(rng.random(size), 1)
        ties += int(np.count_nonzero(scores == scores.max()) > 1)
        for k in (1, 2, 3):
            assert _top_indices(scores, k) == _top_by_partition(scores, k), (trial, k)
    assert ties > 500  # the tied case, where argmax and argpartition may differ, is covered
    assert _top_indices(np.zeros(0, dtype=np.float32), 1) == []


def test_top_one_over_the_bench_rankings(kb: KnowledgeBase) -> None:
    """The real rankings of the KB's entries and the plans' passages for the tuning
    questions (one in five): the best found is the same."""
    entries = kb._entries
    for question in _tuning()[::5]:
        query = kb.analyse(question)
        if query.empty:
            continue
        full = entries.full.scores(query.terms)
        best_ask = np.maximum.reduceat(entries.asks.scores(query.terms), entries._starts)
        rank = full / (full.max() or 1.0) + entries.ASK_WEIGHT * best_ask / (best_ask.max() or 1.0)
        assert _top_indices(rank, 1) == _top_by_partition(rank, 1), question
        if kb._plan_retriever is not None:
            scores = kb._plan_retriever.index.scores(query.terms)
            assert _top_indices(scores, 1) == _top_by_partition(scores, 1), question
