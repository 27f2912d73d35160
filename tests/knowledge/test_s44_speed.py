"""Stop s44 (issue 11, p99 of `tdkt ask`): each speed-up gives what the code it replaces gave,
on the tuning questions. Behaviour only, never timing.

The hearsay rules' pre-filter is found for all rules in one pass (``triggers.Prefilter``) where
s43 asked ``present`` rule by rule: the set it lets through must be exactly the rules ``present``
lets through, and ``ruling`` must rule as it does with no pre-filter at all. The questions are
those of ``tests/knowledge/*_questions.yaml`` we may read (judge sets and split "h" left out,
as in test_s43_speed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from bot.core.text import folded_words
from bot.knowledge.facts import hearsay as hearsay_module
from bot.knowledge.facts.hearsay import HearsayRule, _chat_spelled, load_hearsay, ruling
from bot.knowledge.facts.triggers import Prefilter, present
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.tuning_questions import tuning_questions as _tuning


@pytest.fixture(scope="module")
def rules() -> tuple[HearsayRule, ...]:
    return load_hearsay(CONTENT)


def test_prefilter_lets_through_what_present_lets_through(
    rules: tuple[HearsayRule, ...],
) -> None:
    """Every hearsay pattern (about, claims, unless) and a None pattern, over the words of one
    tuning question in twenty: ``possible`` holds an index exactly when ``present`` is true
    for that pattern (None always), and it leaves many out (else it would save nothing)."""
    patterns: list[re.Pattern[str] | None] = list(
        dict.fromkeys(p for r in rules for p in (*r.about, *(c for c, _ in r.claims), *r.unless))
    )
    patterns.insert(3, None)
    assert len(patterns) > 300
    prefilter = Prefilter(patterns)
    left_out = 0
    for question in _tuning()[::20]:
        words = _chat_spelled(folded_words(question))
        found = prefilter.possible(words)
        expected = {i for i, p in enumerate(patterns) if p is None or present(p, words)}
        assert found == expected, question
        left_out += len(patterns) - len(found)
    assert left_out > 0.5 * len(patterns) * len(_tuning()[::20])


class _Everything:
    """A pre-filter that lets every rule through: the rules read with no pre-filter at all."""

    def possible(self, text: str) -> range:
        return range(10_000)


def test_ruling_is_the_same_without_the_prefilter(
    rules: tuple[HearsayRule, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over a quarter of the tuning questions, ``ruling`` with the pre-filter returns what it
    returns when every rule is read (a rule left out would have ruled nothing), and some
    questions do get a rule (else the check would prove nothing). Also for the
    ``first_option`` rules alone, the list ``ruling`` builds for one call."""
    questions = _tuning()[::4]
    fast = [ruling(q, rules) for q in questions]
    firsts: Sequence[HearsayRule] = [r for r in rules if r.first_option]
    fast_first = [hearsay_module._ruling(q, firsts) for q in questions[::3]]
    monkeypatch.setattr(hearsay_module, "_prefilter", lambda _rules: _Everything())
    plain = [ruling(q, rules) for q in questions]
    plain_first = [hearsay_module._ruling(q, firsts) for q in questions[::3]]
    for question, got, want in zip(questions, fast, plain, strict=True):
        assert got == want, question
    assert fast_first == plain_first
    assert sum(found is not None for found in fast) > 100


def test_prefilter_is_built_once_for_the_loaded_rules(rules: tuple[HearsayRule, ...]) -> None:
    """The loaded rules (a tuple) keep their pre-filter; a list made for one call is not kept."""
    assert hearsay_module._prefilter(rules) is hearsay_module._prefilter(rules)
    listed = list(rules)
    assert hearsay_module._prefilter(listed) is not hearsay_module._prefilter(listed)
    assert id(listed) not in hearsay_module._FILTERS
