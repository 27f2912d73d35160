"""The task text of a reminder: the plan's sentence, short, without its time phrase."""

from __future__ import annotations

import re

from .textnorm import aligned_fold, clean_inline, first_letter, strip_bullet
from .timephrases import TimePhrase

__all__ = ["MAX_TASK_CHARS", "cell_items", "task_text"]

MAX_TASK_CHARS = 300

_CONTENT_LABEL = re.compile(r"^(?:noi\s+dung(?:\s+cong\s+viec)?|nhiem\s+vu|cong\s+viec)\s*:\s*")
_TRAILING_LABEL = re.compile(r"[.;,]?\s*\b(?:thoi\s+gian|thoi\s+han)(?:\s+[a-z]+){0,2}\s*:?\s*$")


_DANGLING_MODAL = re.compile(r"\b(?:phai|can|se|duoc|phai\s+duoc)$")
_PHRASE_VERB = re.compile(r"(?:hoan\s+thanh|xong|ket\s+thuc)\b")


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _shorten(text: str, limit: int, *, mark: str = "…") -> str:
    text = text.strip(" ,;:")
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(" ,;:") + mark


def task_text(text: str, phrases: list[TimePhrase]) -> str:
    """The task as a short sentence: time phrases cut off where they open or close the text.

    A sentence too long for a reminder keeps its opening (who does what) and, when the time
    phrase sits in a later clause, that clause too: it is what the deadline is about.
    """
    start, end = 0, len(text)
    tail: TimePhrase | None = None  # the phrase cut off the end, if any
    for phrase in sorted(phrases, key=lambda p: -p.offset):
        if phrase.offset >= start and not text[phrase.end : end].strip(" ,.;:)"):
            end = phrase.offset
            tail = phrase
    for phrase in sorted(phrases, key=lambda p: p.offset):
        if phrase.end <= end and not text[start : phrase.offset].strip(" ,:;-("):
            start = phrase.end
    middle: int | None = None
    inner = [p for p in phrases if start < p.offset and p.end < end]
    if inner:
        phrase = inner[0]
        before, after = text[start : phrase.offset], text[phrase.end : end]
        if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
            text = before.rstrip()[:-1].rstrip() + " " + after.lstrip()[1:].lstrip()
        else:
            text = text[start:end]
        middle = len(before)
    else:
        text = text[start:end]
    text = text.strip().rstrip(".;,: ").removesuffix("./").strip(" ,;:-–")
    # "Các công trình phải [hoàn thành trong tháng 9/2025]": the verb opened the cut phrase.
    modal = _DANGLING_MODAL.search(aligned_fold(text))
    verb = _PHRASE_VERB.match(aligned_fold(tail.text)) if modal and tail else None
    if tail is not None and verb is not None:
        text = f"{text} {tail.text[: verb.end()].strip()}"
    content = _CONTENT_LABEL.match(aligned_fold(text))
    if content:  # "Nội dung: Tổ chức Hội nghị ..." → "Tổ chức Hội nghị ..."
        text = text[content.end() :]
    label = _TRAILING_LABEL.search(aligned_fold(text))
    if label and label.start() > 0:  # "Tổ chức Hội nghị. Thời gian: [trong tháng 01/2026]"
        text = text[: label.start()].rstrip(" .;,")
    if len(text) > MAX_TASK_CHARS and middle is not None and middle > MAX_TASK_CHARS // 2:
        clause_start = text.rfind(";", 0, middle) + 1
        if clause_start > 0:
            head = _shorten(text[: text.find(";")], MAX_TASK_CHARS // 3, mark="")
            tail = _shorten(text[clause_start:], MAX_TASK_CHARS - len(head) - 3)
            text = f"{head} … {tail}"
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\(\s*\)", "", text).strip()
    return _capitalise(_shorten(text, MAX_TASK_CHARS))


def cell_items(cell: str) -> list[str]:
    """The items of a table's content cell, one per bullet or per paragraph."""
    items: list[str] = []
    for line in cell.split("\n"):
        bullet, rest = strip_bullet(line)
        text = clean_inline(rest)
        if not text:
            continue
        # Each paragraph of a cell is an item unless it starts in lower case (a wrapped line).
        letter = first_letter(text)
        starts_new = bullet is not None or not items or letter is None or letter.isupper()
        if starts_new:
            items.append(text)
        else:
            items[-1] = f"{items[-1]} {text}"
    return items
