"""Read a plan file (.txt, .md, .docx, .pdf, .html, a photo) into the plain text the parser reads.

A .docx is read in document order, paragraphs and tables interleaved, because a plan's
"Thời gian" column only means something next to its rows. A table row becomes one line of
``|``-separated cells, a cell's own paragraphs joined by ``<br>``, so the column survives.
Word's automatic list numbering is not part of the paragraph text; list paragraphs get a "- "
bullet so they still read as list items.

A PDF without a text layer (a signed and stamped scan) and a phone photo (.jpg, .png) are read
through OCR (:mod:`bot.ocr`); where OCR is not installed they are refused with a message the
officer can act on (send the Word file, or a PDF exported from Word). A web page (.html) keeps
only its article: menus, headers, footers, side bars, forms and scripts are dropped.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["SUPPORTED_SUFFIXES", "DocumentError", "DocumentText", "read_document", "read_text_of"]

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp")
SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm", *IMAGE_SUFFIXES)
MAX_HTML_BYTES = 5_000_000

# A page with fewer letters than this is treated as having no text layer.
_MIN_LETTERS_PER_PAGE = 40


class DocumentError(ValueError):
    """The file cannot be read as a plan; the message is meant for the officer (Vietnamese)."""


@dataclass(frozen=True)
class DocumentText:
    """A document's text; ``ocr`` when it was recognised from pictures and may hold misreadings."""

    text: str
    ocr: bool = False


def read_document(path: Path) -> str:
    """The text of a plan file, NFC-normalised."""
    return read_text_of(path).text


def read_text_of(path: Path) -> DocumentText:
    """The text of a plan file, NFC-normalised, and whether OCR produced it."""
    if not path.is_file():
        raise DocumentError(f"Không tìm thấy tệp {path.name}.")
    suffix = path.suffix.lower()
    ocr = False
    if suffix in {".txt", ".md", ".text", ""}:
        text = _read_text(path.read_bytes())
    elif suffix == ".docx":
        text = _read_docx(path)
    elif suffix == ".pdf":
        text, ocr = _read_pdf(path)
    elif suffix in {".html", ".htm"}:
        text = _read_html(path)
    elif suffix in IMAGE_SUFFIXES:
        text, ocr = _read_photo(path), True
    elif suffix == ".doc":
        raise DocumentError(
            "Tệp .doc (Word 97-2003) chưa đọc được. Hãy mở bằng Word, lưu thành .docx rồi gửi lại."
        )
    else:
        raise DocumentError(
            f"Chưa hỗ trợ định dạng {suffix}. Hãy gửi kế hoạch dạng .docx, .pdf, .txt, .html "
            "hoặc ảnh chụp (.jpg, .png)."
        )
    return DocumentText(unicodedata.normalize("NFC", text), ocr)


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


def _read_pdf(path: Path) -> tuple[str, bool]:
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
        return _read_scan(path), True
    return "\n".join(_reflow(page) for page in pages), False


# --- scans and photos (OCR) ------------------------------------------------------------------


def _read_scan(path: Path) -> str:
    from bot.ocr import OcrError, OcrUnavailable, ocr_pdf

    try:
        pages = ocr_pdf(path)
    except OcrUnavailable as error:
        raise DocumentError(
            "Tệp PDF này không có lớp chữ (bản scan/ảnh chụp). " + str(error)
        ) from error
    except OcrError as error:
        raise DocumentError(str(error)) from error
    # OCR keeps the page's visual lines, so a deadline wrapped to the next line ("trước ngày" /
    # "15/3/2026") is joined back as for a text PDF.
    text = "\n".join(_reflow(ocr_fixups(page.text)) for page in pages).strip()
    if sum(ch.isalpha() for ch in text) < _MIN_LETTERS_PER_PAGE:
        raise DocumentError(
            "Tệp PDF này không có lớp chữ và không nhận dạng được chữ trong bản scan. Hãy scan "
            "lại rõ hơn (thẳng trang, đủ sáng) hoặc gửi tệp Word (.docx)."
        )
    return text


# OCR reads the strokes of Roman numerals as 1, l, L or |: "IL NỘI DUNG", "Quý 11/2026".
_OCR_ROMAN_HEADING = re.compile(
    r"^(?P<n>[IVX][IVXl1L|]{0,3}|[1l|](?=[IVXlL|])[IVXl1L|]{1,3})(?P<dot>[.:]?)\s+(?=[A-ZĐÀ-Ỹ]{2})",
    re.M,
)
# A date as OCR misreads it: "l5/3", "1O/8", "15/ 3", "20/12/2O26". Each part must hold a real
# digit, so "Quý I/2026" is left alone.
_OCR_DATE = re.compile(
    r"(?<![\w/])(?P<d>[0-9OoIl|]{1,2})\s*/\s*(?P<m>[0-9OoIl|]{1,2})"
    r"(?:\s*/\s*(?P<y>[0-9OoIl|]{4}))?(?![\w/])"
)
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})
_MAX_ROW_LINES = 6


def _ocr_date(match: re.Match[str]) -> str:
    parts = [match.group("d"), match.group("m"), match.group("y")]
    if not all(any(ch.isdigit() for ch in part) for part in parts if part):
        return match.group(0)
    return "/".join(part.translate(_OCR_DIGITS) for part in parts if part)


