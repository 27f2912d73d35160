"""Stop s45a (issue 11, p99 of `tdkt ask`): each speed-up gives what the code it replaces gave,
on the tuning questions. Behaviour only, never timing.

``triggers.gate_patterns`` replaces the fact model's module-level patterns by ``Gated`` ones that
answer "no match" when none of the pattern's needed strings is in the text; ``per_question``
keeps the last results of a few pure readers of a text. Both must change no answer: a gated
pattern finds what its compiled pattern finds, a kept result is what the reader returns, and the
whole answer is the same with both undone. The questions are those of
``tests/knowledge/*_questions.yaml`` we may read (the judge sets and split "h" left out).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.core.text import fold, folded_words
from bot.knowledge import KnowledgeBase
from bot.knowledge.facts import triggers
from bot.knowledge.facts.model import tokens
from bot.knowledge.facts.triggers import PER_QUESTION, Gated, fact_modules, gated
from tests.knowledge.tuning_questions import tuning_questions as _tuning

AS_OF = date(2026, 11, 22)


def _texts(question: str) -> Iterator[str]:
    """The forms of a question the readers search: as typed, folded, folded words, tokens."""
    yield question
    yield fold(question)
    yield folded_words(question)
    yield " ".join(tokens(question))


def _gated() -> list[tuple[str, Gated]]:
    """Every gated pattern of the fact model, once, with a module and name that hold it."""
    found: dict[int, tuple[str, Gated]] = {}
    for module in fact_modules():
        for name, value in vars(module).items():
            if isinstance(value, Gated):
                found.setdefault(id(value), (f"{module.__name__}.{name}", value))
    return list(found.values())


def test_gated_patterns_find_what_their_patterns_find() -> None:
    """Over one tuning question in 600, in each form the readers search, every gated
    pattern's search, match, findall and finditer give what the compiled pattern gives; and
    the gate does skip most searches (else it would save nothing)."""
    patterns = _gated()
    assert len(patterns) > 500
    skipped = asked = 0
    for question in _tuning()[::600]:
        for text in _texts(question):
            for name, pattern in patterns:
                compiled = pattern.compiled
                found = pattern.search(text)
                want = compiled.search(text)
                assert (found and found.span()) == (want and want.span()), (name, text)
                assert (pattern.match(text) is None) == (compiled.match(text) is None), name
                assert pattern.findall(text) == compiled.findall(text), (name, text)
                assert [m.span() for m in pattern.finditer(text)] == [
                    m.span() for m in compiled.finditer(text)
                ], (name, text)
                asked += 1
                skipped += not any(s in text for s in pattern.strings)
    assert skipped > 0.5 * asked


def test_gate_answers_no_match_only_without_a_needed_string() -> None:
    """The gate itself: with a needed string the regex is asked, without one nothing matches,
    whatever the pattern would have found past the strings it was told (a gate that looked
    for the first string only would miss the second's match)."""
    pattern = gated(re.compile(r"\b(?:tien thuong|khen)\b"))
    assert isinstance(pattern, Gated)
    assert pattern.search("xa khen thuong").group() == "khen"  # type: ignore[union-attr]
    assert pattern.search("tien thuong bao nhieu") is not None
    assert pattern.findall("khen va tien thuong") == ["khen", "tien thuong"]
    assert pattern.search("bang chung nhan") is None
    assert pattern.findall("bang chung nhan") == []
    assert list(pattern.finditer("bang chung nhan")) == []
    assert pattern.sub("X", "xa khen") == "xa X"  # the compiled pattern's own
    assert pattern.pattern == r"\b(?:tien thuong|khen)\b"
    # a pattern with no needed string is left as it is
    bare = re.compile(r"\d+")
    assert gated(bare) is bare


def test_every_module_pattern_with_needed_strings_is_gated() -> None:
    """``gate_patterns`` ran when the package loaded, over the modules loaded with it: in each
    module it gated, no module-level pattern with needed strings is left compiled, but for the
    two kept names (compared by identity); and it gated the stages' and adjusters' modules."""
    gated_modules = [
        module
        for module in fact_modules()
        if any(isinstance(value, Gated) for value in vars(module).values())
    ]
    names = {module.__name__.rsplit(".", 1)[1] for module in gated_modules}
    assert {"pair_adjusters", "verdict_stages", "claim_stages", "claim", "composer"} <= names
    left = [
        f"{module.__name__}.{name}"
        for module in gated_modules
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern)
        and triggers.needed(value) is not None
        and name not in ("_OTHER_FUND", "_TDKT_FUND")
    ]
    assert left == []
    asked_module: Any = sys.modules["bot.knowledge.facts.asked"]
    assert isinstance(asked_module._OTHER_FUND, re.Pattern)
    assert isinstance(asked_module._TDKT_FUND, re.Pattern)


