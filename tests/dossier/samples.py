"""Realistic sample files: phone photos of document pages and a small scanned PDF."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont

LINES = [
    "ỦY BAN NHÂN DÂN XÃ CHIỀNG MUNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "TỜ TRÌNH",
    "Về việc đề nghị tặng danh hiệu Lao động tiên tiến năm 2026",
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025;",
    "Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã,",
]


def page_image(label: str, size: tuple[int, int] = (1280, 960), seed: int = 0) -> Image.Image:
    """A phone photo of a page: off-white paper, grain, lines of text, a stamp."""
    rng = random.Random(f"{label}:{seed}")
    image = Image.new("RGB", size, (238, 234, 224))
    # Deterministic grain: the same label and seed always give the same bytes.
    noise = Image.frombytes("L", size, rng.randbytes(size[0] * size[1])).convert("RGB")
    image = Image.blend(image, noise, 0.08)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=max(12, size[1] // 40))
    y = size[1] // 12
    draw.text((size[0] // 10, y), label, fill=(20, 20, 20), font=font)
    for _ in range(22):
        y += size[1] // 28
        if y > size[1] - 40:
            break
        text = rng.choice(LINES)
        draw.text((size[0] // 10, y), text, fill=(30, 30, 40), font=font)
    draw.ellipse(
        (size[0] - 260, size[1] - 220, size[0] - 80, size[1] - 40), outline=(200, 30, 30), width=6
    )
    return image


def jpeg(label: str, size: tuple[int, int] = (1280, 960), seed: int = 0) -> bytes:
    buffer = io.BytesIO()
    page_image(label, size, seed).save(buffer, format="JPEG", quality=88)
    return buffer.getvalue()


def png(label: str, size: tuple[int, int] = (1240, 1754)) -> bytes:
    buffer = io.BytesIO()
    page_image(label, size).convert("L").save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def pdf(pages: int = 2, label: str = "Báo cáo thành tích") -> bytes:
    """A small scanned PDF: one page image per page."""
    images = [page_image(f"{label} - trang {i + 1}", (1240, 1754)) for i in range(pages)]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", save_all=True, append_images=images[1:], resolution=150)
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(1))))
    writer.encrypt("matkhau")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    """Not a real Word file, but a ZIP container as .docx files are."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()
