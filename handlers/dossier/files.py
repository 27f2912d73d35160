"""Checking uploaded files: what is accepted, what is refused and why.

Pure functions (no database, no chat); the whole-dossier PDF is ``handlers.dossier.pdf_book``.
CPU-bound work (decoding images, reading PDFs) is meant to run in ``asyncio.to_thread``.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import PurePosixPath

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

#: Larger images are refused before their pixels are decoded (the header tells the size): a
#: 37 KB PNG can claim 13000×13000 and take gigabytes to decode. 50 MP covers an 8160×6120
#: phone camera at full resolution; a scan of an A4 page at 600 dpi is 35 MP.
MAX_PAGE_PIXELS = 50_000_000
#: PDFs with more pages are refused: no paper document in a dossier is this long.
MAX_PDF_PAGES = 300


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a file was not accepted; ``reason`` names a template branch."""

    reason: str  # type | size | small | pixels | pages | broken | encrypted | empty | dark | bright
    # | contrast | blur | notdoc (the last five from handlers.dossier.quality)
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
    # Pillow loads with the first file an officer sends, not with the bot (issue 16).
    from PIL import Image, UnidentifiedImageError

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
        from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

        try:
            reader = PdfReader(io.BytesIO(data))
            # AES-encrypted PDFs with no open password (print/copy restrictions only) are common
            # from office software; pypdf reads them with ``cryptography`` installed.
            if reader.is_encrypted and not reader.decrypt(""):
                return Refusal("encrypted", file_name=name)
            count = len(reader.pages)
        except FileNotDecryptedError:
            return Refusal("encrypted", file_name=name)
        except (PdfReadError, ValueError, KeyError, TypeError, OSError, DependencyError):
            return Refusal("broken", file_name=name)
        if count == 0:
            return Refusal("empty", file_name=name)
        if count > MAX_PDF_PAGES:
            return Refusal("pages", file_name=name, limit=MAX_PDF_PAGES, size=count)
        return Checked(PDF, None, None, count)
    try:
        # Header only: the size is known before a single pixel is decoded. Pillow warns between
        # its own limit and twice that, and raises above; ours is lower and says so to the user.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
    except Image.DecompressionBombError:
        return Refusal("pixels", file_name=name, was_photo=was_photo)
    except (UnidentifiedImageError, OSError, ValueError):
        return Refusal("broken", file_name=name, was_photo=was_photo)
    try:
        if width * height > MAX_PAGE_PIXELS:
            return Refusal(
                "pixels", file_name=name, width=width, height=height, was_photo=was_photo
            )
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
        with Image.open(io.BytesIO(data)) as image:
            orientation = image.getexif().get(0x0112, 1)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return Refusal("broken", file_name=name, was_photo=was_photo)
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    if max(width, height) < MIN_LONG_SIDE or min(width, height) < MIN_SHORT_SIDE:
        return Refusal("small", file_name=name, width=width, height=height, was_photo=was_photo)
    return Checked(mime, width, height, 1)


# Intake ----------------------------------------------------------------------------------------
def downscaled(data: bytes, mime_type: str) -> tuple[bytes, int, int] | None:
    """A page image larger than the PDF needs, made smaller on intake: every later use (each
    PDF build, each preview) then decodes a few megapixels, not the camera's full frame.
    None if the image is already small enough (the original is kept untouched)."""
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as opened:
        if max(opened.size) <= PDF_MAX_SIDE:
            return None
        opened.draft("RGB", (PDF_MAX_SIDE, PDF_MAX_SIDE))  # JPEG: decode at 1/2, 1/4, 1/8
        image = ImageOps.exif_transpose(opened)
        image.thumbnail((PDF_MAX_SIDE, PDF_MAX_SIDE))
        out = io.BytesIO()
        if mime_type == PNG:
            image.save(out, format="PNG", optimize=True)
        else:
            image.convert("RGB").save(out, format="JPEG", quality=90)
        return out.getvalue(), image.width, image.height
