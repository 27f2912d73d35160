"""Splitting the example plans (content/plans/examples/*.txt) into searchable passages.

A passage is one paragraph, one list item, or one row of a plan's table with its "Đơn vị thực
hiện" and "Thời gian" cells attached. Each keeps its document title and heading path, which go in
front of the text when indexed: many answers hang on the heading ("Quý II/2020") that a bare list
item lacks. Letterheads, signature blocks and the "Nơi nhận" list are dropped.

The texts are conversions of Word/PDF files: paragraphs are cut by page breaks mid-sentence
("... công tác khen" / blank line / "thường, nhất là ..."), so a block that starts in lower case
is glued back onto the previous one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.core.text import fold, nfc
from bot.knowledge.schema import PlanMeta

__all__ = ["Passage", "Plan", "load_plans", "split_plan"]

_ROMAN = re.compile(r"^(?:[IVX]+)\.\s")
_NUM1 = re.compile(r"^\d+\.\s")
_NUM2 = re.compile(r"^\d+\.\d+\.\s")
_MARKER = re.compile(r"^(?:[-+•]\s|\d+(?:\.\d+)*\.\s|[IVX]+\.\s)")
_DATE_LINE = re.compile(r"ngay \d+ thang \d+ nam \d{4}")
_HEADING_MAX = 200


@dataclass(frozen=True, slots=True)
class Passage:
    id: str
    plan_id: str
    title: str
    heading: str
    text: str
    kind: str  # "paragraph" | "row"

    def indexed_text(self) -> str:
        return f"{self.title} . {self.heading} . {self.text}"


@dataclass(frozen=True, slots=True)
class Plan:
    meta: PlanMeta
    passages: list[Passage]


def _clean(line: str) -> str:
    """Drop Markdown emphasis and heading marks left by the document conversion."""
    line = re.sub(r"^#+\s*", "", line.strip())
    line = line.replace("**", "").replace("*", "")
    return nfc(line)


def _starts_lower(text: str) -> bool:
    first = next((c for c in text if c.isalpha()), "")
    return bool(first) and first.islower()


def _blocks(lines: list[str]) -> list[list[str]]:
    """Blank-line separated blocks; page-break continuations glued back."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in [*lines, ""]:
        line = _clean(raw)
        if line:
            current.append(line)
            continue
        if current:
            if blocks and _starts_lower(current[0]):
                blocks[-1][-1] = f"{blocks[-1][-1]} {current[0]}"
                blocks[-1].extend(current[1:])
            else:
                blocks.append(current)
            current = []
    return blocks


def _items(block: list[str]) -> list[str]:
    """Split a block into list items and sentences-per-line; join wrapped lines."""
    items: list[str] = []
    previous = ""
    for line in block:
        starts_new = (
            not items
            or _MARKER.match(line) is not None
            or (items[-1].endswith((".", ":", ";", "!", "?")) and not _starts_lower(line))
            # a letterhead line in capitals ("KẾ HOẠCH") never runs into the text below it
            or _all_caps(previous) != _all_caps(line)
        )
        if starts_new:
            items.append(line)
        else:
            items[-1] = f"{items[-1]} {line}"
        previous = line
    return items


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _heading_level(item: str) -> int | None:
    """1 for "II. NỘI DUNG", 2 for "2. Phòng Nội vụ", 3 for "2.1. Quý I/2020"; None for text."""
    if _ROMAN.match(item):
        return 1
    short = len(item) <= _HEADING_MAX and not item.rstrip("”\"' ").endswith((".", ";"))
    if _NUM2.match(item):
        return 3 if short else None
    if _NUM1.match(item):
        return 2 if short else None
    return None


def _is_letterhead(item: str) -> bool:
    """Lines of the preamble that are not content: number, place and date, titles, mottos."""
    folded = fold(item)
    return (
        (folded.startswith(("so:", "so ")) and len(item) < 40)
        or (bool(_DATE_LINE.search(folded)) and len(item) < 80)
        or _all_caps(item)
        or set(item) <= set("-_ ")
        # titles and subtitles: no sentence punctuation at the end
        or not item.endswith((".", ":", ";"))
    )


