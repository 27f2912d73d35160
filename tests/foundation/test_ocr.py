"""The shared OCR component (bot/ocr.py): reads Vietnamese, refuses what is too large."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from bot import ocr

needs_ocr = pytest.mark.skipif(not ocr.ocr_available(), reason="tesseract-ocr-vie not installed")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@needs_ocr
@pytest.mark.skipif(not FONT.exists(), reason="fonts-dejavu not installed")
def test_reads_vietnamese_with_its_tones() -> None:
    page = Image.new("L", (1400, 300), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 40)
    draw.text((40, 100), "Gửi hồ sơ trước ngày 15/3 hằng năm.", fill=0, font=font)
    text = ocr.ocr_image(_png(page))
    assert "Gửi hồ sơ trước ngày 15/3 hằng năm" in text


@needs_ocr
def test_a_huge_picture_is_refused_before_decoding() -> None:
    huge = _png(Image.new("1", (8000, 6000), 1))  # 48 megapixels, a few kB as PNG
    with pytest.raises(ocr.OcrError) as caught:
        ocr.ocr_image(huge)
    assert "quá lớn" in str(caught.value)


@needs_ocr
def test_a_huge_picture_in_a_pdf_is_refused_from_its_declared_size(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    Image.new("1", (8000, 6000), 1).save(path, "PDF")
    with pytest.raises(ocr.OcrError) as caught:
        ocr.ocr_pdf(path)
    assert "Ảnh trong tệp PDF quá lớn" in str(caught.value)  # said before pypdf decodes it


def test_without_tesseract_the_message_is_vietnamese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_binary", lambda: None)
    with pytest.raises(ocr.OcrUnavailable) as caught:
        ocr.ocr_image(b"not used")
    assert "chưa cài" in str(caught.value)
