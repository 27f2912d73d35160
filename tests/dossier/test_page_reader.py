"""Pages read by OCR and filed by what they are (issue 14, steps 2-3): a Biên bản sent under Tờ
trình is pointed out and moved on the officer's word; the text is kept per page."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.page_quality_bench import COMMUNES, NAMES, render_page
from bot.ocr import ocr_available
from handlers.dossier.classify import classify, fold, keywords_at, names_subject
from tests.dossier.flow import latest_dossier, start_dossier
from tests.e2e.harness import Harness

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not ocr_available(), reason="tesseract-ocr-vie not installed")


@pytest.fixture
def ocr_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TDKT_DOSSIER_OCR", "1")
    yield


def page_photo(doc: str, seed: int = 1) -> bytes:
    out = io.BytesIO()
    render_page(doc, random.Random(seed)).convert("RGB").save(out, format="JPEG", quality=85)
    return out.getvalue()


def test_titles_outweigh_a_passing_mention() -> None:
    keywords = keywords_at(ROOT / "content")
    bao_cao = "BÁO CÁO THÀNH TÍCH\nHọ và tên: Lò Thị Mai\n2. Có sáng kiến được công nhận;"
    assert classify(bao_cao, keywords) == "bao_cao_thanh_tich"
    # OCR drops marks; compared without them it is still a biên bản.
    assert classify("CONG HOA XA HOI\nBIEN BAN HOP\nThanh phan: 7/7", keywords) == "bien_ban"
    assert classify("Một trang không rõ là gì", keywords) is None


async def test_a_bien_ban_sent_under_to_trinh_is_caught_and_moved(
    ocr_on: None, harness: Harness
) -> None:
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    await start_dossier(officer)
    await officer.send_files([("trang1.jpg", page_photo("bien_ban"))], as_="photo")
    await officer.expect("Đã nhận 1 trang", "Tờ trình")
    hint = await officer.expect("đọc ra giống «Biên bản bình xét»", within=90)
    assert "Trang 1 vừa gửi cho «Tờ trình và danh sách»" in hint.text
    _, pages = await latest_dossier(harness)
    assert pages[0].ocr_class == "bien_ban"
    assert "bo phieu" in fold(pages[0].ocr_text or "")  # the text is kept with the page
    await officer.choose("Chuyển sang «Biên bản bình xét»")
    await officer.expect("Đã chuyển trang sang «Biên bản bình xét»")
    _, pages = await latest_dossier(harness)
    assert [(p.document, p.position) for p in pages] == [("bien_ban", 1)]


def test_the_subject_is_found_despite_ocr_slips() -> None:
    text = "BÁO CÁO THÀNH TÍCH\nHọ và tên: Hoàng ức Thắng; chức vụ: Trưởng thôn"
    assert names_subject(text, "Hoàng Đức Thắng")
    assert not names_subject(text, "Lò Thị Mai")


def seed_naming(name: str, other: bool) -> int:
    """A seed whose rendered page names ``name`` (or, if ``other``, someone else)."""
    for seed in range(100):
        rng = random.Random(seed)
        rng.choice(COMMUNES), rng.choice([2025, 2026])
        if (rng.choice(NAMES) == name) != other:
            return seed
    raise AssertionError("no such seed")


async def test_a_bao_cao_naming_someone_else_is_warned_not_blocked(
    ocr_on: None, harness: Harness
) -> None:
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    await start_dossier(officer, subject="Nguyễn Văn An")
    await officer.choose("Xong giấy tờ này")
    await officer.expect("Báo cáo thành tích", "2/4")
    page = page_photo("bao_cao", seed=seed_naming("Nguyễn Văn An", other=True))
    await officer.send_files([("bao-cao.jpg", page)], as_="photo")
    await officer.expect("Đã nhận 1 trang", "Báo cáo thành tích")
    warning = await officer.expect("không thấy tên «Nguyễn Văn An»", within=90)
    assert "Trang 1 là báo cáo thành tích" in warning.text
    _, pages = await latest_dossier(harness)
    assert [p.document for p in pages] == ["bao_cao_thanh_tich"]  # kept where it was sent
