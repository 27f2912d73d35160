"""Stop s43 (issue 11, p99 of `tdkt ask`): each speed-up gives what the code it replaces gave,
on the tuning questions. Behaviour only, never timing.

Each test keeps the plain computation as the reference and compares it with the fast path over
the questions of ``tests/knowledge/*_questions.yaml`` we may read (the judge sets and the
held-out split "h" are left out, as in test_s42_speed).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from bot.core.text import fold, folded_words
from bot.knowledge import KnowledgeBase
from bot.knowledge import answer as answer_module
from bot.knowledge.answer import Answer
from bot.knowledge.facts.hearsay import _chat_spelled, load_hearsay
from bot.knowledge.facts.triggers import needed, present
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.tuning_questions import tuning_questions as _tuning

AS_OF = date(2026, 11, 22)


def _compound() -> tuple[str, ...]:
    """The tuning questions ``_clauses_added`` may work on: two clauses or more, short."""
    m: Any = answer_module
    return tuple(
        q
        for q in _tuning()
        if len(q.split()) <= m._REFORM_COMPOUND + 4
        and sum(1 for c in m._CLAUSE_BREAK.split(q) if c.strip()) > 1
    )


def _clauses_added_reading_first(
    kb: KnowledgeBase, answer: Answer, as_of: date, exclude: Collection[str]
) -> Answer:
    """``KnowledgeBase._clauses_added`` as it was before s43: each clause's readings first, the
    entries searched only for a clause the fact model does not answer."""
    m: Any = answer_module
    clauses = [c.strip() for c in m._CLAUSE_BREAK.split(answer.question) if c.strip()]
    if len(clauses) < 2:
        return answer
    whole = kb.read(answer.question)
    reform_only = whole is not None and whole.reform and not whole.pairs
    limit = m._REFORM_COMPOUND if reform_only else m._SHORT_COMPOUND
    if len(m._ask_core(answer.question).split()) > limit:
        return answer
    shown = {answer.entry_id} if answer.entry_id else set()
    named_texts = set(m._TEXT_NUMBER_ASKED.findall(answer.question))
    named = ""
    if whole is not None and whole.entities and kb.facts is not None:
        named = kb.facts.entities.get(whole.entities[0], "")
    added = []
    for clause in clauses:
        about_text = m._LEGAL_TEXT_NAMED.search(fold(clause).lower()) is not None
        if kb._clause_answered(clause, named, about_text, answer.text):
            continue
        asked = clause
        mentions = m._TEXT_MENTION.findall(fold(answer.question).lower())
        if about_text and not m._texts_named(clause) and len(set(mentions)) == 1:
            asked = f"{clause} {mentions[0]}"
        query = kb.analyse(asked)
        if query.empty:
            continue
        hits = kb._search(query, 1, "kb", exclude)
        if not hits or hits[0].confidence < kb.threshold or hits[0].key in shown:
            continue
        asked_texts = m._texts_named(clause) or named_texts
        if asked_texts and not kb._names_asked_text(hits[0].key, asked_texts):
            continue
        entry = kb.store.entries[hits[0].key]
        if f"**{entry.title}**" in answer.text:
            continue
        shown.add(hits[0].key)
        added.append(kb._entry_answer(clause, hits[0].key, as_of, None, hits[0].confidence))
    if not added:
        return answer
    text = "\n\n".join([answer.text, *(m._with_lead_verdict(a, kb.facts).text for a in added)])
    sources = list(dict.fromkeys([*answer.sources, *(s for a in added for s in a.sources)]))
    parts = [*answer.parts, *(p for a in added for p in a.parts)]
    return replace(answer, text=text, sources=sources, parts=parts)


def test_clauses_added_search_first_adds_what_reading_first_added(
    officer_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clause readings moved after the search (s43): every call ``ask`` makes on the tuning
    questions returns what the reading-first loop returned, and some of those calls add an
    entry (else the check would prove nothing)."""
    calls: list[tuple[Answer, date, Collection[str], Answer]] = []
    fast = KnowledgeBase._clauses_added

    def kept(self: KnowledgeBase, answer: Answer, as_of: date, exclude: Collection[str]) -> Answer:
        out = fast(self, answer, as_of, exclude)
        calls.append((answer, as_of, exclude, out))
        return out

    monkeypatch.setattr(KnowledgeBase, "_clauses_added", kept)
    for question in _compound()[::4]:
        officer_kb.ask(question, AS_OF)
    monkeypatch.undo()
    added = 0
    for answer, as_of, exclude, out in calls:
        plain = _clauses_added_reading_first(officer_kb, answer, as_of, exclude)
        assert out == plain, answer.question
        added += out is not answer
    assert added > 20


# ------------------------------------------------------------------ derived pre-filters


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        (r"\bho so\b", {"ho so"}),
        (r"\b(?:huyen|quan)\b", {"huyen", "quan"}),
        # an optional part needs nothing: the words around it are what the match needs
        (r"\ba(?:bc)?d\b", {"a"}),
        (r"\b(?:xa|tinh)? chi\b", {" chi"}),
        (r"(?:ab)+", {"ab"}),
        # one branch needing nothing makes the alternation need nothing
        (r"x(?:ab|\d+)y", {"x"}),
        (r"[ab]\d", None),
        (r"a*", None),
        (r"(?i)ho so", None),
        (r"(?i:ho) so", {" so"}),
    ],
)
def test_needed_strings_of_a_pattern(pattern: str, strings: set[str] | None) -> None:
    found = needed(re.compile(pattern))
    assert (None if found is None else set(found)) == strings


def test_needed_strings_never_skip_a_match() -> None:
    """Every hearsay pattern (about, claims, unless), searched in every tuning question's
    words: whenever it matches, ``present`` lets it through; and it lets few through that do
    not match (else the pre-filter would save nothing)."""
    rules = load_hearsay(CONTENT)
    patterns = list(
        dict.fromkeys(p for r in rules for p in (*r.about, *(c for c, _ in r.claims), *r.unless))
    )
    assert len(patterns) > 300
    skipped = 0
    for question in _tuning()[::20]:
        words = _chat_spelled(folded_words(question))
        for pattern in patterns:
            if not present(pattern, words):
                skipped += 1
                assert pattern.search(words) is None, (pattern.pattern, question)
    assert skipped > 0.5 * len(patterns) * len(_tuning()[::20])
