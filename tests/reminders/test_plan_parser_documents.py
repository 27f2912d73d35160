"""Reading plan files: .txt encodings, .docx with tables, text PDFs, scans, and the CLI."""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from reminders.parsing import DocumentError, parse_file, read_document
from reminders.parsing.cli import app

PLAN_TEXT = (
    "KẾ HOẠCH\nCông tác thi đua, khen thưởng năm 2026\n\n"
    "I. NỘI DUNG\n- Đăng ký thi đua trước ngày 15/3/2026.\n"
)


# --- text files ------------------------------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258_form(text: str) -> str:
    """Text as cp1258 stores it: "â", "ơ" precomposed, tones as separate combining marks."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + tones)
    return "".join(out)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_text_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "ke_hoach.txt"
    text = _cp1258_form(PLAN_TEXT) if encoding == "cp1258" else PLAN_TEXT
    path.write_bytes(text.encode(encoding))
    plan = parse_file(path)
    assert plan.year == 2026
    assert [t.due for t in plan.tasks] == [date(2026, 3, 14)]


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    odt = tmp_path / "ke_hoach.odt"
    odt.write_bytes(b"x")
    with pytest.raises(DocumentError, match="Chưa hỗ trợ"):
        read_document(odt)
    doc = tmp_path / "ke_hoach.doc"
    doc.write_bytes(b"x")
    with pytest.raises(DocumentError, match=r"\.docx"):
        read_document(doc)
    with pytest.raises(DocumentError, match="Không tìm thấy"):
        read_document(tmp_path / "khong_co.docx")


# --- Word ------------------------------------------------------------------------------------


def _build_docx(path: Path) -> None:
    document = Document()
    letterhead = document.add_table(rows=2, cols=2)
    letterhead.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP"
    letterhead.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    letterhead.cell(1, 0).text = "Số: 15/KH-UBND"
    letterhead.cell(1, 1).text = "Tân Lập, ngày 20 tháng 01 năm 2026"
    document.add_paragraph().add_run("KẾ HOẠCH").bold = True
    document.add_paragraph().add_run("Công tác thi đua, khen thưởng năm 2026").bold = True
    document.add_paragraph("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ;")
    document.add_heading("I. NỘI DUNG", level=2)
    document.add_paragraph("Quý I/2026", style="Heading 3")
    document.add_paragraph("Tổ chức Hội nghị tổng kết năm 2025.", style="List Bullet")
    document.add_paragraph("Đăng ký thi đua trước ngày 15/3/2026.", style="List Bullet")
    document.add_heading("II. LỊCH CÔNG TÁC", level=2)
    table = document.add_table(rows=1, cols=4)
    for cell, title in zip(
        table.rows[0].cells, ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], strict=True
    ):
        cell.text = title
    rows = [
        ("1", "Ký giao ước thi đua giữa các thôn", "UBND xã", "Tháng 3"),
        ("2", "Kiểm tra công tác thi đua tại các thôn", "Hội đồng TĐKT xã", "Trong quý II, III"),
        ("3", "Tuyên truyền gương người tốt việc tốt", "Các đoàn thể", "Thường xuyên"),
    ]
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    # A second paragraph inside the content cell is a second task of the same row.
    table.rows[1].cells[1].add_paragraph("Công khai danh sách thôn đăng ký")
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("- Lưu: VT.")
    document.add_paragraph("TM. ỦY BAN NHÂN DÂN")
    document.save(str(path))


def test_docx_keeps_table_rows_and_document_order(tmp_path: Path) -> None:
    path = tmp_path / "ke_hoach.docx"
    _build_docx(path)
    text = read_document(path)
    assert "| 1 | Ký giao ước thi đua giữa các thôn<br>Công khai danh sách thôn đăng ký" in text
    assert text.index("Quý I/2026") < text.index("| TT | Nội dung")
    plan = parse_file(path)
    assert plan.year == 2026
    assert plan.issuer == "Ủy ban nhân dân xã Tân Lập"
    assert plan.issued == date(2026, 1, 20)
    got = {t.task: t for t in plan.tasks}
    assert got["Tổ chức Hội nghị tổng kết năm 2025"].due == date(2026, 3, 31)
    assert got["Đăng ký thi đua"].due == date(2026, 3, 14)
    assert got["Ký giao ước thi đua giữa các thôn"].due == date(2026, 3, 31)
    assert got["Công khai danh sách thôn đăng ký"].who == "UBND xã"
    assert got["Kiểm tra công tác thi đua tại các thôn"].start == date(2026, 4, 1)
    assert got["Tuyên truyền gương người tốt việc tốt"].recurring
    assert len(plan.tasks) == 6  # the grounds, the issue date and the signature add nothing


def test_broken_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hong.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(DocumentError, match="Word"):
        read_document(path)


# --- PDF -------------------------------------------------------------------------------------


def _pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF: Helvetica (a standard Type 1 font), WinAnsi text, one stream per page."""
    objects: list[bytes] = []
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for index, lines in enumerate(pages):
        content = "BT /F1 11 Tf 14 TL 50 800 Td\n"
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            content += f"({escaped}) Tj T*\n"
        content += "ET"
        stream = content.encode("cp1252") if lines else b""
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {5 + 2 * index} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


