"""Turning Vietnamese text into search tokens, as officers type it.

The recipe is the one measured in ``shared/reference/retrieval.md``: NFC, lower-case and fold
every mark including đ→d on both sides (:func:`bot.core.text.syllables`), syllables plus
adjacent-syllable bigrams (a word segmenter that works without diacritics), abbreviations
expanded on the query side only, keeping the typed token as well.

Two small additions of our own, each kept because it measurably helped on our question set
(see BENCHMARKS.md): numbers lose leading zeros ("tháng 01" = "tháng 1"), quarters in Roman
numerals become digits ("Quý II" = "quý 2"), and a query syllable
the index has never seen may be replaced by a known syllable one edit away ("thuog" → "thuong").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from pathlib import Path

import yaml

from bot.core.numbers import is_number
from bot.core.text import syllables

__all__ = ["Abbreviations", "SpellFixer", "bigrams", "terms", "text_syllables"]


def _canon(token: str) -> str:
    # "01" and "1" must match: plans write "tháng 01", officers type "thang 1".
    if len(token) < 6 and is_number(token):
        return str(int(token))
    return token


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def text_syllables(text: str) -> list[str]:
    """Folded syllables with numbers canonicalised.

    Plans write quarters in Roman numerals ("Quý II, III"), officers type "quy 2": numerals
    right after "quý" (and after one another) become digits, on both sides.
    """
    out: list[str] = []
    after_quarter = False
    for s in syllables(text):
        if after_quarter and s in _ROMAN:
            out.append(_ROMAN[s])
            continue
        after_quarter = s == "quy"
        # only a syllable opening with a digit may be a number: a word is kept as it is (s47a)
        out.append(_canon(s) if "0" <= s[0] <= "9" else s)
    return out


def bigrams(sylls: Sequence[str]) -> list[str]:
    return [f"{a}_{b}" for a, b in pairwise(sylls)]


def terms(text: str) -> list[str]:
    """Index terms of a passage: syllables followed by their adjacent bigrams."""
    sylls = text_syllables(text)
    return sylls + bigrams(sylls)


class Abbreviations:
    """Query-side abbreviation expansion, from ``content/reference/abbreviations.yaml``."""

    def __init__(self, table: dict[tuple[str, ...], list[list[str]]]) -> None:
        self.table = table
        self.longest = max((len(k) for k in table), default=1)
        #: the syllables a key starts with: no key starts anywhere else (s46a)
        self.starts = frozenset(k[0] for k in table)

    @classmethod
    def load(cls, path: Path) -> Abbreviations:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        table: dict[tuple[str, ...], list[list[str]]] = {}
        for key, value in raw.items():
            folded = tuple(text_syllables(str(key)))
            if not folded:
                raise ValueError(f"empty abbreviation key {key!r} in {path}")
            if folded in table:
                raise ValueError(f"abbreviation {key!r} folds onto an earlier key in {path}")
            options = value if isinstance(value, list) else [value]
            table[folded] = [text_syllables(str(option)) for option in options]
        return cls(table)

    def expand(self, sylls: Sequence[str]) -> list[list[str]]:
        """Syllable sequences to draw query terms from.

        The first is the typed sequence; the second, when anything matched, has every
        abbreviation replaced in-line by its first expansion (so bigrams form across it);
        further ones carry the alternative expansions on their own.
        """
        inline: list[str] = []
        extra: list[list[str]] = []
        matched = False
        i, end = 0, len(sylls)  # the length read once, not at every step (s47a)
        starts = self.starts
        while i < end:
            if sylls[i] not in starts:
                # no key starts with this syllable: every size would miss (s46a)
                inline.append(sylls[i])
                i += 1
                continue
            for size in range(min(self.longest, end - i), 0, -1):
                options = self.table.get(tuple(sylls[i : i + size]))
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


class SpellFixer:
    """Replace a query syllable unknown to the index by a known one at edit distance 1.

    A symmetric-delete lookup (as in SymSpell): each vocabulary syllable is stored under
    itself and under every string obtained by deleting one character. Only syllables of four
    letters or more are corrected — short ones have too many neighbours to guess from.
    """

    MIN_LENGTH = 4

    def __init__(self, vocabulary: Iterable[str], frequency: dict[str, int]) -> None:
        self.vocabulary = {w for w in vocabulary if w.isalpha()}
        self.frequency = frequency
        self.deletes: dict[str, set[str]] = {}
        for word in self.vocabulary:
            for variant in self._deletions(word) | {word}:
                self.deletes.setdefault(variant, set()).add(word)
        #: ``fixes[word]``: the word as the search reads it, its fix or itself (see _Fixes)
        self.fixes = _Fixes(self)

    @staticmethod
    def _deletions(word: str) -> set[str]:
        return {word[:i] + word[i + 1 :] for i in range(len(word))}

    @staticmethod
    def _distance_one(a: str, b: str) -> bool:
        if a == b:
            return False
        if len(a) == len(b):
            diff = [i for i in range(len(a)) if a[i] != b[i]]
            if len(diff) == 1:
                return True
            # a transposition of neighbours ("thuong" / "thoung")
            i = diff[0]
            return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
        if abs(len(a) - len(b)) != 1:
            return False
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))

    def fix(self, word: str) -> str | None:
        if word in self.vocabulary or len(word) < self.MIN_LENGTH or not word.isalpha():
            return None
        candidates: set[str] = set()
        for variant in self._deletions(word) | {word}:
            candidates |= self.deletes.get(variant, set())
        best = [c for c in candidates if self._distance_one(word, c)]
        if not best:
            return None
        # the most frequent neighbour: "thuog" → "thuong", not a rarer "thuoc"
        return max(best, key=lambda c: (self.frequency.get(c, 0), c))


#: how many words' fixes a speller keeps: typed words are many, the words of questions few
_FIXES_KEPT = 50_000


class _Fixes(dict[str, str]):
    """Each word the search reads as ``fixer.fix`` has it: its fix, or the word itself when it
    has none. Every variant of every question is fixed word by word, the same few hundred
    words again and again: a word met before costs a lookup, not a ``fix`` (s47a). Kept while
    fewer than ``_FIXES_KEPT`` words are."""

    def __init__(self, fixer: SpellFixer) -> None:
        super().__init__()
        self.fixer = fixer

    def __missing__(self, word: str) -> str:
        fixed = self.fixer.fix(word) or word
        if len(self) < _FIXES_KEPT:
            self[word] = fixed
        return fixed
