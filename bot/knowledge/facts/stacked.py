"""A message that stacks its asks under numbers ("1/ … 2/ …", "1) … 2) …", "1. … 2. …",
"a) … b) …"): each number opens an ask of its own (issue 11, task h378).

Officers number the asks of one message, most often with a slash typed on a phone ("1/ cô ấy có
bị loại khỏi xét LĐTT k 2/ LĐTT cần đạt tiêu chuẩn gì"). The slash is no clause break, so the two
asks were read as one part: the case's own yes/no ("có bị loại … k") and the criteria ask after
it met in one part, and only the criteria block was shown. Read here, every number is a clause
break ("; "), as a comma or a semicolon would be, and the number itself is no word of the ask.

A number counts as a list marker only where a list marker stands: at the start of the message,
after a clause break or after a word with a space before it, and with a space after it, so a date
("1/7/2026", "10/6"), a ratio ("1/3 số người") or a sum ("3.800.000") is never one; a dotted
number ("1.") only right after a clause break or at the start, so "tháng 3. …" keeps its month.
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.knowledge.facts.triggers import gate_module

__all__ = ["asks_unstacked", "prerequisite_turned", "unsigned_registration"]

#: "1/ ", "2) ", "b) " after a space, a break or the start; not "1/7", "1/3", "a/c"
_SLASHED = re.compile(r"(?:(?<=^)|(?<=[\s,;.:!?(]))(?:[1-9]\s?[/)]|[a-dA-D]\))(?=\s)")
#: "1. ", "2: " after a space, a break or the start: a marker only in a chain (below)
_DOTTED = re.compile(r"(?:(?<=^)|(?<=[\s,;.:!?]))([1-9])[.:](?=\s)")
#: what is left before a marker: a break there already, or nothing but spaces
_BROKEN_BEFORE = re.compile(r"(?:^|[,;.:!?\n])\s*$")


def _slashed_counting(question: str) -> list[tuple[int, int]]:
    """The slashed markers "1/ … 2/ …" (or "a) … b) …") that count up from the first: a count
    before a record's column break ("HTNV 4 / LĐTT 30 / CSTĐCS 3 / …") is no marker (task
    h408). Markers in order, each one more than the last kept, the first any number."""
    found: list[tuple[int, int]] = []
    last: int | None = None
    for m in _SLASHED.finditer(question):
        mark = m.group(0)[0]
        number = int(mark) if mark.isdigit() else ord(mark.lower()) - ord("a") + 1
        if last is not None and number != last + 1:
            continue
        found.append((m.start(), m.end()))
        last = number
    return found


def _chain(question: str) -> list[tuple[int, int]]:
    """The dotted markers "1. … 2. … 3." counting up from a "1." that opens the message or a
    clause: "tháng 3. 1. cuối năm …" has the chain "1." only, its month is no marker."""
    found: list[tuple[int, int]] = []
    for m in _DOTTED.finditer(question):
        number = int(m.group(1))
        if number != len(found) + 1:
            continue
        if number == 1 and not _BROKEN_BEFORE.search(question[: m.start()]):
            continue
        found.append((m.start(), m.end()))
    return found


def asks_unstacked(question: str) -> str:
    """``question`` with each list marker of a stacked message turned into a clause break ("; "),
    or dropped where a break or the start already stands before it."""
    # s46b: ``map`` of ``str.isdigit``, the same test char by char with no generator's frame
    if not question or not (")" in question or any(map(str.isdigit, question))):
        return question
    out: list[str] = []
    last = 0
    marks = sorted([*_slashed_counting(question), *_chain(question)])
    if len(marks) < 2 and not any(
        question[:a].strip() == "" or _BROKEN_BEFORE.search(question[:a]) for a, _ in marks
    ):
        # one lone "2/" inside a clause is no list: a list has two markers or opens a clause
        return question
    for start, end in marks:
        if start < last:
            continue
        before = question[last:start]
        out.append(before)
        if not _BROKEN_BEFORE.search("".join(out)):
            out.append(";")
        last = end
    out.append(question[last:])
    return "".join(out)


#: "A có phải (là) điều kiện (bắt buộc) (trước khi) lên B không": A is asked as what B requires
_PREREQUISITE = re.compile(
    r"(?:(?<=^)|(?<=[,;.:!?]\s)|(?<=[,;.:!?]))\s*(?P<a>[^,;.:!?]{2,40}?)\s+"
    r"(?:co phai |phai )?(?:la )?dieu kien (?:bat buoc |tien quyet |can |phai co )?"
    r"(?:(?:truoc khi|de|moi) )?(?:(?:duoc|dc) )?(?:(?:len|xet|dat|de nghi|nhan) )?"
    r"(?:cua |cho |de )?(?P<b>[^,;.:!?]{2,40}?)\s+"
    r"(?P<tail>khong|k|ko|hong|kg|dung khong|dung k|phai khong|phai k)\b"
)


def prerequisite_turned(question: str) -> str:
    """ "LĐTT có phải điều kiện bắt buộc trước khi lên CSTĐCS k": the relation asked turned into
    the plain ask of what the second title requires ("muốn lên CSTĐCS thì có cần LĐTT
    không"), so it is read against that title's criteria (Luật 2022 Điều 23: CSTĐCS requires
    LĐTT), not as whether the first title's own criteria require the second (task h378)."""
    folded = fold(question)
    found = _PREREQUISITE.search(folded)
    if found is None or "phai" not in folded[found.start() : found.end()]:
        return question
    a = question[found.start("a") : found.end("a")].strip()
    b = question[found.start("b") : found.end("b")].strip()
    if not a or not b or found.group("a").split()[-1:] in (["du"], ["la"], ["cung"]):
        # "3 năm liên tục là đủ điều kiện CSTĐ tỉnh": enough is claimed, not a prerequisite
        return question
    lead, rest = question[: found.start("a")], question[found.end() :]
    if question.isascii():
        return f"{lead}muon len {b} thi co can {a} khong{rest}"
    return f"{lead}muốn lên {b} thì có cần {a} không{rest}"


#: "chưa ký bản đăng ký thi đua", "không nộp bản đăng ký": not registered, told by the paper
_UNSIGNED = re.compile(
    r"\b(?P<neg>chua|khong|k|ko|quen)\s+(?:ky|ki|nop|lam|gui|viet)\s+(?:ban\s+|phieu\s+)?"
    r"(?=dang (?:ky|ki)\b)"
)


def unsigned_registration(question: str) -> str:
    """ "3 cô giáo chưa ký bản đăng ký thi đua": told as the paper not signed (or sent), the
    registration is what is lacking, read as "chưa đăng ký thi đua" (Luật 2022 Điều 7: it is no
    ground for review; the province's quy chế may still ask for it) (task h378)."""
    folded = fold(question)
    out, last = [], 0
    for found in _UNSIGNED.finditer(folded):
        out.append(question[last : found.end("neg")] + " ")
        last = found.end()
    out.append(question[last:])
    return "".join(out)


#: s46b: loaded after the package gated its readers (s45a), so its own patterns are gated here
gate_module(__name__)