PDF_LINES = [
    "KE HOACH",
    "Cong tac thi dua, khen thuong nam 2026",
    "I. NOI DUNG",
    "Quy I/2026",
    "- To chuc Hoi nghi tong ket cong tac thi dua, khen thuong nam 2025.",
    "- Cac thon gui dang ky thi dua ve Uy ban nhan dan xa truoc ngay 15/3/2026.",
    "II. TO CHUC THUC HIEN",
    "- Van phong HDND va UBND xa dinh ky bao cao Chu tich UBND xa.",
]


def test_text_pdf(tmp_path: Path) -> None:
    path = tmp_path / "ke_hoach.pdf"
    path.write_bytes(_pdf([PDF_LINES]))
    plan = parse_file(path)
    assert plan.year == 2026
    assert [(t.due, t.recurring) for t in plan.tasks] == [
        (date(2026, 3, 31), False),
        (date(2026, 3, 14), False),
        (None, True),
    ]
    assert plan.tasks[1].who == "Cac thon"


def test_scanned_or_empty_pdf_is_refused_in_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "ban_scan.pdf"
    path.write_bytes(_pdf([[], []]))
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert "không có lớp chữ" in str(caught.value)
    assert "scan" in str(caught.value)


def test_pdf_wrapped_lines_are_joined(tmp_path: Path) -> None:
    lines = [
        "KE HOACH",
        "Cong tac thi dua, khen thuong nam 2026",
        "I. NOI DUNG",
        "- Cac co quan, don vi, thon gui ho so de nghi khen thuong tong ket nam 2026 ve Uy",
        "Ban nhan dan xa truoc ngay 10/12/2026.",
        "- Xay dung ke hoach nam 2027 trong thang 12/2026.",
    ]
    path = tmp_path / "ke_hoach.pdf"
    path.write_bytes(_pdf([lines]))
    plan = parse_file(path)
    assert [t.due for t in plan.tasks] == [date(2026, 12, 9), date(2026, 12, 31)]


# --- command line ----------------------------------------------------------------------------


def test_cli_json_and_table(tmp_path: Path, fixtures_dir: Path) -> None:
    runner = CliRunner()
    plan_file = fixtures_dir / "plans" / "xa_tan_lap_2026.txt"
    result = runner.invoke(app, ["parse", str(plan_file), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["year"] == 2026 and len(data["tasks"]) == 25
    table = runner.invoke(app, ["parse", str(plan_file)])
    assert table.exit_code == 0
    assert "== Quý I/2026 ==" in table.stdout and "Thường xuyên, định kỳ" in table.stdout
    override = runner.invoke(app, ["parse", str(plan_file), "--year", "2027", "--json"])
    assert json.loads(override.stdout)["year"] == 2027


def test_cli_reports_unreadable_file(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(_pdf([[]]))
    result = CliRunner().invoke(app, ["parse", str(scan)])
    assert result.exit_code == 1
    assert "Lỗi:" in result.stderr
