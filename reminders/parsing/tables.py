"""Find tables in plan text and tell their columns apart.

Two shapes reach the parser:

* pipe rows, ``| 1 | - Nội dung<br>- Nội dung | Phòng VH-XH | Tháng 01 |`` (markdown, and what
  :mod:`.documents` writes for a .docx table);
* the layout of text copied out of a Word table, one cell per paragraph, each cell's first line
  starting with a tab and its further lines without one (seed 003)::

      \\tTT
      \\tNội dung
      \\tĐơn vị thực hiện
      \\tThời gian

      \\t1
      \\t- Tuyên truyền ...
      - Tổ chức ...
      \\t- Các cơ quan ...
      \\tThường xuyên trong năm

Columns are recognised from the header ("Nội dung", "Đơn vị thực hiện", "Thời gian", ...). A
table with neither a content nor a time column (a letterhead, a signature block) is not a task
table; :mod:`.layout` turns its cells back into plain lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .textnorm import aligned_fold, clean_inline

__all__ = ["Role", "Table", "TableRow", "column_role", "find_tables"]

Role = Literal["index", "time", "support", "content", "who", "note", "other"]


def column_role(header: str) -> Role:
    """What a column holds, from its header text."""
    text = aligned_fold(clean_inline(header)).strip(" .:")
    if re.fullmatch(r"(?:s?tt|so\s+tt|so\s+thu\s+tu|stt\.?)", text):
        return "index"
    if re.search(r"thoi\s+(?:gian|han|diem)|^han\b|tien\s+do|moc\s+thoi|ngay\s+hoan\s+thanh", text):
        return "time"
    if "phoi hop" in text:
        return "support"
    # "Hình thức khen thưởng", "Danh hiệu": a table of standing filing rules, a row per award.
    if re.search(
        r"noi\s+dung|nhiem\s+vu|cong\s+viec|hoat\s+dong|^ten\b|^(?:hinh\s+thuc|loai\s+hinh"
        r"|danh\s+hieu)\b",
        text,
    ):
        return "content"
    if re.search(
        r"don\s+vi|co\s+quan|chu\s+tri|thuc\s+hien|phu\s+trach|trach\s+nhiem|nguoi|bo\s+phan|"
        r"phan\s+cong",
        text,
    ):
        return "who"
    if re.search(r"ghi\s+chu|san\s+pham|ket\s+qua|kinh\s+phi", text):
        return "note"
    return "other"


@dataclass
class TableRow:
    cells: list[str]
    line: int  # 1-based line of the row's first cell

    @property
    def is_spanning(self) -> bool:
        """A row with one distinct non-empty cell: a section title inside the table."""
        distinct = {c.strip() for c in self.cells if c.strip()}
        return len(distinct) == 1 and len(self.cells) > 1


@dataclass
class Table:
    line: int  # 1-based line of the first row
    end: int  # index (0-based) of the first line after the table
    rows: list[TableRow]
    roles: list[Role] = field(default_factory=list)  # one per column, from the header row
    header_row: int | None = None  # index in ``rows`` of the header, if one was found

    def column(self, role: Role) -> int | None:
        return self.roles.index(role) if role in self.roles else None

    @property
    def is_task_table(self) -> bool:
        return "content" in self.roles and ("time" in self.roles or "who" in self.roles)


def _header_roles(cells: list[str]) -> list[Role] | None:
    roles = [column_role(c) for c in cells]
    known = {r for r in roles if r != "other"}
    if len(known) >= 2 and ("content" in known or "time" in known):
        return roles
    return None


# --- pipe tables -------------------------------------------------------------------------------

_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _is_pipe_row(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") and stripped.count("|") >= 2


def _pipe_cells(line: str) -> list[str]:
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return [re.sub(r"<br\s*/?>", "\n", c).strip() for c in stripped.split("|")]


def _pipe_table(lines: list[str], start: int) -> Table:
    rows: list[TableRow] = []
    index = start
    while index < len(lines) and _is_pipe_row(lines[index]):
        if not _SEPARATOR.match(lines[index].strip()):
            rows.append(TableRow(_pipe_cells(lines[index]), index + 1))
        index += 1
    table = Table(line=start + 1, end=index, rows=rows)
    _assign_roles(table)
    return table


# --- tab-layout tables ---------------------------------------------------------------------------

_NUMBER_CELL = re.compile(r"^\d{1,3}\.?$")


def _tab_header(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """Header cells starting at ``start`` (consecutive short tab-led lines), and the next index."""
    cells: list[str] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if not line.startswith("\t") or not line.strip() or len(line.strip()) > 40:
            break
        if "\t" in line.strip("\t"):  # a whole header on one line
            if cells:
                break
            cells = [c.strip() for c in line.split("\t") if c.strip()]
            index += 1
            break
        cells.append(line.strip())
        index += 1
    if len(cells) >= 2 and _header_roles(cells):
        return cells, index
    return None


def _group_cells(cells: list[list[str]], ncols: int, numbered: bool) -> list[list[list[str]]]:
    if not numbered:
        return [cells[i : i + ncols] for i in range(0, len(cells), ncols)]
    rows: list[list[list[str]]] = []
    for cell in cells:
        if _NUMBER_CELL.match(cell[0]) or not rows:
            rows.append([cell])
        else:
            rows[-1].append(cell)
    return rows


def _fit_row(cells: list[str], ncols: int, content_col: int | None) -> list[str]:
    """Make a row exactly ``ncols`` wide when cells were lost or split in the copy."""
    if len(cells) == ncols:
        return cells
    if len(cells) > ncols:
        target = content_col if content_col is not None else 0
        extra = len(cells) - ncols
        merged = "\n".join(cells[target : target + extra + 1])
        return [*cells[:target], merged, *cells[target + extra + 1 :]]
    # Too few: keep the first and last cells in place (number and time) and fill the middle.
    padded = [*cells[:-1], *([""] * (ncols - len(cells))), cells[-1]]
    return padded[:ncols]


def _tab_table(lines: list[str], start: int) -> Table | None:
    found = _tab_header(lines, start)
    if found is None:
        return None
    header, index = found
    ncols = len(header)
    roles = _header_roles(header) or []
    numbered = roles[:1] == ["index"]
    cells: list[list[str]] = []
    row_width = 0  # cells in the row being read, to know when a row is complete
    lines_of: list[int] = []
    saw_blank = False
    while index < len(lines):
        raw = lines[index]
        if not raw.strip():
            saw_blank = True
            index += 1
            continue
        if raw.startswith("\t"):
            pieces = [p.strip() for p in raw.split("\t") if p.strip()]
            for piece in pieces:
                if numbered and _NUMBER_CELL.match(piece):
                    row_width = 0
                cells.append([piece])
                lines_of.append(index + 1)
                row_width += 1
        else:
            complete = row_width >= ncols if numbered else len(cells) % ncols == 0
            if not cells or (complete and (saw_blank or len(raw.strip()) > 40)):
                break
            cells[-1].append(raw.strip())
        saw_blank = False
        index += 1
    if not cells:
        return None
    content_col = roles.index("content") if "content" in roles else None
    rows = [TableRow(header, start + 1)]
    position = 0
    for group in _group_cells(cells, ncols, numbered):
        texts = ["\n".join(part for part in cell if part) for cell in group]
        rows.append(TableRow(_fit_row(texts, ncols, content_col), lines_of[position]))
        position += len(group)
    return Table(line=start + 1, end=index, rows=rows, roles=roles, header_row=0)


# --- roles -------------------------------------------------------------------------------------


def _assign_roles(table: Table) -> None:
    for position, row in enumerate(table.rows[:3]):
        roles = _header_roles(row.cells)
        if roles:
            table.roles = roles
            table.header_row = position
            return


def find_tables(lines: list[str]) -> list[Table]:
    """Every table of the text, in order, with the range of lines it covers."""
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        table: Table | None = None
        if _is_pipe_row(line):
            table = _pipe_table(lines, index)
        elif line.startswith("\t"):
            table = _tab_table(lines, index)
        if table is not None and table.rows:
            tables.append(table)
            index = max(table.end, index + 1)
        else:
            index += 1
    return tables
