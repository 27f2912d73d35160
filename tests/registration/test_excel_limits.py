"""Hostile .xlsx uploads (issue 12, L2): broken XML and a tiny file unpacking to a huge cell
are refused with a reason the chat turns into Vietnamese, never an uncaught error."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook

from bot.forms.excel import MAX_UNPACKED_BYTES, SheetError, read_sheet
from tests.registration.test_forms import DEMO, MESSAGES


def workbook_bytes() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên (*)", "Năm sinh (*)", "Loại (*)"])
    sheet.append([1, "Lò Văn Bình", 1985, "LĐTT"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rewrite(data: bytes, name: str, content: bytes) -> bytes:
    """The same workbook with one part replaced."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target,
    ):
        for info in source.infolist():
            body = content if info.filename == name else source.read(info.filename)
            target.writestr(info.filename, body)
    return out.getvalue()


def test_a_sheet_with_broken_xml_is_refused_not_crashed() -> None:
    data = rewrite(workbook_bytes(), "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row")
    with pytest.raises(SheetError) as caught:
        read_sheet(DEMO, data)
    assert caught.value.code == "not_xlsx"


def test_a_small_file_holding_a_huge_cell_is_refused_before_it_is_unpacked() -> None:
    big = b"A" * (MAX_UNPACKED_BYTES + 1024)
    cell = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>' + big + b"</t></is></c></row>"
        b"</sheetData></worksheet>"
    )
    data = rewrite(workbook_bytes(), "xl/worksheets/sheet1.xml", cell)
    assert len(data) < 200_000  # what the officer uploads is small
    with pytest.raises(SheetError) as caught:
        read_sheet(DEMO, data)
    assert caught.value.code == "too_large"
    text = MESSAGES.render(f"registration.sheet_{caught.value.code}", **caught.value.params)
    assert "quá nhiều dữ liệu" in text