def _join_table_rows(text: str) -> str:
    """Rows of a table whose grid lines OCR read as "|": a row wrapped over several lines is
    joined back, and the blank lines OCR puts between rows are dropped, so the rows read as one
    table again."""
    out: list[str] = []
    open_lines = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if open_lines:
            if not stripped:
                continue
            out[-1] = f"{out[-1]} {stripped}"
            open_lines = (
                0 if stripped.endswith("|") or open_lines >= _MAX_ROW_LINES else open_lines + 1
            )
            continue
        if stripped.startswith("|") and stripped.count("|") >= 2:
            while len(out) >= 2 and not out[-1].strip() and out[-2].strip().startswith("|"):
                out.pop()
            out.append(stripped)
            open_lines = 0 if stripped.endswith("|") else 1
            continue
        out.append(line)
    return "\n".join(out)


_OCR_QUARTER = re.compile(
    r"\b(?P<q>[Qq][Uu][Yy\u00fd\u00dd])\s+(?P<n>[I1l|][I1lL|]{0,2}V?|[I1l|]?V)(?=\s*[/,.-]|\s)"
)


def _roman(raw: str) -> str:
    return re.sub(r"[1lL|]", "I", raw)


def ocr_fixups(text: str) -> str:
    """Undo the misreadings of OCR that change a plan's structure or dates."""
    text = unicodedata.normalize("NFC", text)
    text = _join_table_rows(_OCR_DATE.sub(_ocr_date, text))
    text = _OCR_ROMAN_HEADING.sub(lambda m: _roman(m.group("n")) + ". ", text)

    def quarter(match: re.Match[str]) -> str:
        number = match.group("n")
        # "Quý 1/2026" and "Quý I/2026" mean the same; "11"/"111" can only be II/III.
        return f"{match.group('q')} {_roman(number) if len(number) > 1 else number}"

    return _OCR_QUARTER.sub(quarter, text)


def _read_photo(path: Path) -> str:
    from bot.ocr import OcrError, ocr_image

    try:
        text = _reflow(ocr_fixups(ocr_image(path.read_bytes()))).strip()
    except OcrError as error:
        raise DocumentError(str(error)) from error
    if sum(ch.isalpha() for ch in text) < _MIN_LETTERS_PER_PAGE:
        raise DocumentError(
            "Không nhận dạng được chữ trong ảnh này. Hãy chụp thẳng trang, đủ sáng, rõ nét."
        )
    return text


# --- web pages -------------------------------------------------------------------------------

# Page chrome, not the article: menus, banners, side bars, forms and scripts.
_CHROME_TAGS = frozenset(
    {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "select"}
    | {"button", "iframe", "svg", "template", "head"}
)
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}
    | {"main", "table", "ul", "ol", "blockquote", "pre"}
)
_VOID_TAGS = frozenset({"br", "img", "input", "meta", "link", "hr", "wbr", "source"})


class _ArticleText(HTMLParser):
    """Collects the text outside page chrome; the text inside ``<article>``/``<main>`` apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.article = 0
        self.everything: list[str] = []
        self.in_article: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            if tag == "br":
                self._add("\n")
            return
        if tag in _CHROME_TAGS:
            self.skip += 1
        elif tag in {"article", "main"}:
            self.article += 1
        if tag in _BLOCK_TAGS or tag == "td":
            self._add("\n" if tag != "td" else " | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            return
        if tag in _CHROME_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in {"article", "main"}:
            self.article = max(0, self.article - 1)
        if tag in _BLOCK_TAGS:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        self._add(re.sub(r"\s+", " ", data))

    def _add(self, text: str) -> None:
        if self.skip:
            return
        self.everything.append(text)
        if self.article:
            self.in_article.append(text)


def _read_html(path: Path) -> str:
    data = path.read_bytes()
    if len(data) > MAX_HTML_BYTES:
        raise DocumentError("Trang web quá lớn để đọc (quá 5 MB).")
    declared = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", data[:2048])
    try:
        markup = data.decode(declared.group(1).decode() if declared else "utf-8")
    except (LookupError, UnicodeDecodeError):
        markup = _read_text(data)
    parser = _ArticleText()
    parser.feed(markup)
    parser.close()
    chosen = "".join(parser.in_article) if "".join(parser.in_article).strip() else ""
    text = chosen or "".join(parser.everything)
    lines = [line.strip(" |") for line in text.splitlines()]
    text = "\n".join(line for line in lines if line).strip()
    if not text:
        raise DocumentError("Trang web không có nội dung chữ.")
    return text


_LIST_START = re.compile(r"^\s*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}\.|[a-zđ]\))\s")


# "Căn cứ ...", "Thực hiện ..." open a paragraph of their own: joined to a wrapped title they hide
# the title ("... năm học 2026 - 2027 Căn cứ Kế hoạch số 52 ...") and the year it names.
_OPENS_PARAGRAPH = re.compile(r"^\s*(?:Căn cứ|Thực hiện|Kính gửi|Nơi nhận)\b")


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
        # A table row read as "| ... |" starts a line of its own.
        if (
            wrapped
            and line.strip()
            and not _LIST_START.match(line)
            and not line.startswith("|")
            and not _OPENS_PARAGRAPH.match(line)
        ):
            joined[-1] = f"{joined[-1]} {line.strip()}" if joined else line
        else:
            joined.append(line)
        wrapped = bool(line.strip()) and len(line) >= 0.8 * width and width >= 50
    return "\n".join(joined)
