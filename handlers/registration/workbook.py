"""Excel files of the registration feature: the individuals template officers fill in, and
the export in the layout of a "Bản đăng ký thi đua" (one sheet for collectives, one for
individuals, Vietnamese headers)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from bot.core.templates import vn_date
from bot.forms import FieldDef, Option, format_value
from bot.forms.excel import build_template
from bot.storage.models import Unit
from handlers.registration.content import RegistrationContent
from handlers.registration.service import (
    ExportItem,
    collective_values,
    person_values,
)

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
SHEET_COLLECTIVE = "Tập thể"
SHEET_INDIVIDUAL = "Cá nhân"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TITLE_FONT = Font(bold=True, size=13)
WRAP = Alignment(wrap_text=True, vertical="top")

#: Columns of the collective sheet around the unit form's own fields.
COLLECTIVE_LEAD = ["STT", "Đơn vị", "Cấp trên"]
COLLECTIVE_TAIL = ["Số cá nhân đăng ký", "Người gửi", "Ngày gửi", "Tình trạng"]
INDIVIDUAL_LEAD = ["STT"]
INDIVIDUAL_TAIL = ["Đơn vị"]

STATE_LABELS = {"draft": "Đang soạn, chưa gửi", "late": "Nộp sau hạn", "done": "Đã gửi"}


def person_template(content: RegistrationContent, unit: Unit, year: int) -> bytes:
    form = content.person_form
    options = {"title": content.person_title_options(unit)}
    example = {
        "full_name": "Nguyễn Văn An",
        "birth_year": "1980",
        "gender": "Nam",
        "position": "Công chức Văn hóa - Xã hội",
        "department": "",
        "title": "Lao động tiên tiến",
        "initiative": "",
        "note": "",
    }
    return build_template(
        form,
        title=f"DANH SÁCH CÁ NHÂN ĐĂNG KÝ THI ĐUA NĂM {year} — {unit.name}",
        note=(
            "Mỗi người một dòng, bắt đầu từ dòng dưới dòng Ví dụ (có thể xóa dòng Ví dụ). "
            "Cột có dấu (*) là bắt buộc. Tên sáng kiến chỉ ghi cho Chiến sĩ thi đua "
            "(bắt buộc với cấp tỉnh, không bắt buộc với cơ sở). "
            "Xem trang Hướng dẫn."
        ),
        example=example,
        options=options,
    )


def _state(item: ExportItem) -> str:
    reg = item.registration
    if reg.status.value == "draft":
        return STATE_LABELS["draft"]
    return STATE_LABELS["late"] if reg.late else STATE_LABELS["done"]


def _fields_for_export(fields: Sequence[FieldDef]) -> list[FieldDef]:
    return list(fields)


def _header_row(sheet: Worksheet, row: int, headers: Sequence[str]) -> None:
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=row, column=column, value=text)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _data_row(sheet: Worksheet, row: int, values: Sequence[object]) -> None:
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column, value=value)
        cell.border = BOX
        cell.alignment = WRAP


def _title(sheet: Worksheet, text: str, width: int) -> None:
    sheet.cell(row=1, column=1, value=text).font = TITLE_FONT
    sheet.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(1, width))


def _widths(sheet: Worksheet, widths: Sequence[int]) -> None:
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def build_export(
    items: Sequence[ExportItem],
    *,
    year: int,
    scope: str,
    content: RegistrationContent,
    movement_names: dict[int, str],
    generated: datetime | None = None,
    single: bool | None = None,
    tz: tzinfo = VIETNAM,
) -> bytes:
    """The workbook: sheet "Tập thể" (one row per unit) and "Cá nhân" (one row per person).

    For one unit's registration (``single``; default: exactly one item) the header block
    also carries its movements, collective title, targets and phone, and the individuals
    sheet ends with the signature block.
    """
    unit_form, person_form = content.unit_form, content.person_form
    book = Workbook()
    collective = book.active
    assert collective is not None
    collective.title = SHEET_COLLECTIVE
    unit_fields = _fields_for_export(unit_form.fields)
    headers = [*COLLECTIVE_LEAD, *(f.column_header for f in unit_fields), *COLLECTIVE_TAIL]
    _title(collective, f"BẢN ĐĂNG KÝ THI ĐUA NĂM {year}", len(headers))
    if single is None:
        single = len(items) == 1
    one = items[0] if single and len(items) == 1 else None
    block = [f"Đơn vị: {scope}"]
    movement_options = [Option(value=str(k), label=v) for k, v in movement_names.items()]

    def unit_options(field: FieldDef, unit: Unit) -> list[Option]:
        if field.id == "movements":
            return movement_options
        if field.id == "title":
            return content.unit_title_options(unit)
        return list(field.choices or [])

    if one is not None:
        values = collective_values(one.registration)
        if one.parent is not None:
            block.append(f"Cấp trên: {one.parent.name}")
        for f in unit_fields:
            text = format_value(f, values.get(f.id), unit_options(f, one.unit))
            block.append(f"{f.column_header}: {text}")
    else:
        people = sum(len(i.persons) for i in items)
        block.append(f"Số đơn vị đã đăng ký: {len(items)}; số cá nhân đăng ký: {people}")
    for offset, line in enumerate(block, start=2):
        collective.cell(row=offset, column=1, value=line)
    header_row = len(block) + 3
    _header_row(collective, header_row, headers)
    for index, item in enumerate(items, start=1):
        values = collective_values(item.registration)
        reg = item.registration
        row = [
            index,
            item.unit.name,
            item.parent.name if item.parent else "",
            *(format_value(f, values.get(f.id), unit_options(f, item.unit)) for f in unit_fields),
            len(item.persons),
            item.submitted_by or "",
            # Stored in UTC: 06:46 on 02/12 in Vietnam is 23:46 on 01/12 in UTC.
            vn_date(reg.submitted_at.astimezone(tz)) if reg.submitted_at else "",
            _state(item),
        ]
        _data_row(collective, header_row + index, row)
    _widths(collective, [6, 28, 22, *([30] * len(unit_fields)), 12, 20, 12, 16])

    individual = book.create_sheet(SHEET_INDIVIDUAL)
    person_fields = _fields_for_export(person_form.fields)
    person_headers = [*INDIVIDUAL_LEAD, *(f.column_header for f in person_fields)]
    person_headers += INDIVIDUAL_TAIL
    _title(individual, f"DANH SÁCH CÁ NHÂN ĐĂNG KÝ THI ĐUA NĂM {year}", len(person_headers))
    individual.cell(row=2, column=1, value=f"Đơn vị: {scope}")
    header_row = 4
    _header_row(individual, header_row, person_headers)
    row_number = header_row
    for item in items:
        title_options = content.person_title_options(item.unit)
        for person in item.persons:
            row_number += 1
            values = person_values(person)
            cells: list[object] = [row_number - header_row]
            for f in person_fields:
                value = values.get(f.id)
                if f.type in ("int", "year") and value is not None:
                    cells.append(int(value))
                else:
                    options = title_options if f.id == "title" else list(f.choices or [])
                    cells.append(format_value(f, value, options))
            cells.append(item.unit.name)
            _data_row(individual, row_number, cells)
    if one is not None:
        sign = row_number + 2
        individual.cell(row=sign, column=2, value="NGƯỜI LẬP BIỂU").font = Font(bold=True)
        boss = max(2, len(person_headers) - 3)
        individual.cell(row=sign, column=boss, value="THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
        individual.cell(row=sign + 1, column=2, value="(Ký, ghi rõ họ tên)")
        individual.cell(row=sign + 1, column=boss, value="(Ký, ghi rõ họ tên, đóng dấu)")
    if generated is not None:
        note_row = row_number + (5 if one is not None else 2)
        individual.cell(
            row=note_row, column=1, value=f"Xuất từ Trợ lý Thi đua ngày {vn_date(generated)}."
        ).font = Font(italic=True, color="808080")
    _widths(individual, [6, 24, 10, 9, 24, 20, 22, 32, 14, 20, 24])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
