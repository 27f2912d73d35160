"""Vietnamese text normalisation shared by search, choice matching and form parsing.

Officers type with or without diacritics, in NFC or NFD (phone keyboards, text copied from
PDFs), with old or new tone placement (hòa/hoà). Folding both sides to plain ASCII letters
makes all of these compare equal. The table is built from Unicode decompositions at import,
plus đ/Đ, which has no decomposition and is left alone by every "strip combining marks"
recipe. Unidecode would do the same but is GPL, so we do not use it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["fold", "fold_chars", "folded_words", "nfc", "syllables", "words_match"]


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "d"}
    # Latin-1 Supplement to Latin Extended Additional covers every Vietnamese letter.
    for code in range(0x00C0, 0x1F00):
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", char)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        if base != char and len(base) == 1 and base.isascii() and base.isalpha():
            table[code] = base.lower()
    # Stray combining marks that survive NFC (rare, but seen in PDF text) are dropped.
    for code in range(0x0300, 0x0370):
        table[code] = None  # type: ignore[assignment]
    return table


_FOLD_TABLE = _build_fold_table()
_SPACES = re.compile(r"\s+")
#: invisible characters that text copied from web pages and chat apps carries: a zero-width
#: space separates words like a space; joiners, the word joiner, a byte-order mark and a soft
#: hyphen are dropped ("xã\u00adhội" is "xãhội" as typed, "xã\u200bcó" is "xã có")
_INVISIBLE = {ord("\u200b"): " ", **dict.fromkeys(map(ord, "\u200c\u200d\u2060\ufeff\u00ad"))}
_SYLLABLE = re.compile(r"\w+")


#: longest text whose fold is kept: one question folds the same words and clauses dozens of
#: times (cue lists, retyping, claims); documents are folded once and not worth keeping
_FOLD_CACHED = 400
#: how many short texts' folds are kept: more than one ask folds (3,875 distinct texts a round
#: of the bench questions); when full the memo is emptied and refills with what the next asks
#: fold
_FOLDS_KEPT = 8192


class _Kept(dict[str, str]):
    """What ``compute`` gives each short text, looked up as the function itself (``fold`` is a
    memo's ``__getitem__``): a text met before costs one dict lookup in C and no Python call. A
    round of the bench questions folds 57,000 times, 93 % of them a text folded before, and the
    Python function around an ``lru_cache`` with its length test was 113,000 of the round's 3.4
    million calls (s47a). A text not in the memo is computed here and kept when short; when
    full, the memo is emptied."""

    def __init__(self, compute: Callable[[str], str]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, text: str) -> str:
        result = self.compute(text)
        if len(text) <= _FOLD_CACHED:
            if len(self) >= _FOLDS_KEPT:
                self.clear()
            self[text] = result
        return result


#: the characters ``_INVISIBLE`` maps, each looked for on its own (s48b: a substring search
#: is a few nanoseconds; translating by a dict costs about 80 ns a character once the text
#: holds one non-ASCII letter, and most texts hold none of these)
_INVISIBLE_CHARS = tuple(map(chr, _INVISIBLE))


def _nfc_words(text: str) -> list[str]:
    """The words of ``nfc(text)``, in order: ``nfc(text) == " ".join(_nfc_words(text))``."""
    text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        for char in _INVISIBLE_CHARS:  # a plain loop: any() of a generator costs more
            if char in text:
                text = text.translate(_INVISIBLE)
                break
    # s48b: ``str.split`` cuts at the very characters ``\s`` matches and ``strip`` drops
    # (``str.isspace``: test_s48b_speed checks every code point), so joining its words by one
    # space is ``_SPACES.sub(" ", text).strip()``; the regex put a new string in for every
    # single space (36 µs for 630 characters)
    return text.split()


def nfc(text: str) -> str:
    """Return ``text`` in NFC with runs of white space (including no-break spaces) collapsed."""
    return " ".join(_nfc_words(text))


#: a sentence end: "?", "!", a line break, or a dot not followed by a digit ("2.340.000" groups
#: thousands; "… ngày 19/5/2026. Anh …" ends a sentence)
_SENTENCE_END = re.compile(r"\.(?!\d)|[?!\n]")


def sentences(text: str) -> list[str]:
    """``text`` (NFC) cut after each sentence end, stripped, empty parts dropped; stripped and
    NFC, so a sentence folds to its own length and a folded index points into it."""
    # the readers of one ask cut the same question into sentences some eight times (s42)
    return list(_sentences(text) if len(text) <= _FOLD_CACHED else _sentences.__wrapped__(text))


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[str, ...]:
    text = nfc(text)
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    bounds = zip([0, *ends], [*ends, len(text)], strict=True)
    return tuple(part for a, b in bounds if (part := text[a:b].strip()))


def _fold(text: str) -> str:
    """Lower-case ``text`` and remove every Vietnamese mark, đ→d included (``fold``).

    >>> _fold("Thi đua, Khen THƯỞNG") == _fold("thi dua, khen thuong")
    True
    """
    words = _nfc_words(text)
    if all(map(str.isascii, words)):  # the table maps no ASCII character
        return " ".join(words).lower()
    # s48b: ``nfc(text).translate(_FOLD_TABLE).lower()`` word by word, each word's fold kept
    # (a text folded whole cost about 80 ns a character: 164 µs for an entry's 630-character
    # body, folded again by every question that reaches its reader). Both steps are per
    # character but for a capital sigma, lowered by its neighbours up to the first character
    # that is neither cased nor case-ignorable, which a space is: each word folds as in the
    # whole text
    return " ".join(map(_folded_word, words))


#: the longest word whose fold is kept, and how many are (emptied when full): the words of
#: the KB, the plans and the questions are a few thousand
_WORD_CACHED = 40
_WORDS_KEPT = 16384


class _Words(dict[str, str]):
    """Each word's ``translate(_FOLD_TABLE).lower()``, kept while short (see ``_fold``)."""

    def __missing__(self, word: str) -> str:
        folded = word.translate(_FOLD_TABLE).lower()
        if len(word) <= _WORD_CACHED:
            if len(self) >= _WORDS_KEPT:
                self.clear()
            self[word] = folded
        return folded


_folded_word: Callable[[str], str] = _Words().__getitem__


def fold_chars(text: str) -> str:
    """``text`` folded character by character, with no normalisation first: an index into the
    result is an index into ``text`` (a reader that rewrites the original at the places it
    matched in the folded form needs that)."""
    out = text.translate(_FOLD_TABLE)
    low = out.lower()
    return low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in out)