def _table_rows(lines: list[str]) -> list[tuple[str, str, str]]:
    """Rows of a tab-separated table converted from Word: (content, unit, time).

    Each cell starts on a line beginning with a tab; following lines without a tab continue
    it. A cell holding only digits (the "TT" column) starts a new row.
    """
    rows: list[list[str]] = []
    for raw in lines:
        if raw.startswith("\t"):
            cell = _clean(raw[1:])
            if cell.isdigit():
                rows.append([])
            elif rows:
                rows[-1].append(cell)
        elif rows and rows[-1] and _clean(raw):
            rows[-1][-1] = f"{rows[-1][-1]} {_clean(raw)}".strip()
    out: list[tuple[str, str, str]] = []
    for cells in rows:
        padded = [*cells, "", "", ""][:3]
        out.append((padded[0], padded[1], padded[2]))
    return out


def split_plan(meta: PlanMeta, text: str) -> list[Passage]:
    raw_lines = text.splitlines()
    # everything from "Nơi nhận" on is recipients and signatures
    for i, raw in enumerate(raw_lines):
        if fold(_clean(raw)).startswith("noi nhan"):
            raw_lines = raw_lines[:i]
            break

    passages: list[Passage] = []
    path: dict[int, str] = {}
    seen_heading = False

    def add(body: str, kind: str) -> None:
        heading = " > ".join(path[k] for k in sorted(path))
        passages.append(
            Passage(f"{meta.id}:{len(passages) + 1}", meta.id, meta.title, heading, body, kind)
        )

    # Find a Word table: a tab-started "TT" cell followed by a "Nội dung" header cell.
    table_start = table_end = None
    for i, raw in enumerate(raw_lines):
        if raw.startswith("\t") and _clean(raw) == "TT":
            window = [fold(_clean(x)) for x in raw_lines[i : i + 5]]
            if "noi dung" in window:
                table_start = i
                table_end = next(
                    (
                        j
                        for j in range(i + 1, len(raw_lines))
                        if not raw_lines[j].startswith("\t") and _ROMAN.match(raw_lines[j])
                    ),
                    len(raw_lines),
                )
                break

    segments: list[tuple[str, list[str]]]
    if table_start is None or table_end is None:
        segments = [("text", raw_lines)]
    else:
        segments = [
            ("text", raw_lines[:table_start]),
            ("table", raw_lines[table_start:table_end]),
            ("text", raw_lines[table_end:]),
        ]

    for kind, lines in segments:
        if kind == "table":
            header = [fold(_clean(x)) for x in lines[:5]]
            unit_label = "Đơn vị thực hiện" if "don vi thuc hien" in header else "Đơn vị"
            for content, unit, when in _table_rows(lines):
                parts = [content]
                if unit:
                    parts.append(f"{unit_label}: {unit}")
                if when:
                    parts.append(f"Thời gian: {when}")
                add(" | ".join(parts), "row")
            continue
        for block in _blocks(lines):
            for item in _items(block):
                level = _heading_level(item)
                if level is not None:
                    seen_heading = True
                    path = {k: v for k, v in path.items() if k < level}
                    path[level] = item.rstrip(":").strip()
                    continue
                if not seen_heading and _is_letterhead(item):
                    continue
                add(item, "paragraph")
    return passages


def load_plans(examples_dir: Path) -> list[Plan]:
    plans: list[Plan] = []
    for meta_path in sorted(examples_dir.glob("*.yaml")):
        meta = PlanMeta.model_validate(yaml.safe_load(meta_path.read_text(encoding="utf-8")))
        text = (examples_dir / meta.file).read_text(encoding="utf-8")
        plans.append(Plan(meta, split_plan(meta, text)))
    return plans
