"""Pages read by OCR and filed by what they are (issue 14, steps 2-3): a Biên bản sent under Tờ
trình is pointed out and moved on the officer's word; the text is kept per page."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.page_quality_bench import render_page
from bot.ocr import ocr_available
from handlers.dossier.classify import classify, fold, keywords_at
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