#: ``fold(text)``: ``text`` lower-cased with every Vietnamese mark removed, đ→d included
#: (``_fold``), as ``fold("Thi đua, Khen THƯỞNG") == "thi dua, khen thuong"`` (see ``_Kept``)
fold: Callable[[str], str] = _Kept(_fold).__getitem__


def syllables(text: str) -> list[str]:
    """Folded syllables (Vietnamese words are written as space-separated syllables)."""
    return _SYLLABLE.findall(fold(text))


@lru_cache(maxsize=256)
def folded_words(text: str, keep: str = "") -> str:
    """``text`` folded as its words joined by one space, the form the claim readers match their
    patterns on: a word is a run of ASCII letters and digits plus any character of ``keep``
    ("/" keeps "129/2025" and "01/7" whole, "%" keeps "15%"); punctuation and marks go.

    >>> folded_words("Nghe nói: CSTĐ tỉnh, 15%?", keep="%")
    'nghe noi cstd tinh 15%'

    The claim readers put the same clauses and fact bodies in this form many times over one ask
    (12,409 of 17,988 calls on the bench questions repeat one made in the same ask); few are
    kept, enough for one ask's texts (stop 34). The function is the cache itself (``lru_cache``
    answers a repeat in C, with no Python call, s47a): a long text is kept too, one of the 256.
    """
    return " ".join(_word_pattern(keep).findall(fold(text)))


@lru_cache(maxsize=8)
def _word_pattern(keep: str) -> re.Pattern[str]:
    return re.compile(f"[a-z0-9{re.escape(keep)}]+")


def words_match(typed: str, expected: str) -> bool:
    """True when ``typed`` equals ``expected`` once both are folded and spacing is ignored."""
    return " ".join(syllables(typed)) == " ".join(syllables(expected))
