"""The whole-dossier PDF a reviewer files: a cover page, a label on every page, searchable text.

- **Cover**: tracking code, unit, award, subject, year, the checklist with the PDF page numbers
  of each item, and the version (the dossier's revision) with the date of its last change.
- **Labels**: every page gets a grey band below it (the page is made taller, so nothing of the
  document is covered) reading "Biên bản bình xét — trang 2/3 · Hồ sơ K7M3-9PX · 5/12".
- **Text layer**: a page photo carries the text OCR read from it as invisible text (render mode
  3), one line per OCR line spread over the image, so the PDF reader's search and copy find the
  words. Uploaded PDFs keep whatever text they have.

Pure and CPU-bound: :func:`build` runs in a child process (``bot.offload.run_limited``) with a
time and memory limit; every image is checked against the pixel limit before it is decoded.
reportlab (BSD) draws, pypdf (BSD) assembles; the font is DejaVu Sans (a permissive licence),
found on the system (Debian's fonts-dejavu-core) or named by ``TDKT_PDF_FONT``.
"""

from __future__ import annotations

import io
import logging
import os
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

PDF = "application/pdf"
#: A4 width in points; page photos are drawn this wide, as tall as their proportions make them.
PAGE_WIDTH = 595.28
A4_HEIGHT = 841.89
#: Height of the label band under every page, in points (about 1 cm).
BAND = 26.0
LABEL_SIZE = 9.0
#: Pixels of a page photo drawn into the PDF (long side): 2480 px is A4 at 212 dpi.
MAX_SIDE = 2480
#: Refused before decoding (the header tells the size): as at intake.
MAX_PIXELS = 50_000_000
#: Pages of a whole dossier; past this the build stops with an error rather than run away.
MAX_PAGES = 1200

FONT_ENV = "TDKT_PDF_FONT"
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/local/share/fonts/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
)


@dataclass(frozen=True, slots=True)
class BookPart:
    """One stored file of the dossier, in reading order."""

    mime_type: str
    data: bytes
    #: The checklist item it is filed under, as the reader sees it ("Biên bản bình xét").
    label: str
    #: What OCR read on a page photo (None: not read; PDFs are not read).
    text: str | None = None
    #: Pages in the file (a PDF may hold several).
    page_count: int = 1


@dataclass(frozen=True, slots=True)
class CoverItem:
    label: str
    required: bool
    #: PDF page numbers (the cover is page 1), empty if the item has no pages.
    first: int = 0
    last: int = 0

    @property
    def pages(self) -> int:
        return self.last - self.first + 1 if self.first else 0


@dataclass(frozen=True, slots=True)
class Cover:
    code: str
    unit: str
    award: str
    subject: str
    period: str
    version: int
    changed: str
    items: list[CoverItem] = field(default_factory=list)
    note: str = ""


@lru_cache(maxsize=1)
def font_name() -> str:
    """Register DejaVu Sans with reportlab and return its name; Helvetica if none is found (the
    marks are then dropped from the drawn text, which stays readable)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    candidates = [os.environ.get(FONT_ENV, ""), *FONT_CANDIDATES]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            pdfmetrics.registerFont(TTFont("DossierSans", candidate))
            return "DossierSans"
    log.warning("no DejaVu Sans font found (set %s): PDF labels lose their marks", FONT_ENV)
    return "Helvetica"


def _drawable(text: str, font: str) -> str:
    if font != "Helvetica":
        return text
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def page_labels(parts: list[BookPart], code: str) -> list[str]:
    """The band text of every PDF page after the cover, in order."""
    totals: dict[str, int] = {}
    for part in parts:
        totals[part.label] = totals.get(part.label, 0) + part.page_count
    total = sum(totals.values()) + 1
    seen: dict[str, int] = {}
    labels = []
    number = 1
    for part in parts:
        for _ in range(part.page_count):
            seen[part.label] = seen.get(part.label, 0) + 1
            number += 1
            labels.append(
                f"{part.label} — trang {seen[part.label]}/{totals[part.label]}"
                f" · Hồ sơ {code} · {number}/{total}"
            )
    return labels


# Drawing ----------------------------------------------------------------------------------------
def _band(canvas, width: float, text: str, font: str) -> None:  # type: ignore[no-untyped-def]
    from reportlab.pdfbase.pdfmetrics import stringWidth

    canvas.setFillGray(0.92)
    canvas.rect(0, 0, width, BAND, stroke=0, fill=1)
    canvas.setFillGray(0.15)
    size = LABEL_SIZE
    text = _drawable(text, font)
    while size > 5 and stringWidth(text, font, size) > width - 24:
        size -= 0.5
    canvas.setFont(font, size)
    canvas.drawString(12, (BAND - size) / 2 + 1, text)


def _cover(cover: Cover, total_pages: int, font: str) -> bytes:
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(PAGE_WIDTH, A4_HEIGHT + BAND))
    canvas.setTitle(f"Hồ sơ {cover.code}")
    left, width = 56.0, PAGE_WIDTH - 112.0
    y = A4_HEIGHT + BAND - 80

    def line(text: str, size: float = 11.5, gap: float = 6.0, indent: float = 0.0) -> None:
        nonlocal y
        canvas.setFont(font, size)
        for piece in simpleSplit(_drawable(text, font), font, size, width - indent):
            canvas.drawString(left + indent, y, piece)
            y -= size + 4
        y -= gap

    line("HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", 18, 10)
    line(f"Mã hồ sơ: {cover.code}", 14, 14)
    line(f"Đơn vị đề nghị: {cover.unit}")
    line(f"Hình thức khen thưởng: {cover.award}")
    line(f"Đề nghị cho: {cover.subject}")
    line(f"Năm / đợt: {cover.period}", gap=16)
    line("Thành phần hồ sơ (số trang trong tệp này):", 12.5, 8)
    for number, item in enumerate(cover.items, 1):
        if item.pages:
            where = f"trang {item.first}" if item.pages == 1 else f"trang {item.first}–{item.last}"
            mark = "✓" if font != "Helvetica" else "x"
            text = f"{number}. {mark} {item.label}: {item.pages} trang ({where})"
        else:
            text = f"{number}. {item.label}: chưa có" + ("" if item.required else " (nếu có)")
        line(text, 11, 2, indent=10)
    y -= 12
    line(f"Tổng số trang: {total_pages} (kể cả trang bìa này).", 11)
    line(f"Phiên bản {cover.version}, cập nhật ngày {cover.changed}.", 11)
    if cover.note:
        line(cover.note, 9.5)
    _band(canvas, PAGE_WIDTH, f"Bìa hồ sơ · Hồ sơ {cover.code} · 1/{total_pages}", font)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _open_image(data: bytes):  # type: ignore[no-untyped-def]
    import warnings

    from PIL import Image, ImageOps

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        opened = Image.open(io.BytesIO(data))
    if opened.width * opened.height > MAX_PIXELS:
        raise ValueError(f"page image of {opened.width}x{opened.height} px over the limit")
    opened.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at 1/2, 1/4, 1/8 when large
    image = ImageOps.exif_transpose(opened)
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    elif image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE))
    return image


def _as_drawn(data: bytes) -> tuple[int, int] | None:
    """The stored JPEG's size if it can be embedded unchanged (no EXIF turn), else None."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        if image.getexif().get(0x0112, 1) != 1 or image.mode not in ("RGB", "L"):
            return None
        return image.size