_IDENTITY = re.compile(r"\.re\s+(?:is(?:\s+not)?|==|!=)\s+(\w+)")
_RE_CALL = re.compile(r"\bre\.(?:search|match|fullmatch|findall|finditer|sub|subn|split)\(\s*(\w+)")


def test_no_gated_pattern_is_compared_by_identity_or_handed_to_re() -> None:
    """A ``Gated`` pattern is not a compiled pattern: a match's ``re`` is never it, and ``re``'s
    own functions refuse it. No fact module compares a match's ``re`` with a gated name, nor
    hands one to ``re.search`` and the like (a later task doing so keeps its name in the
    package's ``keep``)."""
    wrong = []
    for module in fact_modules():
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        for found in (*_IDENTITY.finditer(source), *_RE_CALL.finditer(source)):
            if isinstance(getattr(module, found.group(1), None), Gated):
                wrong.append(f"{module.__name__}: {found.group()}")
    assert wrong == []


def _kept_readers() -> list[tuple[str, Any]]:
    """The readers decorated with ``per_question``, once each."""
    found: dict[int, tuple[str, Any]] = {}
    for module in fact_modules():
        for name, value in vars(module).items():
            if (
                isinstance(value, functools._lru_cache_wrapper)
                and value.cache_parameters()["maxsize"] == PER_QUESTION
            ):
                found.setdefault(id(value), (f"{module.__name__}.{name}", value))
    return list(found.values())


def test_kept_readers_return_what_they_compute() -> None:
    """Each ``per_question`` reader of one text, over one tuning question in ten, returns what
    its undecorated function returns, asked twice (the second call is the kept one), and the
    result is of a kind no caller can change (a str, a bool, None, a tuple)."""
    readers = [(n, r) for n, r in _kept_readers() if n.rsplit(".", 1)[1] != "route_stated"]
    assert len(readers) >= 7
    for question in _tuning()[::10]:
        for text in (question, fold(question)):
            for name, reader in readers:
                want = reader.__wrapped__(text)
                assert reader(text) == want, (name, text)
                assert reader(text) == want, (name, text)
                assert want is None or isinstance(want, str | bool | tuple), name


def test_undone_speed_ups_give_the_same_answers(
    officer_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole answer (text, parts, sources, confidence) of one tuning question in 48 is
    the same with every gated pattern back to its compiled pattern and every kept reader back
    to its undecorated function, in every module that names them."""
    questions = _tuning()[::48]
    fast = [repr(officer_kb.ask(q, AS_OF)) for q in questions]
    undone = 0
    for module in [m for n, m in list(sys.modules.items()) if n.startswith("bot.") and m]:
        for name, value in list(vars(module).items()):
            if isinstance(value, Gated):
                monkeypatch.setattr(module, name, value.compiled)
                undone += 1
            elif (
                isinstance(value, functools._lru_cache_wrapper)
                and value.cache_parameters()["maxsize"] == PER_QUESTION
            ):
                monkeypatch.setattr(module, name, value.__wrapped__)
                undone += 1
    assert undone > 500
    plain = [repr(officer_kb.ask(q, AS_OF)) for q in questions]
    for question, got, want in zip(questions, fast, plain, strict=True):
        assert got == want, question
