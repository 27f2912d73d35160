"""Which checklist item a page reads as, from its OCR text (keywords as data in dossiers.yaml).

A phrase found in the page's title (a line written in capitals, as Vietnamese official documents
title themselves: TỜ TRÌNH, BIÊN BẢN HỌP, BÁO CÁO THÀNH TÍCH) weighs :data:`TITLE_WEIGHT` times one
in the body; text is compared without marks or case, since OCR often drops or swaps marks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import yaml

TITLE_WEIGHT = 5
#: A page is filed as an item only with at least this score and this lead over the runner-up:
#: one body mention ("… có sáng kiến …" in a báo cáo thành tích) must not move a page.
MIN_SCORE = 5
MIN_LEAD = 3


def fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain.lower()).strip()


def is_title(line: str) -> bool:
    """A heading as official documents write them: mostly capitals (TỜ TRÌNH, BIÊN BẢN HỌP)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 5 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def scores(text: str, keywords: Mapping[str, Iterable[str]]) -> dict[str, int]:
    titles = " | ".join(fold(line) for line in text.splitlines() if is_title(line))
    body = fold(text)
    result: dict[str, int] = {}
    for key, phrases in keywords.items():
        score = 0
        for phrase in phrases:
            folded = fold(phrase)
            score += TITLE_WEIGHT * titles.count(folded) + body.count(folded)
        result[key] = score
    return result


def classify(text: str, keywords: Mapping[str, Iterable[str]]) -> str | None:
    """The document key the text reads as, or None if it is not clearly one of them."""
    ranked = sorted(scores(text, keywords).items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < MIN_SCORE:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] - runner_up >= MIN_LEAD else None


@lru_cache(maxsize=4)
def keywords_at(content_dir: Path) -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load((content_dir / "forms" / "dossiers.yaml").read_text(encoding="utf-8"))
    raw = data.get("page_keywords") or {}
    return {str(k): tuple(str(p) for p in v) for k, v in raw.items()}


#: How alike (0-1, without marks or case) the dossier's subject and some run of words on the
#: page must be to count as named there: OCR swaps a letter or two in a name ("Hoàng Đức" →
#: "Hoàng ức"), a different person differs in whole words.
NAME_MATCH = 0.8


def names_subject(text: str, subject: str) -> bool:
    """Whether the page names the dossier's subject (fuzzy, so OCR slips still match)."""
    name = fold(subject)
    words = fold(text).split()
    if not name or name in " ".join(words):
        return True
    size = len(name.split())
    best = 0.0
    for start in range(max(len(words) - size + 1, 0)):
        window = " ".join(words[start : start + size])
        best = max(best, SequenceMatcher(None, name, window).ratio())
    return best >= NAME_MATCH


def mentioned_document(
    text: str, documents: Iterable[tuple[str, str]], keywords: Mapping[str, Iterable[str]]
) -> str | None:
    """The one checklist item a reviewer's typed reason names ("Biên bản thiếu trang 2…"),
    from ``documents`` as (key, label); None if it names none or several equally."""
    folded = fold(text)
    found: dict[str, int] = {}
    for key, label in documents:
        score = 3 * (fold(label) in folded)
        score += sum(fold(phrase) in folded for phrase in keywords.get(key, ()))
        if score:
            found[key] = score
    if not found:
        return None
    best = max(found.values())
    winners = [key for key, score in found.items() if score == best]
    return winners[0] if len(winners) == 1 else None
