"""Stop s46b (issue 11, p99 of `tdkt ask`): each speed-up gives what the code it replaces gave,
on the tuning questions. Behaviour only, never timing.

The late-loaded rule modules (hearsay, corrections, loose names, rhetoric …) now gate their own
patterns and their rules' patterns as s45a gated the readers' module-level ones; the hearsay
loop reads the question-wide checks before a rule's clauses, visits only the rules its
pre-filter lets through, reads each "about" pattern once a question and looks for a claim's
needed strings once over all clauses; the loose names visit only the rules whose names may be
in the question; ``run_count`` and ``title_clause`` answer at once for words that cannot hold
what they read; ``cues_named`` compares a cue only where its first word stands. Each is checked
against the plain computation (the code as it was before s46b, kept here as the oracle) over
the questions of ``tests/knowledge/*_questions.yaml`` we may read (judge sets and split "h"
left out).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

import pytest

from bot.core.text import fold, folded_words
from bot.knowledge.facts import hearsay as hearsay_module
from bot.knowledge.facts import loose_names as loose_module
from bot.knowledge.facts.clauses import _title_clause, title_clause
from bot.knowledge.facts.composer import cues_named
from bot.knowledge.facts.corrections import load_corrections
from bot.knowledge.facts.hearsay import (
    _ASKED,
    _CHOICE,
    _CLAUSE,
    _CONFIRM,
    _CONTRARY,
    _NEGATED,
    _NEXT_STEP,
    _OTHER_WAY,
    _PUT_UP,
    _RISING,
    _YESNO,
    HearsayRule,
    _bare_confirm_at,
    _barred,
    _chat_spelled,
    _reported_from,
    _told,
    load_hearsay,
    ruling,
)
from bot.knowledge.facts.loose_names import load_loose_names, named, rewritten
from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.facts.records import _run_count, run_count
from bot.knowledge.facts.triggers import Gated, fact_modules, gated, needed
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.tuning_questions import tuning_questions as _tuning

#: the modules the knowledge base imports after the package gated its readers (s45a)
LATE_MODULES = (
    "asker_label",
    "base_named",
    "corrections",
    "hearsay",
    "loose_names",
    "new_hire",
    "rhetoric",
    "shortfall",
    "stacked",
)


@pytest.fixture(scope="module")
def rules() -> tuple[HearsayRule, ...]:
    return load_hearsay(CONTENT)


@pytest.fixture(scope="module")
def model() -> FactModel:
    return FactModel.load(CONTENT)


def _plain(pattern: Any) -> re.Pattern[str]:
    return pattern.compiled if isinstance(pattern, Gated) else pattern


def _plain_rule(rule: HearsayRule) -> HearsayRule:
    """The rule with every pattern the compiled one, as before s46b."""
    return dataclasses.replace(
        rule,
        about=tuple(_plain(p) for p in rule.about),
        claims=tuple((_plain(p), v) for p, v in rule.claims),
        unless=tuple(_plain(p) for p in rule.unless),
        bars=None if rule.bars is None else _plain(rule.bars),
        bar_restated=None if rule.bar_restated is None else _plain(rule.bar_restated),
    )


# --- the oracle: ``ruling`` as it was before s46b, every rule read, no pre-filter ------------


def _plain_claimed(rule: HearsayRule, ends: Sequence[str]) -> tuple[int, str] | None:
    best: tuple[int, int, str] | None = None
    for order, (pattern, verdict) in enumerate(rule.claims):
        if pattern.pattern == ".":
            continue
        at = max((i for i, e in enumerate(ends) if _told(pattern, e, _NEGATED)), default=-1)
        if at >= 0 and (best is None or (at, -order) > best[:2]):
            best = (at, -order, verdict)
    if best is not None:
        return best[0], best[2]
    for pattern, verdict in rule.claims:
        if pattern.pattern == "." and any(ends):
            return -1, verdict
    return None


def _plain_first_asked(
    rule: HearsayRule, ends: Sequence[str], asking: Sequence[int]
) -> tuple[int, str] | None:
    for at, clause in enumerate(ends):
        if at not in asking:
            continue
        hit = _plain_claimed(rule, [clause])
        if hit is not None and hit[0] >= 0:
            return at, hit[1]
    return None


def _plain_inner(question: str, rules: Sequence[HearsayRule]) -> tuple[HearsayRule, str] | None:
    if not rules:
        return None
    words = _chat_spelled(folded_words(question))
    ends = [_chat_spelled(folded_words(c)) for c in _CLAUSE.split(question)]
    ends = [e for e in ends if e] or [words]
    kinds = [
        (
            bool(_CONFIRM.search(e) or _PUT_UP.search(e)),
            bool(_ASKED.search(e)),
            bool(_YESNO.search(e)),
        )
        for e in ends
    ]
    confirm = any(k[0] for k in kinds) or bool(_CONFIRM.search(words) or _PUT_UP.search(words))
    asked = any(k[1] for k in kinds)
    only_choice = not (confirm or asked or any(k[2] for k in kinds))
    risen = any(_RISING.search(e) for e in ends)  # task h483, merged after s46b
    premised = _NEXT_STEP.search(words) is not None  # task f181, merged after s46b
    if only_choice and not risen and not premised and not any(_CHOICE.search(e) for e in ends):
        return None
    asking = [i for i, k in enumerate(kinds) if any(k)]
    said = _reported_from(ends[: asking[-1] + 1] if asking else ends)
    for rule in rules:
        if rule.about and rule.about[0].search(words) is None:
            continue
        start = 0 if any(p.search(e) for p in rule.about for e in ends[said:]) else said
        if start != said and _plain_claimed(
            rule, ends[said : asking[-1] + 1] if asking else ends[said:]
        ):
            start = said
        upto = ends[start : asking[-1] + 1] if asking else ends[start:]
        rises = (rule.rising and risen) or (rule.premise and premised)
        if not (confirm or asked or rule.direct or rises) or (
            only_choice and not rule.choice and not rises
        ):
            continue
        if not all(_told(p, words, _CONTRARY) for p in rule.about):
            continue
        if any(p.search(words) for p in rule.unless):
            continue
        found = None
        bare = _bare_confirm_at(ends, start, asking)
        if bare is not None:
            found = _plain_claimed(rule, ends[start : bare + 1])
            if found is not None:
                upto = ends[start : bare + 1]
        if found is None:
            found = _plain_claimed(rule, upto)
        if found is None and len(upto) < len(ends) - start:
            found = _plain_claimed(rule, ends[start:])
        if found is None:
            continue
        if rule.first_ask and not confirm:
            found = _plain_first_asked(rule, upto, [i - start for i in asking]) or found
        at, verdict = found
        barred = _barred(rule, words, upto[at] if 0 <= at < len(upto) else words)
        if barred is not None:
            return rule, barred
        if not confirm and rule.asked and (asked or at < len(upto) - 1):
            return rule, rule.asked
        return rule, verdict
    return None


def _plain_ruling(question: str, rules: Sequence[HearsayRule]) -> tuple[HearsayRule, str] | None:
    found = _plain_inner(question, rules)
    if found is None and any(r.first_option for r in rules):
        first = _OTHER_WAY.sub(r"\1", fold(question))
        if first != fold(question):
            found = _plain_inner(first, [r for r in rules if r.first_option])
    return found


def _keyed(found: tuple[HearsayRule, str] | None) -> tuple[str, str] | None:
    return None if found is None else (found[0].key, found[1])


def test_ruling_is_the_plain_ruling(rules: tuple[HearsayRule, ...]) -> None:
    """Over a third of the tuning questions, ``ruling`` (gated rule patterns, question-wide
    checks first, only the rules let through, each "about" read once, a claim's strings looked
    for once) rules as the code before s46b does with every rule read and compiled patterns;
    and many questions do get a rule (else the check would prove little)."""
    plain = tuple(_plain_rule(r) for r in rules)
    ruled = 0
    for question in _tuning()[::3]:
        got = _keyed(ruling(question, rules))
        assert got == _keyed(_plain_ruling(question, plain)), question
        ruled += got is not None
    assert ruled > 300


def test_first_option_rules_rule_as_plainly_read(rules: tuple[HearsayRule, ...]) -> None:
    """The ``first_option`` rules, found once for the loaded rules (a tuple kept with its own
    pre-filter), rule each question's first option as the plain reading of a list of them."""
    firsts = hearsay_module._first_option_rules(rules)
    assert firsts is hearsay_module._first_option_rules(rules)
    assert list(firsts) == [r for r in rules if r.first_option] and firsts
    plain = [_plain_rule(r) for r in firsts]
    for question in _tuning()[1::9]:
        first = _OTHER_WAY.sub(r"\1", fold(question))
        got = _keyed(hearsay_module._ruling(first, firsts))
        assert got == _keyed(_plain_inner(first, plain)), question


