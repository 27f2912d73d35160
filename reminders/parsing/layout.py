"""Cut plan text into paragraphs and task tables, in reading order.

Text converted from Word or PDF breaks sentences at page ends ("... các đợt thi đua chào" /
blank line / "mừng kỷ niệm ..."); a line that starts in lower case after a line without a closing
punctuation mark continues it. Markdown marks (``#``, ``**``) are dropped but remembered, since a
bold or ``#`` line is a heading. Tables that are not task tables (letterheads, signature blocks)
become plain lines again so the issue date and the signature are seen where they belong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .tables import Table, find_tables
from .textnorm import clean_inline, first_letter, normalize_line, strip_bullet

__all__ = [
    "Block",
    "Numbering",
    "Paragraph",
    "TableBlock",
    "split_numbering",
    "split_paragraphs",
]


@dataclass(frozen=True)
class Paragraph:
    text: str  # markdown and bullet removed, numbering kept
    line: int  # 1-based line where the paragraph starts
    bullet: str | None = None
    emphasized: bool = False  # a bold or markdown-heading line


@dataclass(frozen=True)
class TableBlock:
    table: Table


Block = Paragraph | TableBlock


@dataclass(frozen=True)
class Numbering:
    label: str  # "II", "2.1", "a"
    kind: Literal["roman", "arabic", "letter"]
    depth: int  # 1 for "I."/"1.", 2 for "1.1.", ...
    text: str  # the rest of the line


_ROMAN = re.compile(r"^(?P<n>[IVX]{1,4})\s*[.)/:-]\s*(?P<rest>\S.*)$")
# The rest may not start with a digit: "1.500 hộ" is a number, not item 1.
_ARABIC = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){0,3})(?:\s*[.)]\s*|\s+)(?P<rest>[^\d\s].*)$")
_LETTER = re.compile(r"^(?P<n>[a-zđ])\s*\)\s*(?P<rest>\S.*)$")


def split_numbering(text: str) -> Numbering | None:
    """Recognise "II. NỘI DUNG", "2.1. Quý I/2020", "3) ..." and "a) ..." numbering."""
    match = _ROMAN.match(text)
    if match:
        return Numbering(match.group("n"), "roman", 1, match.group("rest"))
    match = _ARABIC.match(text)
    if match:
        label = match.group("n")
        # "1 tháng" or "15 ngày" is a quantity, not a number in a list.
        if "." not in label and not re.match(r"^\d{1,2}\s*[.)]", text):
            return None
        return Numbering(label, "arabic", label.count(".") + 1, match.group("rest"))
    match = _LETTER.match(text)
    if match:
        return Numbering(match.group("n"), "letter", 1, match.group("rest"))
    return None


_DECORATION = re.compile(r"^[-_=*~.•\s]{3,}$")
_TERMINAL = (".", ";", ":", "!", "?", "…")


def _emphasized(raw: str) -> bool:
    stripped = raw.strip()
    return stripped.startswith(("#", "**", "__"))


def _open_bold(text: str) -> bool:
    return text.count("**") % 2 == 1


def _flatten(table: Table) -> list[Paragraph]:
    """Lines of a table that holds no tasks, cell after cell, row after row."""
    paragraphs: list[Paragraph] = []
    for row in table.rows:
        seen: set[str] = set()
        for cell in row.cells:
            if cell in seen:  # merged cells repeat their text in every grid slot
                continue
            seen.add(cell)
            for line in cell.split("\n"):
                bullet, rest = strip_bullet(line)
                text = clean_inline(rest)
                if text:
                    paragraphs.append(Paragraph(text, row.line, bullet, _emphasized(line)))
    return paragraphs


def split_paragraphs(text: str) -> list[Block]:
    """The paragraphs and task tables of ``text`` in reading order."""
    lines = [normalize_line(line) for line in text.replace("\r\n", "\n").split("\n")]
    tables = {table.line - 1: table for table in find_tables(lines)}
    blocks: list[Block] = []
    raw_open = ""  # raw text of the last paragraph, to see an unclosed "**"
    index = 0
    while index < len(lines):
        table = tables.get(index)
        if table is not None:
            if table.is_task_table:
                blocks.append(TableBlock(table))
            else:
                blocks.extend(_flatten(table))
            raw_open = ""
            index = table.end
            continue
        raw = lines[index]
        index += 1
        stripped = raw.strip()
        if not stripped or _DECORATION.match(stripped):
            continue
        bullet, rest = strip_bullet(stripped)
        cleaned = clean_inline(rest)
        if not cleaned:
            continue
        previous = blocks[-1] if blocks else None
        if isinstance(previous, Paragraph) and bullet is None:
            letter = first_letter(cleaned)
            continues = (
                letter is not None
                and letter.islower()
                and not previous.text.endswith(_TERMINAL)
                and split_numbering(cleaned) is None
            )
            if continues or _open_bold(raw_open):
                blocks[-1] = Paragraph(
                    f"{previous.text} {cleaned}",
                    previous.line,
                    previous.bullet,
                    previous.emphasized,
                )
                raw_open += " " + stripped
                continue
        blocks.append(Paragraph(cleaned, index, bullet, _emphasized(stripped)))
        raw_open = stripped
    return blocks
