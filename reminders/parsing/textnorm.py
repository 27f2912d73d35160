"""Small text helpers shared by the plan parser.

Matching is done on a folded copy of the text (no marks, đ→d, lower case) so officers' plans typed
without diacritics parse the same way. The folded copy keeps every character at the same offset
as the original, so a match found in it can be cut out of the original and shown "as written".
"""

from __future__ import annotations

import re
import unicodedata

from bot.core.text import fold

__all__ = [
    "aligned_fold",
    "clean_inline",
    "first_letter",
    "normalize_line",
    "sentence_spans",
    "smart_case",
    "strip_bullet",
    "word_count",
]

_FOLD_CACHE: dict[str, str] = {}
_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "−": "-"})
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\ufeff]")
_SPACES = re.compile(r"[ \u00a0\u2002-\u200a\u202f\u3000]+")
_MARKDOWN_EMPHASIS = re.compile(r"\*+|(?<!\w)__|__(?!\w)")
# "*" needs a space after it, or "*Nơi nhận:*" (italics) would read as a bullet.
_BULLET = re.compile(r"^\s*(?:([-+•–—·○●▪■□◦➢➤✓►])\s*|(\*)\s+)(?=\S)")


def _fold_char(char: str) -> str:
    cached = _FOLD_CACHE.get(char)
    if cached is not None:
        return cached
    if char.isspace():
        result = " "
    else:
        folded = fold(char)
        # fold() may drop a stray combining mark or map a letter to two; keep one char either way
        # so that offsets in the folded copy stay valid in the original.
        result = folded if len(folded) == 1 else (char.lower() if len(char.lower()) == 1 else "?")
    _FOLD_CACHE[char] = result
    return result


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on first use: folding runs in C, not a Python generator
    over every character (which dominated the parse time of long plans)."""

    def __missing__(self, code: int) -> str:
        result = _fold_char(chr(code)).translate(_DASHES)
        self[code] = result
        return result


_FOLD_TABLE = _FoldTable()


def aligned_fold(text: str) -> str:
    """Fold ``text`` character by character: same length, same offsets, marks removed."""
    return text.translate(_FOLD_TABLE)


def normalize_line(line: str) -> str:
    """NFC, no invisible characters, one kind of space; leading tabs are kept (they mark cells)."""
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", line)
    leading = len(line) - len(line.lstrip("\t"))
    body = _SPACES.sub(" ", line[leading:]).rstrip()
    return "\t" * leading + body


def clean_inline(text: str) -> str:
    """Drop markdown emphasis and heading marks and collapse spaces.

    Call it after :func:`strip_bullet`: a leading "* " bullet would be lost here.
    """
    text = text.replace("<br>", " ").replace("<br/>", " ").replace("<br />", " ")
    text = re.sub(r"^\s*#{1,6}\s*", "", text)
    text = _MARKDOWN_EMPHASIS.sub("", text)
    text = text.replace("\t", " ")
    return _SPACES.sub(" ", text).strip()


def strip_bullet(text: str) -> tuple[str | None, str]:
    """Split a list bullet from its text: ``"- Lập kế hoạch"`` → ``("-", "Lập kế hoạch")``."""
    match = _BULLET.match(text)
    if not match:
        return None, text.strip()
    bullet = match.group(1) or match.group(2)
    if bullet in "–—":
        bullet = "-"
    if bullet in "●◦○▪■□➢➤✓►·":
        bullet = "•"
    return bullet, text[match.end() :].strip()


def first_letter(text: str) -> str | None:
    """The first alphabetic character, or None (used to spot lines that continue a sentence)."""
    for char in text:
        if char.isalpha():
            return char
        if char.isdigit():
            return None
    return None


def word_count(text: str) -> int:
    return len(text.split())


_ABBREVIATIONS = ("tp", "tt", "p", "q", "tm", "kt", "ths", "ts", "pgs", "gs", "ng", "đc", "st")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``text``: a split after . ! ? followed by an upper-case word.

    Abbreviations such as "TP." or "TM." do not end a sentence; neither do the dots inside
    numbers ("1.500") or document numbers.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"[.!?…]+[\"”’)]*\s+", text):
        end = match.end()
        nxt = text[end : end + 1]
        if not nxt or not (nxt.isupper() or nxt in '"“('):
            continue
        word = re.search(r"(\S+)$", text[start : match.start()])
        if word and word.group(1).lower().strip("(") in _ABBREVIATIONS:
            continue
        spans.append((start, match.start() + len(match.group(0).rstrip())))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


_LEVEL_WORDS = (
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "thị trấn",
    "thành phố",
    "quận",
    "thị xã",
    "đặc khu",
)
# Abbreviations stay in capitals when a letterhead is put in sentence case.
_ACRONYMS = frozenset(
    {"UBND", "HĐND", "MTTQ", "UBMTTQ", "TĐKT", "HĐTĐKT", "TĐ-KT", "VH-XH", "VH-TT", "LĐTB&XH"}
    | {"ĐBQH", "TW", "CP", "BCH", "CAND", "QĐND"}
)


def smart_case(text: str) -> str:
    """Turn an upper-case letterhead line into sentence case with the place name capitalised.

    "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" → "Ủy ban nhân dân tỉnh Lai Châu"; "UBND XÃ A" keeps "UBND".
    """
    if not text.isupper():
        return text
    words = [w if w.strip(",.;:()") in _ACRONYMS else w.lower() for w in text.split()]
    result = " ".join(words)
    result = result[:1].upper() + result[1:]
    for level in _LEVEL_WORDS:
        match = re.search(rf"(?<!\w){level}\s+(.+)$", result)
        if match:
            place = " ".join(w[:1].upper() + w[1:] for w in match.group(1).split())
            result = result[: match.start(1)] + place
            break
    return result
