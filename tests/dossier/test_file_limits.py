"""Hostile or huge dossier files (issue 12, M1 and M4): pixel limits before decoding, pages
downscaled on intake, AES-encrypted PDFs read, and the whole-dossier PDF built once per version.
"""

from __future__ import annotations

import io
import re
import tomllib
from pathlib import Path

import httpx
import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from bot.core import codes
from bot.core.messages import Attachment
from bot.storage.db import Database
from bot.storage.media import LocalMediaStore
from bot.storage.models.dossier import DossierPage
from handlers.dossier import files, pdf_book, service
from handlers.dossier.files import PDF_MAX_SIDE, Checked, Refusal
from handlers.dossier.pdf_cache import DossierPdfCache
from tests.dossier import samples
from tests.dossier.flow import latest_dossier, start_dossier, submit_simple_dossier
from tests.dossier.test_service import add, draft, kind, setup_people
from tests.e2e.harness import Harness

LIMIT = 20 * 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]


def doc(name: str) -> Attachment:
    return Attachment(kind="document", ref="x", file_name=name)


def giant_png(side: int = 13000) -> bytes:
    """A few kilobytes on the wire, 169 megapixels (half a gigabyte as RGB) once decoded."""
    out = io.BytesIO()
    Image.new("1", (side, side), 1).save(out, format="PNG", optimize=True)
    return out.getvalue()


def aes_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(samples.pdf(2))))
    writer.encrypt(user_password=user_password, owner_password="chu-so-huu", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_image_claiming_too_many_pixels_is_refused_before_decoding() -> None:
    data = giant_png()
    assert len(data) < 100_000
    refusal = files.inspect(data, doc("anh.png"), LIMIT)
    assert isinstance(refusal, Refusal) and refusal.reason == "pixels"
    assert (refusal.width, refusal.height) == (13000, 13000)
    # Past twice Pillow's own limit, opening raises: still the same clear refusal.
    bomb = files.inspect(giant_png(14000), doc("bom.png"), LIMIT)
    assert isinstance(bomb, Refusal) and bomb.reason == "pixels"


def test_large_photos_are_downscaled_on_intake_small_ones_kept() -> None:
    big = samples.jpeg("Tờ trình", size=(4000, 3000))
    smaller = files.downscaled(big, "image/jpeg")
    assert smaller is not None
    data, width, height = smaller
    assert (width, height) == (PDF_MAX_SIDE, PDF_MAX_SIDE * 3 // 4)
    assert len(data) < len(big)
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (width, height)
    assert files.downscaled(samples.jpeg("Tờ trình"), "image/jpeg") is None


def test_aes_encrypted_pdfs_are_read_and_password_protected_ones_explained() -> None:
    restricted = files.inspect(aes_pdf(""), doc("co-han-che.pdf"), LIMIT)
    assert restricted == Checked("application/pdf", None, None, 2)
    locked = files.inspect(aes_pdf("matkhau"), doc("co-mat-khau.pdf"), LIMIT)
    assert isinstance(locked, Refusal) and locked.reason == "encrypted"
    # And the whole-dossier PDF can include the restricted one.
    cover = pdf_book.Cover("K7M3-9PX", "Thôn Bản Mé", "LĐTT", "Lò Văn An", "2026", 1, "1/12/2026")
    part = pdf_book.BookPart("application/pdf", aes_pdf(""), "Báo cáo", None, 2)
    pdf = pdf_book.build(cover, [part], "Hồ sơ")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 3  # the cover and the two pages


def test_cryptography_ships_with_the_bot() -> None:
    """pypdf needs it for AES; a test-only dependency pulled it in before, the wheel had none."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    names = [re.split(r"[=<>\[ ]", r)[0].lower() for r in pyproject["project"]["dependencies"]]
    assert "cryptography" in names


async def test_the_dossier_pdf_is_built_once_per_version(db: Database, tmp_path: Path) -> None:
    media = LocalMediaStore(tmp_path / "media")
    cache = DossierPdfCache(tmp_path / "cache")
    async with db.session() as session:
        p = await setup_people(session)
        d = await draft(session, p)
        await add(session, d, media, samples.jpeg("TT1"), "to_trinh")
        pages = await service.pages_of(session, d, kind())
        first = await service.dossier_pdf_file(cache, media, d, kind(), pages)
        again = await service.dossier_pdf_file(cache, media, d, kind(), pages)
        assert first == again and cache.builds == 1
        await add(session, d, media, samples.jpeg("BB"), "bien_ban")
        pages = await service.pages_of(session, d, kind())
        changed = await service.dossier_pdf_file(cache, media, d, kind(), pages)
    assert changed != first and cache.builds == 2
    assert not first.exists()  # the old version is gone from disk
    assert len(PdfReader(changed).pages) == 3  # the cover and the two pages


@pytest.mark.telegram_only
async def test_officer_gets_a_clear_message_for_a_giant_image_and_keeps_the_pages(
    harness: Harness,
) -> None:
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    await start_dossier(officer)
    big = samples.jpeg("Tờ trình", size=(4000, 3000))
    await officer.send_files([("trang1.jpg", big)], as_="document")
    await officer.expect("Đã nhận 1 trang")
    await officer.send_files([("to.png", giant_png())], as_="document")
    refusal = await officer.expect("quá lớn", "13000×13000")
    assert "vẫn được giữ nguyên" in refusal.text
    _, pages = await latest_dossier(harness)
    assert len(pages) == 1
    assert max(pages[0].width or 0, pages[0].height or 0) == PDF_MAX_SIDE  # stored downscaled


@pytest.mark.telegram_only  # the reviewer is on Zalo either way
async def test_pdf_link_opened_three_times_builds_once(harness: Harness) -> None:
    assert harness.app is not None
    officer = await harness.officer("THON-BM")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa", channel="zalo")
    dossier = await submit_simple_dossier(harness, officer)
    await reviewer.expect("Hồ sơ mới", codes.display(dossier.code))
    await reviewer.say(dossier.code)
    await reviewer.expect("Tình trạng")
    await reviewer.choose("Tải PDF hồ sơ")
    link = await reviewer.expect("Tải tệp", ".pdf")
    url = re.search(r"https?://\S+", link.text)
    assert url is not None
    cache = harness.app.services.get(DossierPdfCache)
    async with httpx.AsyncClient() as client:
        bodies = [(await client.get(url.group(0))).content for _ in range(3)]
    assert bodies[0] == bodies[1] == bodies[2]
    assert len(PdfReader(io.BytesIO(bodies[0])).pages) == 4  # the cover and the three pages
    assert cache.builds == 1
    async with harness.app.db.session() as session:
        count = len((await session.scalars(select(DossierPage))).all())
    assert count == 3


def test_a_pdf_with_too_many_pages_is_refused_with_the_count() -> None:
    writer = PdfWriter()
    for _ in range(files.MAX_PDF_PAGES + 1):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    refusal = files.inspect(out.getvalue(), doc("dai.pdf"), LIMIT)
    assert isinstance(refusal, Refusal) and refusal.reason == "pages"
    assert (refusal.size, refusal.limit) == (files.MAX_PDF_PAGES + 1, files.MAX_PDF_PAGES)
