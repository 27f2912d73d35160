"""Getting the text out of an official document file (.docx, PDF, .txt/.md, saved .html).

Every reader is synchronous and bounded (bytes, pages, characters): callers on the event loop run
it in a worker thread. A PDF without a text layer is a scan: it goes to the shared OCR component
(``bot.ocr``, at most its 20 pages); without tesseract the user is told to send the Word file.
"""

from __future__ import annotations

import io
import tempfile
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["MAX_BYTES", "MAX_CHARS", "MAX_PAGES", "LawImportError", "read_bytes", "read_file"]

MAX_BYTES = 20 * 1024 * 1024
MAX_PAGES = 300
#: the whole Luật Thi đua, khen thưởng is about 150,000 characters
MAX_CHARS = 2_000_000


class LawImportError(ValueError):
    """The file cannot be imported; the message is Vietnamese and shown to the user as is."""


def read_file(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise LawImportError(f"Tệp quá lớn ({size // 1024 // 1024} MB); tối đa 20 MB.")
    return read_bytes(path.read_bytes(), path.name)


def read_bytes(data: bytes, name: str) -> str:
    if len(data) > MAX_BYTES:
        raise LawImportError("Tệp quá lớn; tối đa 20 MB.")
    suffix = Path(name).suffix.lower()
    if suffix == ".docx":
        text = _docx(data)
    elif suffix == ".pdf":
        text = _pdf(data)
    elif suffix in {".html", ".htm"}:
        text = _html(_decode(data))
    elif suffix in {".txt", ".md", ""}:
        text = _decode(data)
    elif suffix == ".doc":
        raise LawImportError(
            "Tệp .doc (Word cũ) chưa đọc được; anh/chị lưu lại thành .docx hoặc PDF rồi gửi lại."
        )
    else:
        raise LawImportError(
            f"Chưa đọc được loại tệp {suffix}; hãy gửi .docx, PDF, .txt hoặc trang .html đã lưu."
        )
    if len(text) > MAX_CHARS:
        raise LawImportError("Văn bản quá dài (hơn 2 triệu ký tự); hãy tách thành nhiều tệp.")
    return text


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise LawImportError("Không đọc được bảng mã của tệp; hãy lưu lại dạng UTF-8.")


def _docx(data: bytes) -> str:
    import docx  # python-docx; imported here because only imports need it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # a damaged or renamed file
        raise LawImportError("Tệp .docx bị hỏng hoặc không phải tệp Word.") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:  # the header (cơ quan / số / ngày) is often a 2-column table
        for row in table.rows:
            lines += [cell.text for cell in row.cells]
    return "\n".join(lines)


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise LawImportError("PDF có mật khẩu; hãy gửi bản không khóa.")
        if len(reader.pages) > MAX_PAGES:
            raise LawImportError(f"PDF có {len(reader.pages)} trang; tối đa {MAX_PAGES} trang.")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except LawImportError:
        raise
    except (PdfReadError, ValueError, KeyError) as exc:
        raise LawImportError("Tệp PDF bị hỏng, không đọc được.") from exc
    if len(text.strip()) >= 200:
        return text
    return _ocr_pdf(data)


def _ocr_pdf(data: bytes) -> str:
    """A scanned PDF, read by the shared OCR component (tesseract; ``bot.ocr``)."""
    from bot import ocr

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "van-ban.pdf"
        path.write_bytes(data)
        try:
            pages = ocr.ocr_pdf(path)
        except ocr.OcrUnavailable as exc:
            raise LawImportError(
                "PDF này là bản scan (không có lớp chữ) và máy chủ chưa có bộ nhận dạng chữ; "
                "anh/chị gửi bản Word (.docx) hoặc PDF có chữ tải từ vbpl.vn."
            ) from exc
        except ocr.OcrError as exc:
            raise LawImportError(str(exc)) from exc
    text = "\n".join(page.text for page in pages)
    if len(text.strip()) < 200:
        raise LawImportError(
            "PDF này là bản scan và không nhận dạng được chữ (ảnh mờ hoặc trang trắng); "
            "anh/chị gửi bản Word (.docx) hoặc PDF có chữ tải từ vbpl.vn."
        )
    return text


class _Text(HTMLParser):
    """Visible text of a saved portal page, one block element per line."""

    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "td"})
    SKIP = frozenset({"script", "style", "noscript", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html(text: str) -> str:
    parser = _Text()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)
