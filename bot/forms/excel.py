"""Excel templates for a form's records, and reading filled-in sheets back (openpyxl).

The template has one row per record: an "STT" column, then one column per field (the form's
line columns by default), headers in Vietnamese with "(*)" on required columns, an example
row marked "Ví dụ" (skipped when reading), drop-down lists on choice columns, and a
"Hướng dẫn" sheet explaining each column. :func:`read_sheet` finds the header row by its
titles (marks and case ignored), so users may add title rows above it or reorder columns.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.core.text import syllables
from bot.forms.schema import CHOICE_TYPES, FieldDef, FormDef, Option

STT = "STT"
EXAMPLE_MARK = "Ví dụ"
REQUIRED_MARK = " (*)"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_ROWS = 2000
#: What an uploaded workbook may unpack to: a full template of MAX_ROWS rows is about 2 MB.
MAX_UNPACKED_BYTES = 20 * 1024 * 1024


class SheetError(Exception):
    """The file cannot be read as a filled-in template; ``code`` names why."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(slots=True)
class SheetRow:
    #: Row number as Excel shows it.
    number: int
    raw: dict[str, str]


def _key(text: str) -> str:
    return " ".join(syllables(str(text).replace(REQUIRED_MARK, "")))


def template_columns(form: FormDef, columns: Sequence[str] | None = None) -> list[FieldDef]:
    ids = columns or (form.line.columns if form.line else [f.id for f in form.fields])
    return [form.field(c) for c in ids]


def header_text(field: FieldDef) -> str:
    return field.column_header + (REQUIRED_MARK if field.required else "")


def build_template(
    form: FormDef,
    *,
    title: str,
    note: str,
    example: Mapping[str, str] | None = None,
    options: Mapping[str, Sequence[Option]] | None = None,
    columns: Sequence[str] | None = None,
    guide_title: str = "Hướng dẫn",
    guide_headers: Sequence[str] = ("Cột", "Bắt buộc", "Cách ghi", "Giá trị hợp lệ"),
) -> bytes:
    """An .xlsx template for ``form``'s records. ``options`` gives the choice labels (for
    fields with a dynamic source) used for drop-down lists and the guide."""
    # openpyxl costs ~30 MB and a second at start-up: imported only when a sheet is made or read.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    header_fill = PatternFill("solid", fgColor="DDEBF7")
    bold = Font(bold=True)
    fields = template_columns(form, columns)
    options = options or {}
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh sách"
    width = len(fields) + 1
    sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    sheet.cell(row=2, column=1, value=note).alignment = Alignment(wrap_text=False)
    header_row = 3
    sheet.cell(row=header_row, column=1, value=STT)
    for index, f in enumerate(fields, start=2):
        sheet.cell(row=header_row, column=index, value=header_text(f))
    for column in range(1, width + 1):
        cell = sheet.cell(row=header_row, column=column)
        cell.font = bold
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    if example:
        sheet.cell(row=header_row + 1, column=1, value=EXAMPLE_MARK).font = Font(italic=True)
        for index, f in enumerate(fields, start=2):
            cell = sheet.cell(row=header_row + 1, column=index, value=example.get(f.id, ""))
            cell.font = Font(italic=True, color="808080")
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=2)
    sheet.column_dimensions["A"].width = 6
    for index, f in enumerate(fields, start=2):
        sheet.column_dimensions[get_column_letter(index)].width = max(
            12, min(40, len(header_text(f)) + 4)
        )
        labels = [o.label for o in _choices(f, options) if o.refused is None]
        if f.type == "boolean":
            labels = ["Có", "Không"]
        if labels and f.type != "multichoice":
            joined = ",".join(label.replace(",", " ") for label in labels)
            if len(joined) <= 250:
                validation = DataValidation(
                    type="list", formula1=f'"{joined}"', allow_blank=True, showErrorMessage=False
                )
                letter = get_column_letter(index)
                validation.add(f"{letter}{header_row + 1}:{letter}{MAX_ROWS}")
                sheet.add_data_validation(validation)

    guide = book.create_sheet(guide_title)
    guide.append(list(guide_headers))
    for cell in guide[1]:
        cell.font = bold
        cell.fill = header_fill
    for f in fields:
        labels = [o.label for o in _choices(f, options) if o.refused is None]
        allowed = "; ".join(labels) if labels else (f.example or "")
        explanation = f.help or f.question
        guide.append([f.column_header, "Có" if f.required else "Không", explanation, allowed])
    for letter, size in zip("ABCD", (28, 10, 70, 50), strict=True):
        guide.column_dimensions[letter].width = size
    for row in guide.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _choices(f: FieldDef, options: Mapping[str, Sequence[Option]]) -> Sequence[Option]:
    if f.type not in CHOICE_TYPES:
        return ()
    return f.choices or options.get(f.id, ())


def cell_text(value: Any) -> str:
    """A cell as the text a user would have typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return str(value).strip()


def read_sheet(
    form: FormDef, data: bytes, *, columns: Sequence[str] | None = None
) -> list[SheetRow]:
    """The filled-in rows of a template (example and blank rows skipped)."""
    from openpyxl import load_workbook

    fields = template_columns(form, columns)
    _check_archive(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # any malformed part: zip, XML, styles, relationships
        raise SheetError("not_xlsx") from error
    try:
        return _read_book(book, fields)
    except SheetError:
        raise
    except Exception as error:  # sheets are parsed lazily: broken XML surfaces while reading
        raise SheetError("not_xlsx") from error
    finally:
        book.close()


def _check_archive(data: bytes) -> None:
    """Refuse a workbook that unpacks to more than a filled-in template ever could (a 199 KB
    file can hold a 200 MB cell); zipfile never inflates a member past its declared size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise SheetError("not_xlsx") from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise SheetError("too_large", limit_mb=MAX_UNPACKED_BYTES // (1024 * 1024))


def _read_book(book: Any, fields: Sequence[FieldDef]) -> list[SheetRow]:
    wanted = {_key(f.column_header): f.id for f in fields}
    wanted.update({_key(f.label): f.id for f in fields})
    for sheet in book.worksheets:
        rows = sheet.iter_rows(values_only=True)
        for number, row in enumerate(rows, start=1):
            if number > 15:
                break
            mapping = {
                i: wanted[_key(cell)]
                for i, cell in enumerate(row)
                if cell is not None and _key(cell) in wanted
            }
            if len(set(mapping.values())) * 2 >= len(fields):
                stt = next(
                    (i for i, cell in enumerate(row) if cell and _key(cell) == _key(STT)),
                    None,
                )
                return _rows(rows, number, mapping, stt)
    raise SheetError("no_header", headers=[header_text(f) for f in fields])


def _rows(
    rows: Any, header_number: int, mapping: dict[int, str], stt: int | None
) -> list[SheetRow]:
    result: list[SheetRow] = []
    for number, row in enumerate(rows, start=header_number + 1):
        if number > MAX_ROWS:
            raise SheetError("too_many", max=MAX_ROWS)
        cells = list(row)
        if stt is not None and stt < len(cells):
            mark = _key(cell_text(cells[stt]))
            if mark.startswith(_key(EXAMPLE_MARK)) or mark == "vd":
                continue
        raw = {field_id: cell_text(cells[i]) for i, field_id in mapping.items() if i < len(cells)}
        if any(raw.values()):
            result.append(SheetRow(number, raw))
    return result
