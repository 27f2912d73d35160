"""Read a plan file (.txt, .md, .docx, text .pdf) into the plain text the parser reads.

A .docx is read in document order, paragraphs and tables interleaved, because a plan's
"Thời gian" column only means something next to its rows. A table row becomes one line of
``|``-separated cells, a cell's own paragraphs joined by ``<br>``, so the column survives.
Word's automatic list numbering is not part of the paragraph text; list paragraphs get a "- "
bullet so they still read as list items.

A PDF must have a text layer: a scan holds only pictures of text and is refused with a message
the officer can act on (send the Word file, or a PDF exported from Word).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

__all__ = ["SUPPORTED_SUFFIXES", "DocumentError", "read_document"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")

# A page with fewer letters than this is treated as having no text layer.
_MIN_LETTERS_PER_PAGE = 40


class DocumentError(ValueError):
    """The file cannot be read as a plan; the message is meant for the officer (Vietnamese)."""


def read_document(path: Path) -> str:
    """The text of a plan file, NFC-normalised."""
    if not path.is_file():
        raise DocumentError(f"Không tìm thấy tệp {path.name}.")
    suffix = path.suffix.lower()
    if suffix in {".txt", ".md", ".text", ""}:
        text = _read_text(path.read_bytes())
    elif suffix == ".docx":
        text = _read_docx(path)
    elif suffix == ".pdf":
        text = _read_pdf(path)
    elif suffix == ".doc":
        raise DocumentError(
            "Tệp .doc (Word 97-2003) chưa đọc được. Hãy mở bằng Word, lưu thành .docx rồi gửi lại."
        )
    else:
        raise DocumentError(
            f"Chưa hỗ trợ định dạng {suffix}. Hãy gửi kế hoạch dạng .docx, .pdf (có lớp chữ) "
            "hoặc .txt."
        )
    return unicodedata.normalize("NFC", text)


# --- plain text ------------------------------------------------------------------------------


def _read_text(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Old Vietnamese Windows files: cp1258 writes tones as combining marks; NFC joins them.
        return data.decode("cp1258")
    except UnicodeDecodeError as error:
        raise DocumentError(
            "Không đọc được bảng mã của tệp văn bản. Hãy lưu lại tệp với bảng mã UTF-8 (Unicode)."
        ) from error


# --- Word ------------------------------------------------------------------------------------


def _read_docx(path: Path) -> str:
    from docx import Document  # imported here: only .docx input needs python-docx loaded
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise DocumentError(
            "Không mở được tệp Word này (tệp hỏng hoặc không phải .docx thật)."
        ) from error
    lines = list(_docx_blocks(document))
    text = "\n".join(lines).strip()
    if not text:
        raise DocumentError("Tệp Word không có nội dung chữ.")
    return text


def _docx_blocks(container: object) -> Iterator[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Paragraph):
            yield _docx_paragraph(block)
        elif isinstance(block, Table):
            yield ""
            yield from _docx_table(block)
            yield ""


def _docx_paragraph(paragraph: object) -> str:
    text: str = paragraph.text  # type: ignore[attr-defined]
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    ppr = paragraph._p.pPr  # type: ignore[attr-defined]
    is_list = ppr is not None and ppr.numPr is not None
    if style.lower().startswith(("heading", "title")) and text.strip():
        return "## " + text.strip()
    if (is_list or style.lower().startswith("list")) and text.strip():
        return "- " + text.strip()
    return text


def _cell_text(cell: object) -> str:
    parts: list[str] = []
    for line in _docx_blocks(cell):
        for piece in line.split("\n"):
            piece = piece.strip()
            if piece:
                parts.append(piece.replace("|", "/"))
    return "<br>".join(parts)


def _docx_table(table: object) -> Iterator[str]:
    for row in table.rows:  # type: ignore[attr-defined]
        cells = [_cell_text(cell) for cell in row.cells]
        if any(cells):
            yield "| " + " | ".join(cells) + " |"


# --- PDF -------------------------------------------------------------------------------------


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, OSError, ValueError, KeyError) as error:
        raise DocumentError("Không mở được tệp PDF này (tệp hỏng hoặc có mật khẩu).") from error
    letters = sum(ch.isalpha() for page in pages for ch in page)
    if not pages or letters < _MIN_LETTERS_PER_PAGE * len(pages):
        raise DocumentError(
            "Tệp PDF này không có lớp chữ (có thể là bản scan/ảnh chụp) nên không đọc được "
            "các nhiệm vụ. Hãy gửi tệp Word (.docx) hoặc PDF xuất trực tiếp từ Word."
        )
    return "\n".join(_reflow(page) for page in pages)


_LIST_START = re.compile(r"^\s*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}\.|[a-zđ]\))\s")


def _reflow(page: str) -> str:
    """Join the lines a PDF wrapped at the page edge back into paragraphs.

    A PDF stores visual lines, so one list item may span several. A line nearly as long as the
    page's longest line was wrapped, and the next line continues it unless it starts a new list
    item. Short lines (headings, "Quý I/2026", the last line of a paragraph) end a paragraph.
    """
    lines = [line.rstrip() for line in page.splitlines()]
    width = max((len(line) for line in lines), default=0)
    joined: list[str] = []
    wrapped = False
    for line in lines:
        if wrapped and line.strip() and not _LIST_START.match(line) and joined:
            joined[-1] = f"{joined[-1]} {line.strip()}"
        else:
            joined.append(line)
        wrapped = bool(line.strip()) and len(line) >= 0.8 * width and width >= 50
    return "\n".join(joined)
