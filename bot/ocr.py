"""Optical character recognition of scanned pages and phone photos, shared by every feature.

Tesseract (Apache-2.0) with its Vietnamese model (Debian: ``tesseract-ocr``,
``tesseract-ocr-vie``) is run as a separate process through its command line, so no wrapper
library is needed and a stuck page can be killed by its time limit. Everything here blocks:
call the ``*_async`` functions from the event loop (they run the work in a thread, and the
thread only waits for the tesseract process) or call the plain ones from a worker.

Limits: an image above :data:`MAX_PIXELS` is refused before it is decoded in full (a
decompression bomb), pictures are scaled down to :data:`MAX_SIDE` pixels on the long side,
a PDF is read to :data:`MAX_PAGES` pages, and each page gets :data:`PAGE_TIMEOUT` seconds.
Only :data:`MAX_CONCURRENT` recognitions run at once across the process, since one page keeps a
CPU core busy for seconds.

Where tesseract or its Vietnamese model is missing, :func:`ocr_available` says so and every call
raises :class:`OcrUnavailable` with a Vietnamese message; the bot keeps working without OCR.
"""

from __future__ import annotations

import asyncio
import functools
import io
import os
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "MAX_PAGES",
    "MAX_PIXELS",
    "OcrError",
    "OcrPage",
    "OcrUnavailable",
    "ocr_available",
    "ocr_image",
    "ocr_image_async",
    "ocr_pdf",
    "ocr_pdf_async",
]

LANGUAGE = "vie"
MAX_PIXELS = 40_000_000  # a 40-megapixel phone photo; larger is refused
MAX_SIDE = 3500  # longer pictures are scaled down: more pixels slow tesseract, not help it
MIN_SIDE = 1200  # smaller pictures are scaled up: tesseract reads 20-30 px letters best
MAX_PAGES = 20
PAGE_TIMEOUT = 90.0  # seconds per page
MAX_TOTAL_SECONDS = 300.0  # for a whole PDF
MAX_CONCURRENT = 1

_slots = threading.BoundedSemaphore(MAX_CONCURRENT)


class OcrError(ValueError):
    """The picture cannot be read; the message is for the user (Vietnamese)."""


class OcrUnavailable(OcrError):
    """This machine has no tesseract or no Vietnamese model for it."""


@dataclass(frozen=True)
class OcrPage:
    number: int  # 1-based
    text: str


@functools.cache
def _binary() -> str | None:
    return shutil.which("tesseract")


@functools.cache
def ocr_available() -> bool:
    """Whether tesseract and its Vietnamese model are installed (checked once)."""
    binary = _binary()
    if binary is None:
        return False
    try:
        listed = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return LANGUAGE in (listed.stdout + listed.stderr).split()


def _require() -> str:
    binary = _binary()
    if binary is None or not ocr_available():
        raise OcrUnavailable(
            "Máy chủ chưa cài chương trình nhận dạng chữ (OCR) tiếng Việt nên chưa đọc được "
            "ảnh chụp hay bản scan. Hãy gửi tệp Word (.docx) hoặc PDF xuất trực tiếp từ Word."
        )
    return binary