def _rule_patterns() -> list[tuple[str, Any]]:
    """Every pattern the late rules load, with a name: hearsay, corrections, loose names."""
    found: list[tuple[str, Any]] = []
    for rule in load_hearsay(CONTENT):
        for p in (*rule.about, *(c for c, _ in rule.claims), *rule.unless):
            found.append((f"hearsay {rule.key}", p))
        found += [(f"hearsay {rule.key} bars", p) for p in (rule.bars, rule.bar_restated) if p]
    corrections = load_corrections(CONTENT)
    assert corrections is not None
    found += [(f"corrections {k}", p) for k, p in corrections.markers]
    found += [(f"corrections {k}", p) for k, p in corrections.slots]
    found += [("corrections explicit", p) for p in corrections.explicit]
    for name in load_loose_names(CONTENT):
        found += [(f"loose {name.key}", p) for p in (name.pattern, name.unless, name.asked) if p]
        found += [(f"loose {name.key} needs", name.needs)] if name.needs else []
    return found


def test_rule_patterns_are_gated_and_find_what_compiled_find() -> None:
    """Every rule pattern with needed strings is loaded gated; over one tuning question in 150,
    in each form the rules read (folded words, chat-spelled, folded in place), each finds with
    ``search``, ``match`` and ``finditer`` what its compiled pattern finds; and the gate does
    skip most searches."""
    patterns = _rule_patterns()
    assert len(patterns) > 1000
    for name, p in patterns:
        assert isinstance(p, Gated) == (needed(_plain(p)) is not None), name
    gates = [(n, p) for n, p in patterns if isinstance(p, Gated)]
    assert len(gates) > 0.8 * len(patterns)
    skipped = asked = 0
    for question in _tuning()[::150]:
        words = folded_words(question)
        for text in (words, _chat_spelled(words), loose_module.fold_chars(question)):
            for name, p in gates:
                want = p.compiled.search(text)
                assert (p.search(text) and p.search(text).span()) == (want and want.span()), name
                assert (p.match(text) is None) == (p.compiled.match(text) is None), name
                assert [m.span() for m in p.finditer(text)] == [
                    m.span() for m in p.compiled.finditer(text)
                ], name
                asked += 1
                skipped += not any(s in text for s in p.strings)
    assert skipped > 0.5 * asked


