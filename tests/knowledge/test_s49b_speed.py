"""Stop s49b (issue 11, p99 of `tdkt ask`: the gates of the readers' patterns): each speed-up
gives what the code it replaces gave. Behaviour only, never timing.

* a gated pattern's ``search``, ``match``, ``fullmatch``, ``findall`` and ``finditer`` take
  ``re``'s own parameters (``string, pos=0, endpos=sys.maxsize``) and pass them on by
  position, where they took ``*args, **kwargs`` (an empty dict built at each of the 139,000
  gated calls of a bench round): each finds what the compiled pattern finds, asked with no
  bounds, with bounds by position and by name;
* ``needed`` (and so every gate, pre-filter and ``present``) keeps no string holding another
  of its set (``_least``): a text holds one of the kept strings exactly when it holds one of
  the whole set, so each gate opens on the same texts, after fewer looks.

Each is checked against the plain computation (the compiled pattern's own methods, ungated; the
whole set ``_of_sequence`` names) over every gated pattern the knowledge base loads and the
questions of ``tests/knowledge/*_questions.yaml`` we may read
(``tests/knowledge/tuning_questions.py``), with hand cases for the edges (empty, long texts,
bounds past the end, negative bounds).

Each test was seen to fail with the code it guards broken, one break at a time: ``_least``
dropping the strings held by another instead of those holding one
(test_least_strings_open_on_the_same_texts); ``any_of`` looking only at its first string
(test_gated_methods_find_what_compiled_find); ``one`` passing ``endpos`` as ``pos``
(test_gated_methods_take_res_bounds); ``_END`` a bound of 1,000 characters (same test, the
long edge text); ``one_made`` answering None for no match (test_gated_methods_find_what_
compiled_find, a ``finditer`` read as a list).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Any

import pytest

from bot.core.text import fold, folded_words
from bot.knowledge.facts import triggers
from bot.knowledge.facts.triggers import Gated, _least, _of_sequence, gated, needed
from tests.knowledge.tuning_questions import tuning_questions

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("search", "match", "fullmatch", "findall", "finditer")

#: hand cases: empty, blank, bounds' edges, a text longer than any small bound
_EDGES = (
    "",
    " ",
    "k",
    "khong",
    "co duoc khong a",
    "lđtt 2 nam lien co dc cstdcs k, ai ky quyet dinh",
    "Chiến sĩ thi đua cơ sở được xét tặng hằng năm, đúng không ạ? " * 40,
    fold("Chiến sĩ thi đua cơ sở được xét tặng hằng năm, đúng không ạ? ") * 40,
)


#: run in a fresh interpreter: every gated pattern alive once the knowledge base is loaded, as
#: (pattern, flags). In the test process, ``gc`` also finds the gates other tests made (their
#: own rules, patched copies): thousands more in a whole run, which made these tests fail (and
#: take minutes each) in CI's single pytest process while they passed alone.
_LIST_GATES = """
import gc, json
from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.triggers import Gated
from tests.knowledge.evaluation import CONTENT
KnowledgeBase.load(CONTENT)
found = {(o.pattern, o.compiled.flags) for o in gc.get_objects() if isinstance(o, Gated)}
print(json.dumps(sorted(found)))
"""


@cache
def _gates() -> tuple[Gated, ...]:
    """Every gated pattern of a freshly loaded knowledge base (the readers' module-level
    patterns, the hearsay, correction and loose-name rules'), in a fixed order, each gated
    again here by :func:`gated` (the code under test: the same strings as the loaded one)."""
    listed = subprocess.run(
        [sys.executable, "-c", _LIST_GATES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    gates = []
    for pattern, flags in json.loads(listed.stdout):
        gate = gated(re.compile(pattern, flags))
        assert isinstance(gate, Gated), pattern
        gates.append(gate)
    assert len(gates) > 1000
    return tuple(gates)


@cache
def _texts() -> tuple[str, ...]:
    """Each tuning question as typed and as its folded words (the forms the readers search)."""
    found: dict[str, None] = {}
    for question in tuning_questions():
        found[question] = None
        found[folded_words(question)] = None
    return tuple(found)


def _seen(found: Any) -> Any:
    """A method's answer as a comparable value: a match by everything it tells, an iterator
    by its matches; a list as it is."""
    if isinstance(found, re.Match):
        return (found.span(), found.groups(), found.groupdict(), found.pos, found.endpos)
    if isinstance(found, Iterator):
        return ("iterator", [_seen(m) for m in found])
    return found


def test_least_strings_open_on_the_same_texts() -> None:
    """For every gated pattern, over every tuning question (typed and folded) and the edges: a
    text holds one of its kept strings exactly when it holds one of the whole set its tree
    names. The kept strings being some of the whole set, that is: each text holding a dropped
    string holds a kept one (each text holding one is found in the texts joined); some
    patterns do drop strings."""
    texts = (*_texts(), *_EDGES)
    joined = "\0".join(texts)
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    dropped = 0
    for gate in _gates():
        whole = _of_sequence(list(triggers._p.parse(gate.pattern, gate.compiled.flags)))
        assert whole is not None, gate.pattern
        kept = gate.strings
        assert set(kept) <= whole and kept == tuple(sorted(kept)), gate.pattern
        for string in whole - set(kept):
            dropped += 1
            at = joined.find(string)
            while at >= 0:
                text = texts[bisect_right(starts, at) - 1]
                assert string in text and any(s in text for s in kept), (gate, text)
                at = joined.find(string, at + 1)
    assert dropped > 300


def test_least_by_hand() -> None:
    """``_least`` on small sets; ``needed`` of a pattern names its least set."""
    assert _least({"ab", "abc", "xab", "b"}) == ["b"]
    assert _least({"ab", "cd", "abcd"}) == ["ab", "cd"]
    assert _least(["a"]) == ["a"]
    assert _least([]) == []
    assert needed(re.compile(r"(?:khong|k)\b")) == frozenset({"k"})
    assert needed(re.compile(r"(?:dung|sai) (?:khong|ko)")) == frozenset({"dung", "sai"})
    gate = gated(re.compile(r"\b(?:khong co|co|k)\b"))
    assert isinstance(gate, Gated) and gate.strings == ("co", "k")


def test_gated_methods_find_what_compiled_find() -> None:
    """Every gated pattern's five methods, over one tuning text in 200 and the edges, answer as
    the compiled pattern's own (match by match, an empty list or iterator as one); most
    searches are skipped by the gate."""
    texts = (*_texts()[::200], *_EDGES)
    asked = skipped = 0
    for gate in _gates():
        for text in texts:
            for name in METHODS:
                got = getattr(gate, name)(text)
                want = getattr(gate.compiled, name)(text)
                assert type(got) is type(want) or isinstance(got, Iterator), (gate, name, text)
                assert _seen(got) == _seen(want), (gate, name, text)
            asked += 1
            skipped += not any(s in text for s in gate.strings)
    assert skipped > 0.5 * asked


def test_gated_methods_take_res_bounds() -> None:
    """With bounds, by position and by name (past the end, negative, crossed), over one
    tuning text in 4,000 and the edges, each method answers as the compiled one; ``string`` may
    be named too."""
    texts = (*_texts()[::4000], *_EDGES)
    for gate in _gates():
        for text in texts:
            size = len(text)
            for name in METHODS:
                method, plain = getattr(gate, name), getattr(gate.compiled, name)
                for pos, endpos in ((0, size), (3, size), (0, size // 2), (-5, 2**40), (9, 4)):
                    want = _seen(plain(text, pos, endpos))
                    assert _seen(method(text, pos, endpos)) == want, (gate, name, pos, endpos)
                    assert _seen(method(text, pos=pos, endpos=endpos)) == want, (gate, name)
                assert _seen(method(text, 2)) == _seen(plain(text, 2)), (gate, name)
                assert _seen(method(text, endpos=7)) == _seen(plain(text, endpos=7)), gate
                assert _seen(method(string=text)) == _seen(plain(string=text)), (gate, name)


def test_gated_methods_refuse_what_compiled_refuse() -> None:
    """A fourth argument or an unknown name is refused, as the compiled method refuses it."""
    gate = gated(re.compile(r"\bduoc\b"))
    assert isinstance(gate, Gated)
    for name in METHODS:
        with pytest.raises(TypeError):
            getattr(gate, name)("co duoc k", 0, 5, 1)
        with pytest.raises(TypeError):
            getattr(gate, name)("co duoc k", flags=0)
