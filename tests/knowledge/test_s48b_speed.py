"""Stop s48b (issue 11, p99 of `tdkt ask`: retrieval, folding, the corrections pre-check): each
speed-up gives what the code it replaces gave. Behaviour only, never timing.

* ``nfc`` joins ``str.split``'s words where it collapsed ``\\s+`` with a regex and stripped,
  and looks for the invisible characters before translating them: the same text, as the
  white space ``split`` cuts at is the white space ``\\s`` matches and ``strip`` drops (every
  code point is checked);
* ``fold`` folds an ASCII text by lower-casing it and another word by word, each word's fold
  kept: the plain fold of the whole text (a capital sigma's lower case reads its neighbours,
  never across a space);
* a large index (10,000 passages) adds the columns of terms found in an eighth of its
  documents or more kept dense, the others with ``np.add.at`` as bm25s does: the same float32
  scores, bit for bit;
* the corrections pre-check is searched only when the lower-cased question holds one of the
  strings it needs (``triggers.lowered_gate``) or a character that matches one of their
  characters ignoring case: the question is corrected as before.

Each is checked against the plain computation over the questions of
``tests/knowledge/*_questions.yaml`` we may read (``tests/knowledge/tuning_questions.py``) and
hand cases for the edges (đ/Đ, capitals, combining marks, digits, empty and very long texts).

Each test was seen to fail with the code it guards broken, one break at a time:
``nfc`` splitting at " " only (no-break space, tab: test_nfc_and_fold_are_the_plain_ones);
``_fold`` not lower-casing a non-ASCII word (same test); the word memo never emptied
(test_word_memo_is_emptied_when_full); the dense columns added after the sparse ones
(test_large_index_scores_are_bm25s_scores); "a k" left out of the gate's strings
(test_corrected_is_the_plain_correction) and the extras left out (test_gate_edge_cases);
``lowered_gate`` skipping an optional group as if it were a literal
(test_lowered_gate_on_small_patterns).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from functools import cache

import numpy as np
import pytest

from bot.core import text as text_module
from bot.core.text import _FOLD_TABLE, _INVISIBLE, _SPACES, _fold, fold, nfc
from bot.knowledge.facts.corrections import Corrections, _may_correct, corrected, load_corrections
from bot.knowledge.facts.triggers import lowered_gate
from bot.knowledge.index import BM25Index
from bot.knowledge.normalize import Abbreviations, terms
from bot.knowledge.query import analyse
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.tuning_questions import tuning_questions


def _plain_nfc(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_INVISIBLE)).strip()


def _plain_fold(text: str) -> str:
    return _plain_nfc(text).translate(_FOLD_TABLE).lower()


#: hand cases: odd spaces and invisible characters, NFD marks, đ/Đ, capitals, digits, Greek
#: capital sigmas (lower-cased by their neighbours), a dotted capital I, empty and long texts
_EDGES = (
    "",
    " ",
    "\t\n",
    "Thi\u00a0đua \u200bkhen",
    "tho\u0302n van\u0301 ",
    "  x\u00adã  ",
    "ĐOÀN THANH NIÊN đạt LĐTT năm 2025",
    "Đ đ Đ1 đ2 12/05/2026 15%",
    "QUYẾT ĐỊNH SỐ 12/QĐ-UBND\r\nngày 01/7",
    "ΟΔΟΣ ΣΟΦΟΣ Σ ΑΣ. ΑΣ' Σ",
    "İstanbul İ ı ſ K",
    "a\u2028b\u2029c\u3000d\u1680e\u202ff\x1cg\x85h",
    "\ufeffxin chào\u2060 bạn\u200d\u200c",
    "ḁ ǖ Ǆ ǅ ǆ ﬁ ẞ ß",
    "Chiến sĩ thi đua cơ sở được xét tặng hằng năm. " * 40,
)


@cache
def _texts() -> tuple[str, ...]:
    """Every tuning question, its clauses, five questions run together now and then (longer
    than the fold memo keeps), and the hand cases."""
    questions = tuning_questions()
    out: list[str] = [*_EDGES]
    for at, question in enumerate(questions):
        out.append(question)
        out.extend(question.split(","))
        if at % 40 == 0:
            out.append(" ".join(questions[at : at + 5]))
    return tuple(out)


# ------------------------------------------------------------------ nfc, fold


def _code_points() -> Iterator[str]:
    for code in range(sys.maxunicode + 1):
        if not 0xD800 <= code < 0xE000:
            yield chr(code)


def test_split_cuts_where_the_regex_collapsed() -> None:
    """At every code point: ``\\s`` matches it exactly when ``str.split`` cuts at it and
    ``strip`` drops it, so ``" ".join(t.split())`` is ``_SPACES.sub(" ", t).strip()``."""
    spaces = 0
    for char in _code_points():
        matched = _SPACES.fullmatch(char) is not None
        assert matched == char.isspace() == (f"a{char}b".split() == ["a", "b"]), hex(ord(char))
        assert matched == (f"a{char}".strip() == "a"), hex(ord(char))
        spaces += matched
    assert spaces > 20


def test_nfc_and_fold_are_the_plain_ones() -> None:
    """Every tuning question, its clauses, long texts and the hand cases: ``nfc`` and
    ``_fold`` (computed, not from a memo) give the plain ones, and ``fold`` too, twice."""
    long = 0
    for text in _texts():
        assert nfc(text) == _plain_nfc(text), text[:80]
        want = _plain_fold(text)
        assert _fold(text) == want, text[:80]
        assert fold(text) == want and fold(text) == want, text[:80]
        long += len(text) > text_module._FOLD_CACHED
    assert long > 50


def test_word_memo_is_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """With room for 30 words, the word memo never holds more, and every fold is still the
    plain one, the first time and again."""
    monkeypatch.setattr(text_module, "_WORDS_KEPT", 30)
    memo = text_module._folded_word.__self__  # type: ignore[attr-defined]
    memo.clear()
    most = 0
    for text in _texts()[::37]:
        want = _plain_fold(text)
        assert _fold(text) == want and _fold(text) == want, text[:80]
        most = max(most, len(memo))
        assert len(memo) <= 30
    assert most == 30
    memo.clear()


# ------------------------------------------------------------------ a large index's scores


@pytest.fixture(scope="module")
def large_index() -> BM25Index:
    """The bench's plan index: the example plans and 10,000 synthetic passages."""
    from benchmarks.qa_bench import synthetic_passages, synthetic_plan
    from bot.knowledge.passages import load_plans

    plans = [
        *load_plans(CONTENT / "plans" / "examples"),
        synthetic_plan(synthetic_passages(10_000)),
    ]
    return BM25Index(terms(p.indexed_text()) for plan in plans for p in plan.passages)


