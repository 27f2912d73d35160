"""Checking uploaded files and assembling a whole dossier into one PDF.

Pure functions (no database, no chat): what is accepted, what is refused and why, and the PDF.
CPU-bound work (decoding images, writing PDFs) is meant to run in ``asyncio.to_thread``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from PIL import Image, ImageOps, UnidentifiedImageError

from bot.core.messages import Attachment

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
ACCEPTED_MIME = {PDF, JPEG, PNG, "image/jpg", "image/pjpeg"}
ACCEPTED_EXT = {".pdf": PDF, ".jpg": JPEG, ".jpeg": JPEG, ".png": PNG}

#: A page photo smaller than this cannot be read reliably. An A4 page whose long side is 1000 px
#: is about 85 dpi: body text in 13-14 pt Times with Vietnamese marks (dấu) is still legible,
#: stamps and signatures visible; below that the stacked marks (ễ, ộ) blur together. Telegram's
#: compressed photos are 1280 px on the long side, so a normal phone photo always passes.
MIN_LONG_SIDE = 1000
MIN_SHORT_SIDE = 600

#: Images larger than this (long side) are scaled down in the assembled PDF: 2480 px is A4 at
#: 212 dpi, sharper than any print, and keeps the PDF small enough for a phone to download.
PDF_MAX_SIDE = 2480
A4_LONG_INCHES = 11.69


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a file was not accepted; ``reason`` names a template branch."""

    reason: str  # type | size | small | broken | encrypted | empty
    file_name: str = ""
    size: int = 0
    limit: int = 0
    width: int = 0
    height: int = 0
    #: True if the file came as a (compressed) photo: "send it as a file" helps.
    was_photo: bool = False


@dataclass(frozen=True, slots=True)
class Checked:
    mime_type: str
    width: int | None
    height: int | None
    page_count: int


def _ext(file_name: str | None) -> str:
    return PurePosixPath(file_name or "").suffix.lower()


def precheck(attachment: Attachment, max_download: int) -> Refusal | None:
    """Refuse what we can before downloading: the wrong type, or more than the channel allows."""
    name = attachment.file_name or ""
    if attachment.kind == "document":
        mime = (attachment.mime_type or "").lower()
        if mime not in ACCEPTED_MIME and _ext(name) not in ACCEPTED_EXT:
            return Refusal("type", file_name=name or mime)
    if attachment.size is not None and attachment.size > max_download:
        return Refusal("size", file_name=name, size=attachment.size, limit=max_download)
    return None


def sniff(data: bytes) -> str | None:
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    return None


def inspect(data: bytes, attachment: Attachment, max_download: int) -> Checked | Refusal:
    """Look inside the downloaded bytes: real type, readable size, page count."""
    name = attachment.file_name or ""
    was_photo = attachment.kind == "photo"
    if not data:
        return Refusal("empty", file_name=name)
    if len(data) > max_download:
        return Refusal("size", file_name=name, size=len(data), limit=max_download)
    mime = sniff(data)
    if mime is None:
        # A renamed .docx or a broken download: say what we accept.
        return Refusal("type", file_name=name or (attachment.mime_type or ""))
    if mime == PDF:
        # pypdf (with its crypto providers) is ~25 MB: loaded when the first PDF arrives.
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                return Refusal("encrypted", file_name=name)
            count = len(reader.pages)
        except (PdfReadError, ValueError, KeyError, TypeError, OSError):
            return Refusal("broken", file_name=name)
        if count == 0:
            return Refusal("empty", file_name=name)
        return Checked(PDF, None, None, count)
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            orientation = image.getexif().get(0x0112, 1)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return Refusal("broken", file_name=name, was_photo=was_photo)
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    if max(width, height) < MIN_LONG_SIDE or min(width, height) < MIN_SHORT_SIDE:
        return Refusal("small", file_name=name, width=width, height=height, was_photo=was_photo)
    return Checked(mime, width, height, 1)


# Assembling ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PdfPart:
    mime_type: str
    data: bytes
    #: Bookmark shown in the PDF reader's outline at the first page of a document.
    bookmark: str | None = None


def image_page(data: bytes) -> bytes:
    """One image as a one-page PDF, sized so the long side is an A4 long side."""
    with Image.open(io.BytesIO(data)) as opened:
        image = ImageOps.exif_transpose(opened)
        if image.mode in ("RGBA", "LA", "P"):
            rgba = image.convert("RGBA")
            image = Image.new("RGB", rgba.size, "white")
            image.paste(rgba, mask=rgba.getchannel("A"))
        elif image.mode != "RGB":
            image = image.convert("RGB")
        if max(image.size) > PDF_MAX_SIDE:
            image.thumbnail((PDF_MAX_SIDE, PDF_MAX_SIDE))
        dpi = max(72.0, max(image.size) / A4_LONG_INCHES)
        out = io.BytesIO()
        image.save(out, format="PDF", resolution=dpi, quality=85)
    return out.getvalue()


def assemble_pdf(parts: Sequence[PdfPart], title: str = "") -> bytes:
    """Images become pages, PDFs are appended, in order; bookmarks mark each document."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        start = len(writer.pages)
        data = part.data if part.mime_type == PDF else image_page(part.data)
        writer.append(PdfReader(io.BytesIO(data)))
        if part.bookmark and len(writer.pages) > start:
            writer.add_outline_item(title=part.bookmark, page_number=start)
    if title:
        writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
