"""A pasted table's row read for the person asked (task f186, set b186 family F1).

"danh sách bình xét: anh A | hoàn thành xuất sắc nhiệm vụ / chị B | hoàn thành tốt nhiệm vụ /
anh C | hoàn thành nhiệm vụ. hỏi anh C có được LĐTT không": the officer copies the list with
each person's rating, then asks about one row. Every rating of the list is told in the story,
and the first one read (anh A's) used to be taken as the case; the row of the person the ask
names is the case (Luật 2022 Điều 24 khoản 1: LĐTT needs hoàn thành tốt nhiệm vụ trở lên).
"""

from __future__ import annotations

import re

from bot.core.text import fold

__all__ = ["RATINGS", "row_rating"]

#: the yearly ratings a row may carry, as subjects (``content/facts/subjects.yaml``)
RATINGS = frozenset({"htxs", "httnv", "htnv"})

#: a row's rating, highest first ("không hoàn thành" is no rating a title is read against)
_RATING = (
    (re.compile(r"\bkhong (?:hoan thanh|ht)\b"), None),
    (re.compile(r"\b(?:hoan thanh|ht) (?:xuat sac|xs)\b|\bhtxs"), "htxs"),
    (re.compile(r"\b(?:hoan thanh|ht) tot\b|\bhttnv\b"), "httnv"),
    (re.compile(r"\bhoan thanh (?:nhiem vu|nv)\b|\bhtnv\b"), "htnv"),
)
#: the pieces of a pasted list: rows end at "/", ";" or a line break
_ROW_END = re.compile(r"[/;\n]")
#: a person's label at the end of a row's first cell: "anh A", "cô B", "thầy C", "chị Hoa"
_LABEL = re.compile(r"\b((?:anh|chi|co|thay|ong|ba|em|ban|a|c) \w+)\s*$")


def _rows(folded: str) -> list[tuple[str, str]]:
    """(label, the row's other cells) of each row "label | …" of the pasted list."""
    rows = []
    for piece in _ROW_END.split(folded):
        label_cell, bar, rest = piece.partition("|")
        if not bar:
            continue
        found = _LABEL.search(label_cell.strip(" .,:"))
        if found is not None:
            rows.append((found.group(1), rest))
    return rows


def row_rating(question: str, asked: list[str]) -> str | None:
    """The rating subject of the row whose label the asking words name, when the question
    pastes two or more rows "label | rating" and the ask names exactly one of them; None
    otherwise (no list, no row named, or the row's rating is none of ``RATINGS``)."""
    folded = " ".join(fold(question).lower().split())
    if folded.count("|") < 2:
        return None
    rows = _rows(folded)
    if len(rows) < 2:
        return None
    said = f" {' '.join(asked)} "
    named = [rest for label, rest in rows if f" {label} " in said]
    if len(named) != 1:
        return None
    for pattern, rating in _RATING:
        if pattern.search(named[0]):
            return rating
    return None
