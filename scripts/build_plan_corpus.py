"""Render the plan corpus (tests/reminders/fixtures/corpus) from its source texts.

Each source text in ``corpus/src`` is written out in the formats ``manifest.json`` lists:
``txt``, ``docx`` (``| a | b |`` lines become a Word table; a row whose cells all repeat one
text becomes one merged cell, as "Quý I" rows are in real plans), ``pdf`` (a text PDF),
``scan.pdf`` (the page rendered as a picture and degraded like a phone scan: slight rotation,
blur, noise, JPEG artefacts, no text layer), ``photo.jpg`` (a skewed, unevenly lit phone photo)
and ``html`` (the text inside a news site's chrome). Run it once after editing a source; the
outputs are committed, so the tests never need reportlab.

    .venv/bin/pip install -c constraints.txt -e ".[corpus]"   # reportlab, BSD licence
    .venv/bin/python scripts/build_plan_corpus.py
"""

from __future__ import annotations

import html
import json
import random
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent / "tests" / "reminders" / "fixtures" / "corpus"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def _rows(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def write_docx(lines: list[str], target: Path) -> None:
    from docx import Document

    document = Document()
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.startswith("|"):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(line)
            run.bold = line.isupper()
            index += 1
            continue
        block = []
        while index < len(lines) and lines[index].startswith("|"):
            block.append(_rows(lines[index]))
            index += 1
        width = max(len(row) for row in block)
        table = document.add_table(rows=len(block), cols=width)
        table.style = "Table Grid"
        for r, row in enumerate(block):
            if len(set(row)) == 1 and width > 1:
                merged = table.cell(r, 0).merge(table.cell(r, width - 1))
                merged.text = row[0]
                continue
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    document.save(str(target))


def write_pdf(lines: list[str], target: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSerif", FONT))
    page = canvas.Canvas(str(target), pagesize=A4)
    height = A4[1]
    y = height - 60
    for line in lines:
        for piece in textwrap.wrap(line, 88) or [""]:
            if y < 60:
                page.showPage()
                y = height - 60
            page.setFont("DejaVuSerif", 11)
            page.drawString(56, y, piece)
            y -= 16
    page.save()


def render_pages(lines: list[str], *, seed: int) -> list[Image.Image]:
    """A4 pages at about 150 dpi, black text on off-white paper."""
    rng = random.Random(seed)
    font = ImageFont.truetype(FONT, 26)
    bold = ImageFont.truetype(FONT_BOLD, 26)
    pages: list[Image.Image] = []
    image = draw = None
    y = 0
    for line in lines:
        for piece in textwrap.wrap(line, 72) or [""]:
            if image is None or y > 1650:
                image = Image.new("L", (1240, 1754), 245)
                draw = ImageDraw.Draw(image)
                pages.append(image)
                y = 100
            assert draw is not None
            face = bold if line.isupper() else font
            draw.text((90 + rng.randint(-2, 2), y), piece, fill=20, font=face)
            y += 40
    return pages


def degrade(page: Image.Image, *, seed: int, photo: bool = False) -> Image.Image:
    rng = random.Random(seed)
    page = page.rotate(rng.uniform(-1.2, 1.2), resample=Image.Resampling.BICUBIC, fillcolor=235)
    page = page.filter(ImageFilter.GaussianBlur(0.8))
    noise = Image.effect_noise(page.size, 18)
    page = Image.blend(page, noise, 0.12)
    if photo:
        # Uneven light: a darker band from the left, and a slight shear as from a tilted phone.
        shade = Image.linear_gradient("L").rotate(90).resize(page.size)
        page = Image.blend(page, shade, 0.18)
        shear = (1, 0.02, -10, 0.01, 1, 0)
        page = page.transform(page.size, Image.Transform.AFFINE, shear, fillcolor=200)
    return page


def _jpeg_round_trip(page: Image.Image, quality: int) -> Image.Image:
    from io import BytesIO

    buffer = BytesIO()
    page.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def write_scan(lines: list[str], target: Path, *, seed: int) -> None:
    rendered = render_pages(lines, seed=seed)
    pages = [_jpeg_round_trip(degrade(p, seed=seed + i), 55) for i, p in enumerate(rendered)]
    pages[0].save(str(target), "PDF", resolution=150, save_all=True, append_images=pages[1:])


def write_photo(lines: list[str], target: Path, *, seed: int) -> None:
    page = degrade(render_pages(lines, seed=seed)[0], seed=seed, photo=True)
    page.convert("RGB").save(str(target), "JPEG", quality=60)


_CHROME_TOP = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:Arial}} .menu li{{display:inline}}</style>
<script>window.dataLayer=[];function gtag(){{dataLayer.push(arguments)}}</script></head><body>
<header><div class="logo">Cổng thông tin điện tử</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
<li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<form class="search"><input placeholder="Tìm kiếm..."></form></header>
<div class="breadcrumb">Trang chủ / Tin tức / Thi đua - Khen thưởng</div><main><article>
"""
_CHROME_BOTTOM = """</article><aside><h3>Tin mới nhất</h3>
<ul><li><a href="#">Hội nghị giao ban quý IV</a></li>
<li><a href="#">Lịch tiếp công dân tháng 12</a></li></ul><h3>Liên kết website</h3>
<select><option>Chính phủ</option><option>Bộ Nội vụ</option></select></aside></main>
<footer>Bản quyền © Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
</footer><script>gtag('config','G-XXXX');</script></body></html>
"""


def write_html(lines: list[str], target: Path) -> None:
    title = lines[0] if lines else ""
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines if line.strip())
    page = _CHROME_TOP.format(title=html.escape(title)) + body + _CHROME_BOTTOM
    target.write_text(page, encoding="utf-8")


def main() -> None:
    manifest = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
    out = ROOT / "files"
    out.mkdir(exist_ok=True)
    # The blind sets have their own renderers and seeds (build_blind_corpus.py,
    # build_blind2_corpus.py), chosen by name since a spent blind set is "tuning" now; leaving
    # them out keeps every other file's seed, and so its rendering, what it was before them.
    entries = sorted((n, e) for n, e in manifest.items() if not n.startswith("blind"))
    for seed, (name, entry) in enumerate(entries):
        render(name, entry["formats"], seed * 10)


def render(name: str, formats: list[str], seed: int) -> None:
    """Write ``files/<name>.<fmt>`` for each format from ``src/<name>.txt``; a scan takes
    ``seed``, a photo ``seed + 5``."""
    source = (ROOT / "src" / f"{name}.txt").read_text(encoding="utf-8")
    lines = source.splitlines()
    for fmt in formats:
        target = ROOT / "files" / f"{name}.{fmt}"
        if fmt == "txt":
            target.write_text(source, encoding="utf-8")
        elif fmt == "docx":
            write_docx(lines, target)
        elif fmt == "pdf":
            write_pdf(lines, target)
        elif fmt == "scan.pdf":
            write_scan(lines, target, seed=seed)
        elif fmt == "photo.jpg":
            write_photo(lines, target, seed=seed + 5)
        elif fmt == "html":
            write_html(lines, target)
        print(target.relative_to(ROOT))


if __name__ == "__main__":
    main()
