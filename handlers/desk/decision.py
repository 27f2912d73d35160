"""Quyết định khen thưởng: prize lines for approved dossiers and the draft .docx.

Amounts are coefficient × the mức lương cơ sở in force on the decision's date, rounded as
``bot.knowledge.money.SalaryTable.prize`` does (up to the next 10.000 đồng, NĐ 152/2025).
The document follows the usual administrative layout (NĐ 30/2020/NĐ-CP): Quốc hiệu and tiêu
ngữ beside the issuing body, số/ký hiệu, place and date, căn cứ, Điều 1-3, nơi nhận, signature
block, then the danh sách kèm theo on its own page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from bot.knowledge.money import SalaryTable, format_coefficient, format_number

#: A decision lists at most this many lines (a commune's year has a few hundred at most).
MAX_LINES = 500


@dataclass(frozen=True, slots=True)
class PrizeRule:
    coefficient: str
    by_subject: dict[str, str]
    source: str

    def for_subject(self, subject_type: str) -> str:
        return self.by_subject.get(subject_type, self.coefficient)


def load_rules(content_dir: Path) -> dict[str, PrizeRule]:
    path = Path(content_dir) / "reference" / "prize_coefficients.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        key: PrizeRule(
            str(value["coefficient"]),
            {k: str(v) for k, v in (value.get("by_subject") or {}).items()},
            str(value.get("source", "")),
        )
        for key, value in data.items()
    }


@dataclass(frozen=True, slots=True)
class Line:
    dossier_id: int
    name: str
    unit: str
    award: str
    #: "0.3", or None when the award has no fixed amount.
    coefficient: str | None
    amount: int | None


def prize_lines(
    rows: Sequence[tuple[int, str, str, str, str, str]],
    rules: dict[str, PrizeRule],
    salaries: SalaryTable,
    on: date,
) -> list[Line]:
    """``rows``: (dossier id, subject name, unit name, award label, base kind key, subject
    type); a route variant (CSTĐCS on the sáng kiến route...) is paid as its base kind."""
    base = salaries.at(on).amount
    lines = []
    for dossier_id, name, unit, award, kind, subject_type in rows:
        rule = rules.get(kind)
        coefficient = rule.for_subject(subject_type) if rule else None
        amount = SalaryTable.prize(coefficient, base) if coefficient else None
        lines.append(Line(dossier_id, name, unit, award, coefficient, amount))
    return lines


def total(lines: Sequence[Line]) -> int:
    return sum(line.amount or 0 for line in lines)


@dataclass(frozen=True, slots=True)
class Header:
    issuer: str  # "ỦY BAN NHÂN DÂN XÃ CHIỀNG MUNG"
    issuer_short: str  # "UBND xã Chiềng Mung"
    parent: str  # "TỈNH SƠN LA" (may be empty)
    place: str  # "Chiềng Mung"
    number: str  # "…/QĐ-UBND" until signed
    on: date
    base_salary: int
    base_doc: str


def _para(doc, text: str = "", *, bold=False, italic=False, size=14, align=None, space_after=6):  # type: ignore[no-untyped-def]
    from docx.shared import Pt  # loaded with python-docx by build_docx

    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)
    if align is not None:
        paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(space_after)
    return paragraph


def _cell(cell, lines: Sequence[tuple[str, bool, bool]], size: int = 13) -> None:  # type: ignore[no-untyped-def]
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # loaded with python-docx by build_docx
    from docx.shared import Pt

    cell.paragraphs[0].text = ""
    for index, (text, bold, italic) in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.bold, run.italic, run.font.size = bold, italic, Pt(size)


def awards_phrase(lines: Sequence[Line]) -> str:
    awards = list(dict.fromkeys(line.award for line in lines))
    return ", ".join(f"“{a}”" for a in awards)


def build_docx(header: Header, lines: Sequence[Line]) -> bytes:
    """The draft decision and its list as one .docx (blocking: run it in a thread)."""
    # python-docx and lxml load on the first draft, not in every process (issue 16).
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    if len(lines) > MAX_LINES:
        raise ValueError(f"a decision lists at most {MAX_LINES} lines")
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    when = (
        f"{header.place}, ngày {header.on.day:02d} tháng {header.on.month:02d} năm {header.on.year}"
    )

    top = doc.add_table(rows=2, cols=2)
    top.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell(top.cell(0, 0), [(header.parent, False, False), (header.issuer, True, False)])
    _cell(
        top.cell(0, 1),
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
            ("Độc lập - Tự do - Hạnh phúc", True, False),
        ],
    )
    _cell(top.cell(1, 0), [(f"Số: {header.number}", False, False)])
    _cell(top.cell(1, 1), [(when, False, True)])

    _para(doc, "QUYẾT ĐỊNH", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _para(
        doc,
        f"Về việc khen thưởng {awards_phrase(lines)} năm {header.on.year}",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    _para(doc, f"CHỦ TỊCH {header.issuer}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for basis in (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của "
        "Luật Thi đua, khen thưởng;",
        f"Căn cứ {header.base_doc} quy định mức lương cơ sở;",
        "Xét đề nghị của Hội đồng Thi đua - Khen thưởng.",
    ):
        _para(doc, basis, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    people = len(lines)
    _para(
        doc,
        f"Điều 1. Tặng danh hiệu, hình thức khen thưởng {awards_phrase(lines)} cho {people} "
        "cá nhân, tập thể có tên trong danh sách kèm theo Quyết định này.",
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    )
    _para(
        doc,
        "Điều 2. Tiền thưởng theo danh sách kèm theo, tính theo mức lương cơ sở "
        f"{format_number(header.base_salary)} đồng; tổng số tiền: "
        f"{format_number(total(lines))} đồng, chi từ Quỹ thi đua, khen thưởng.",
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    )
    _para(
        doc,
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng, công chức phụ trách công "
        "tác thi đua, khen thưởng, các cá nhân, tập thể có tên tại Điều 1 và các cơ quan, đơn vị "
        "liên quan chịu trách nhiệm thi hành Quyết định này./.",
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    )
    sign = doc.add_table(rows=1, cols=2)
    _cell(
        sign.cell(0, 0),
        [("Nơi nhận:", True, True), ("- Như Điều 3;", False, False), ("- Lưu: VT.", False, False)],
        size=11,
    )
    _cell(sign.cell(0, 1), [("CHỦ TỊCH", True, False), ("", False, False), ("", False, False)])

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(doc, "DANH SÁCH", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _para(
        doc,
        f"Khen thưởng {awards_phrase(lines)} năm {header.on.year}",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        space_after=0,
    )
    _para(
        doc,
        f"(Kèm theo Quyết định số {header.number} ngày {header.on.day:02d}/"
        f"{header.on.month:02d}/{header.on.year} của Chủ tịch {header.issuer_short})",
        italic=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells,
        ("TT", "Họ và tên / Tập thể", "Đơn vị", "Danh hiệu, hình thức", "Hệ số", "Số tiền (đồng)"),
        strict=True,
    ):
        _cell(cell, [(text, True, False)], size=12)
    for index, line in enumerate(lines, start=1):
        cells = table.add_row().cells
        values = (
            str(index),
            line.name,
            line.unit,
            line.award,
            format_coefficient(line.coefficient) if line.coefficient else "",
            format_number(line.amount) if line.amount is not None else "",
        )
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    cells = table.add_row().cells
    cells[1].text = "Tổng cộng"
    cells[5].text = format_number(total(lines))
    section.orientation = WD_ORIENT.PORTRAIT
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