def _prepare(data: bytes) -> bytes:
    """Check the picture's size before decoding it, normalise it to a grey PGM tesseract reads."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as probe:
            width, height = probe.size
            if width * height > MAX_PIXELS:
                raise OcrError(
                    f"Ảnh quá lớn ({width}×{height} điểm ảnh). Hãy chụp lại với độ phân giải "
                    "thấp hơn hoặc gửi từng trang."
                )
            image = ImageOps.exif_transpose(probe).convert("L")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise OcrError("Không mở được ảnh này (tệp hỏng hoặc không phải ảnh).") from error
    image = _flatten_light(image)
    longest = max(image.size)
    if longest > MAX_SIDE or longest < MIN_SIDE:
        scale = (MAX_SIDE if longest > MAX_SIDE else MIN_SIDE) / longest
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    # Uncompressed PGM: PNG's compression cost 0.1-0.3 s of CPU a page to write and more for
    # Tesseract to read back, for a file that lives a second in a temporary folder.
    image.save(buffer, "PPM")
    return buffer.getvalue()


#: The page's light is estimated at 1/FLATTEN_STEP of its size: shadows change over hundreds
#: of pixels, so nothing is lost, and the filters cost 1/64 of what they cost at full size
#: (a rank filter at full size took 2.7 s of CPU a page, more than Tesseract itself).
FLATTEN_STEP = 8


def _flatten_light(image: Image.Image) -> Image.Image:
    """Even out a phone photo's light: divide by the page's own blurred background.

    A shadow across half the page otherwise makes tesseract treat the dark half as a separate
    region (or as picture) and drop the ends of lines. The background is the brightest pixel
    around each point (paper, not ink: a 3-pixel maximum at 1/8 scale spans ~24 px, wider than
    a stroke), smoothed, then scaled back up.
    """
    import numpy as np
    from PIL import Image, ImageFilter, ImageOps

    small = image.resize(
        (max(1, image.width // FLATTEN_STEP), max(1, image.height // FLATTEN_STEP)),
        Image.Resampling.BOX,
    )
    background = small.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(2.5))
    background = background.resize(image.size, Image.Resampling.BILINEAR)
    pixels = np.asarray(image, dtype=np.float32)
    light = np.maximum(np.asarray(background, dtype=np.float32), 1.0)
    flat = np.clip(pixels / light * 255.0, 0, 255).astype(np.uint8)
    return ImageOps.autocontrast(Image.fromarray(flat), cutoff=1)


def _run(binary: str, picture: bytes, timeout: float) -> str:
    with tempfile.TemporaryDirectory(prefix="tdkt-ocr-") as folder:
        # Tesseract (Leptonica) tells the format from the bytes, not the name.
        source = Path(folder) / "page.img"
        source.write_bytes(picture)
        # One thread per tesseract: the machine's cores are shared with the bot itself.
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        with _slots:
            try:
                done = subprocess.run(
                    # psm 6, one block of text: a plan is one column, and the
                    # automatic layout split shaded photos into fragments.
                    [binary, str(source), "stdout", "-l", LANGUAGE, "--psm", "6"],
                    capture_output=True,
                    timeout=timeout,
                    env=env,
                    check=False,
                )
            except subprocess.TimeoutExpired as error:
                raise OcrError(
                    "Nhận dạng chữ quá lâu nên đã dừng. Hãy chụp lại rõ hơn hoặc gửi ít trang hơn."
                ) from error
    if done.returncode != 0:
        raise OcrError("Không nhận dạng được chữ trong ảnh này.")
    return done.stdout.decode("utf-8", errors="replace")


def ocr_image(data: bytes, *, timeout: float = PAGE_TIMEOUT) -> str:
    """The text of one picture (JPEG, PNG, TIFF...). Blocks for seconds."""
    binary = _require()
    return _run(binary, _prepare(data), timeout)


def _page_pictures(path: Path, max_pages: int) -> list[bytes]:
    """The largest picture on each page of a scanned PDF (a scan is one picture a page)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            reader.decrypt("")
        if len(reader.pages) > max_pages:
            raise OcrError(
                f"Bản scan có {len(reader.pages)} trang, quá giới hạn {max_pages} trang. "
                "Hãy gửi riêng các trang có nội dung cần đọc."
            )
        pictures: list[bytes] = []
        for page in reader.pages:
            _check_picture_sizes(page)
            images = list(page.images)
            if not images:
                pictures.append(b"")
                continue
            largest = max(images, key=lambda image: len(image.data))
            pictures.append(_as_png(largest))
        return pictures
    except (PdfReadError, OSError, ValueError, KeyError) as error:
        if isinstance(error, OcrError):
            raise
        raise OcrError("Không đọc được ảnh trong tệp PDF này.") from error


def _check_picture_sizes(page: object) -> None:
    """Refuse a page whose pictures are too large from their declared size, before pypdf
    decodes them (a small PDF can hold a picture of billions of pixels)."""
    resources = page.get("/Resources") or {}  # type: ignore[attr-defined]
    xobjects = resources.get_object().get("/XObject") if resources else None
    if not xobjects:
        return
    for ref in xobjects.get_object().values():
        picture = ref.get_object()
        if picture.get("/Subtype") != "/Image":
            continue
        width, height = int(picture.get("/Width", 0)), int(picture.get("/Height", 0))
        if width * height > MAX_PIXELS:
            raise OcrError(
                f"Ảnh trong tệp PDF quá lớn ({width}×{height} điểm ảnh). Hãy scan lại với độ "
                "phân giải thấp hơn (200-300 dpi)."
            )


def _as_png(image: object) -> bytes:
    """pypdf's picture as PNG bytes; it decodes the PDF's own filters."""
    picture = image.image  # type: ignore[attr-defined]
    if picture is None:
        return image.data  # type: ignore[attr-defined, no-any-return]
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def ocr_pdf(
    path: Path, *, max_pages: int = MAX_PAGES, timeout: float = PAGE_TIMEOUT
) -> list[OcrPage]:
    """The recognised text of each page of a scanned PDF. Blocks for seconds a page."""
    binary = _require()
    pages: list[OcrPage] = []
    deadline = time.monotonic() + MAX_TOTAL_SECONDS
    for number, picture in enumerate(_page_pictures(path, max_pages), 1):
        left = deadline - time.monotonic()
        if left <= 0:
            raise OcrError(
                "Nhận dạng chữ bản scan quá lâu nên đã dừng. Hãy gửi ít trang hơn hoặc tệp Word."
            )
        text = _run(binary, _prepare(picture), min(timeout, left)) if picture else ""
        pages.append(OcrPage(number, text))
    return pages


async def ocr_image_async(data: bytes, *, page_seconds: float = PAGE_TIMEOUT) -> str:
    return await asyncio.to_thread(ocr_image, data, timeout=page_seconds)


async def ocr_pdf_async(
    path: Path, *, max_pages: int = MAX_PAGES, page_seconds: float = PAGE_TIMEOUT
) -> list[OcrPage]:
    return await asyncio.to_thread(ocr_pdf, path, max_pages=max_pages, timeout=page_seconds)