def test_late_modules_gate_their_own_patterns() -> None:
    """Each module loaded after the package gated its readers gated its own module-level
    patterns when it loaded: none with needed strings is left compiled."""
    modules = {m.__name__.rsplit(".", 1)[1]: m for m in fact_modules()}
    assert set(LATE_MODULES) <= set(modules)
    for short in LATE_MODULES:
        space = vars(modules[short])
        assert any(isinstance(v, Gated) for v in space.values()), short
        left = [n for n, v in space.items() if isinstance(v, re.Pattern) and needed(v) is not None]
        assert left == [], short


def test_gated_pattern_is_its_compiled_pattern_for_the_rest() -> None:
    """A gated pattern's ``pattern``, ``sub``, ``subn`` and ``split`` are the compiled one's;
    two gates of one pattern are equal (two loads of the rules are equal rules), and ``needed``
    of a gate is its strings."""
    compiled = re.compile(r"\b(?:hok|hem)\b")
    gate = gated(compiled)
    assert isinstance(gate, Gated)
    assert gate.pattern == compiled.pattern
    assert gate.sub("khong", "co dc hok") == "co dc khong"
    assert gate.subn("khong", "hem") == ("khong", 1)
    assert gate.split("a hok b") == ["a ", " b"]
    assert gate.sub("khong", "khong co") == "khong co"
    other = gated(re.compile(r"\b(?:hok|hem)\b"))
    assert gate == other and hash(gate) == hash(other) and gate != gated(re.compile("hok"))
    assert needed(gate) == frozenset(gate.strings) == needed(compiled)
    assert load_hearsay(CONTENT) == load_hearsay(CONTENT)
    assert load_loose_names(CONTENT) == load_loose_names(CONTENT)