def _text_layer(canvas, text: str, height: float, font: str) -> None:  # type: ignore[no-untyped-def]
    """OCR's lines as invisible text spread over the image (no word positions are kept, so each
    line spans the width at its share of the height: search and copy find the words)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return
    step = min(height / (len(lines) + 1), 24.0)
    size = max(4.0, step * 0.8)
    margin = 36.0
    layer = canvas.beginText()
    layer.setTextRenderMode(3)  # invisible: neither filled nor stroked
    y = BAND + height - step
    for line in lines:
        line = _drawable(line, font)
        width = stringWidth(line, font, size) or 1.0
        layer.setFont(font, size)
        layer.setHorizScale(min(100.0, 100.0 * (PAGE_WIDTH - 2 * margin) / width))
        layer.setTextOrigin(margin, y)
        layer.textLine(line)
        y -= step
    canvas.drawText(layer)


def _photo_page(part: BookPart, label: str, font: str) -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    image = _open_image(part.data)
    height = PAGE_WIDTH * image.height / image.width
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(PAGE_WIDTH, height + BAND))
    if part.data.startswith(b"\xff\xd8") and _as_drawn(part.data) == image.size:
        # Intake stored a cleaned JPEG of the right size: embedded as is, not re-encoded.
        jpeg = io.BytesIO(part.data)
    else:
        jpeg = io.BytesIO()
        image.save(jpeg, format="JPEG", quality=85)
        jpeg.seek(0)
    canvas.drawImage(ImageReader(jpeg), 0, BAND, PAGE_WIDTH, height)
    if part.text:
        _text_layer(canvas, part.text, height, font)
    _band(canvas, PAGE_WIDTH, label, font)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _band_overlay(width: float, label: str, font: str) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, BAND))
    _band(canvas, width, label, font)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _label_pdf_page(page, label: str, font: str) -> None:  # type: ignore[no-untyped-def]
    """Make an uploaded PDF page BAND points taller at the bottom and draw the label there."""
    from pypdf import PdfReader, Transformation

    if page.rotation % 360:
        # The page is shown turned: its "bottom" is a side. Flatten the turn first, so the band
        # goes under the page as the reader sees it.
        page.transfer_rotation_to_content()
    box = page.mediabox
    left, bottom = float(box.left), float(box.bottom)
    width = float(box.width)
    overlay = PdfReader(io.BytesIO(_band_overlay(width, label, font))).pages[0]
    box.lower_left = (left, bottom - BAND)
    page.cropbox = box
    page.merge_transformed_page(overlay, Transformation().translate(left, bottom - BAND))


def build(cover: Cover, parts: list[BookPart], title: str) -> bytes:
    """The whole-dossier PDF (run it in a child process: it decodes every page)."""
    from pypdf import PdfReader, PdfWriter

    pages = sum(p.page_count for p in parts)
    if pages > MAX_PAGES:
        raise ValueError(f"{pages} pages is over the limit of {MAX_PAGES}")
    font = font_name()
    labels = page_labels(parts, cover.code)
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(_cover(cover, pages + 1, font))))
    writer.add_outline_item(title="Bìa hồ sơ", page_number=0)
    number = 0
    started: set[str] = set()
    for part in parts:
        start = len(writer.pages)
        if part.mime_type == PDF:
            reader = PdfReader(io.BytesIO(part.data))
            if reader.is_encrypted:
                reader.decrypt("")
            for page in reader.pages:
                # pypdf edits only pages that belong to a writer: add first, then label.
                added = writer.add_page(page)
                _label_pdf_page(added, labels[min(number, len(labels) - 1)], font)
                number += 1
        else:
            chunk = _photo_page(part, labels[number], font)
            writer.append(PdfReader(io.BytesIO(chunk)))
            number += 1
        if part.label not in started and len(writer.pages) > start:
            started.add(part.label)
            writer.add_outline_item(title=part.label, page_number=start)
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