def _bm25s_scores(index: BM25Index, query_terms: tuple[str, ...]) -> np.ndarray:
    known = list(dict.fromkeys(filter(index.vocab.__contains__, query_terms)))
    if not known:
        return np.zeros(index.size, dtype=np.float32)
    return index._bm25.get_scores(known)


def test_large_index_scores_are_bm25s_scores(large_index: BM25Index) -> None:
    """Every tuning question's terms (each asked twice: columns kept the first time are read
    the second) score every passage as bm25s does, bit for bit; frequent terms' columns are
    kept, within the bound."""
    assert large_index.size > 10_000 and not large_index.dense
    abbreviations = Abbreviations.load(CONTENT / "reference" / "abbreviations.yaml")
    for question in tuning_questions():
        query = analyse(question, abbreviations, None)
        want = _bm25s_scores(large_index, query.terms)
        for _ in range(2):
            assert large_index.scores(query.terms).tobytes() == want.tobytes(), question
    kept = large_index._rows
    assert 50 < len(kept) <= (8 << 20) // (4 * large_index.size)


def test_large_index_with_no_room_is_bm25s(
    large_index: BM25Index, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no room for columns (each term added sparse) and with every term dense, the
    scores are bm25s's."""
    from bot.knowledge import index as index_module

    sample = [terms(q) for q in tuning_questions()[::53]]
    for share, room in ((8, 0), (10**9, 1 << 40)):
        monkeypatch.setattr(index_module, "_FREQUENT_SHARE", share)
        monkeypatch.setattr(index_module, "_DENSE_BYTES", room)
        large_index._rows.clear()
        for query_terms in sample:
            want = _bm25s_scores(large_index, tuple(query_terms))
            assert large_index.scores(query_terms).tobytes() == want.tobytes()
    large_index._rows.clear()


# ------------------------------------------------------------------ the corrections pre-check


@pytest.fixture(scope="module")
def rules() -> Corrections:
    loaded = load_corrections(CONTENT)
    assert loaded is not None
    return loaded


def _plain_corrected(question: str, rules: Corrections) -> str:
    """``corrected`` with the pre-check searched on every question (before s48b)."""
    if not rules.precheck.search(question.lower()):
        return question
    plain = Corrections(
        **{f: getattr(rules, f) for f in Corrections.__dataclass_fields__ if f != "gate"}
    )
    object.__setattr__(plain, "gate", None)
    return corrected(question, plain)


def test_gate_is_derived_from_the_precheck(rules: Corrections) -> None:
    """The strings are the pre-check's branches, runs expanded ("y e", not "y "); the extras
    are the other cases ``re`` gives "i" and "s"."""
    assert rules.gate is not None
    strings, extras = rules.gate
    assert {"*", "a k", "à k", "y e", "y toi", "ý mình", "nham", "nhầm", "sua", "tin 2"} <= set(
        strings
    )
    assert "y " not in strings and "ý " not in strings
    assert extras == ("ı", "ſ")


def test_gate_extras_cover_every_code_point(rules: Corrections) -> None:
    """Every character a lower-cased text can hold that matches one of the gate's characters
    ignoring case is that character or one of the extras: a text holding no extra holds a
    string of the gate ignoring case only where it holds it as it is."""
    assert rules.gate is not None
    strings, extras = rules.gate
    lowered = "".join(char.lower() for char in _code_points())
    for char in {c for s in strings for c in s}:
        found = set(re.findall(re.escape(char), lowered, re.IGNORECASE))
        assert found <= {char, *extras}, (char, found)


def test_corrected_is_the_plain_correction(rules: Corrections) -> None:
    """Every tuning question (and its upper-cased form) is corrected as the plain pre-check
    has it; the gate lets few through."""
    passed = matched = 0
    for question in tuning_questions():
        for text in (question, question.upper()):
            lowered = text.lower()
            if rules.precheck.search(lowered):
                matched += 1
                assert _may_correct(lowered, rules.gate), text
            passed += _may_correct(lowered, rules.gate)
            assert corrected(text, rules) == _plain_corrected(text, rules), text
    assert matched > 800
    assert passed < len(tuning_questions()) // 2  # of twice as many texts


@pytest.mark.parametrize(
    "text",
    [
        *_EDGES,
        "QĐ ký 15/7/2026 đúng k\n*15/6/2026 à, e gõ nhầm tháng",
        "Ý EM LÀ HỒ SƠ GỒM GÌ",
        "À KHÔNG, 5 NGƯỜI",
        "SỬA: 5 người",
        "ſua: 5 người",
        "ſua lai 5 nguoi",
        "hoı laı cho ro",
        "xın loı, 5 nguoi",
        "a \u212a, 5 nguoi",
        "TIN 2: hồ sơ",
        "tin 2",
        "tin 22",
        "nha\u0302\u0300m",
        "nhầm",
        "Đ*Đ",
        "ay e",
        "y e",
        "đa k",
        "",
    ],
)
def test_gate_edge_cases(rules: Corrections, text: str) -> None:
    """Capitals, đ/Đ, the other cases of "i" and "s", the Kelvin sign, combining marks,
    digits, an empty text: the gate passes every text the pre-check matches, and the text is
    corrected as before."""
    lowered = text.lower()
    if rules.precheck.search(lowered):
        assert _may_correct(lowered, rules.gate)
    assert corrected(text, rules) == _plain_corrected(text, rules)


def test_lowered_gate_on_small_patterns() -> None:
    """Runs of literals and small branches expand; a repeat that may be empty, a class, or a
    capital literal end a run or refuse a gate."""
    gate = lowered_gate(re.compile(r"\ba (?:k|ko|khong)\b|nham|\bsua\s*:"))
    assert gate == (("a k", "nham", "sua"), ("ſ",))
    assert lowered_gate(re.compile(r"x(?:yz)?w")) == (("x",), ())
    assert lowered_gate(re.compile(r"ab?c")) == (("a",), ())
    assert lowered_gate(re.compile(r"[ab]cd|e")) == (("acd", "bcd", "e"), ())
    assert lowered_gate(re.compile(r"(?:x|y)z|[^a]b")) == (("b", "xz", "yz"), ())
    assert lowered_gate(re.compile(r"tin (?:1|2)\b")) == (("tin 1", "tin 2"), ("ı",))
    assert lowered_gate(re.compile(r"QĐ|x")) is None
    assert lowered_gate(re.compile(r"a*")) is None
    assert lowered_gate(re.compile(r"\d+")) is None