class _Everything:
    """A pre-filter that lets every rule through: the rules read with no pre-filter at all."""

    def possible(self, text: str) -> range:
        return range(10_000)


def test_loose_names_read_as_with_every_rule_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over every tuning question, the loose names found (and the question they rewrite) with
    the pre-filter are those found with every rule read; some are found."""
    names = load_loose_names(CONTENT)
    questions = _tuning()
    fast = [(named(q, names), rewritten(q, names)) for q in questions]
    assert sum(bool(found) for found, _ in fast) > 100
    monkeypatch.setattr(loose_module, "_prefilter", lambda _rules: _Everything())
    for question, got in zip(questions, fast, strict=True):
        assert got == (named(question, names), rewritten(question, names)), question


def _token_forms(question: str) -> list[list[str]]:
    """The words a reader gets: the question's tokens, and those of its folded words."""
    return [tokens(question), folded_words(question).split()]


def test_run_count_skips_only_words_that_count_nothing() -> None:
    """Over every tuning question, ``run_count`` gives what the full reading gives; the gate
    (no digits, no number word) answers for many of them, and many do count a run."""
    skipped = counted = 0
    for question in _tuning():
        for toks in _token_forms(question):
            got = run_count(toks)
            assert got == _run_count(toks), question
            skipped += got is None and not any(t.isdigit() for t in toks)
            counted += got is not None
    assert skipped > 5000 and counted > 1000


def test_title_clause_skips_only_claims_of_one_clause(model: FactModel) -> None:
    """Over one tuning question in four, read as a claim for each title it names and one it
    does not, ``title_clause`` gives what the full reading gives; some claims do get a clause
    of their own."""
    own = 0
    for question in _tuning()[::4]:
        claim = " ".join(fold(question).split())
        toks = tokens(claim)
        titles = {model.title_at(toks, i)[0] for i in range(len(toks))} - {""}
        for entity in (*sorted(titles), "ldtt"):
            got = title_clause(claim, entity, model)
            assert got == _title_clause(claim, entity, model), question
            own += got != claim
    assert own > 50


def test_cues_named_is_the_plain_scan(model: FactModel) -> None:
    """``cues_named`` finds a cue exactly where the plain scan of every place does, for every
    attribute's cues over one tuning question in twenty (and the odd cues: an empty one, one
    longer than the words)."""
    cue_sets = [model.names_of("attr", key) for kind, key in model.namings if kind == "attr"]
    assert len(cue_sets) > 20
    cue_sets += [((),), (("a", "b", "c", "d"),)]
    found = 0
    for question in [*_tuning()[::20], "", "a b c"]:
        toks = tuple(tokens(question))
        for cues in cue_sets:
            want = any(toks[i : i + len(c)] == c for c in cues for i in range(len(toks)))
            assert cues_named(toks, cues) == want, (question, cues[:2])
            found += want
    assert found > 1000
