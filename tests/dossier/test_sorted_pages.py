"""Pages sent without choosing an item are filed by what OCR reads on them; the reviewer then
sees what OCR found per item, pages through them, and gets a PDF whose pages carry the OCR'd
words as a searchable layer (issue 14, steps 3-4). Real Tesseract, real photos, both channels."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import httpx
import pytest
from pypdf import PdfReader

from bot.core import codes
from bot.ocr import ocr_available
from handlers.dossier.classify import fold
from tests.dossier.flow import latest_dossier, start_dossier
from tests.dossier.test_page_reader import page_photo
from tests.e2e.harness import Harness, UserChat

pytestmark = pytest.mark.skipif(not ocr_available(), reason="tesseract-ocr-vie not installed")

#: OCR of one page takes seconds of a shared core; three pages queue behind each other.
READ_WITHIN = 120


@pytest.fixture
def ocr_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TDKT_DOSSIER_OCR", "1")
    yield


async def pdf_of(harness: Harness, reviewer: UserChat, code: str) -> PdfReader:
    """The whole-dossier PDF as the reviewer receives it: a file on Telegram, a link on Zalo."""
    assert harness.http is not None
    await reviewer.choose("Tải PDF hồ sơ")
    if reviewer.channel == "zalo":
        link = await reviewer.expect("Tải tệp", ".pdf")
        url = re.search(r"https?://\S+", link.text)
        assert url is not None
        async with httpx.AsyncClient() as client:
            response = await client.get(url.group(0))
        response.raise_for_status()
        return PdfReader(io.BytesIO(response.content))
    await reviewer.expect(code, "kể cả trang bìa")
    message = next(m for m in await reviewer.collect() + reviewer.transcript if m.document)
    assert message.document is not None
    response = await harness.http.get(f"/api/files/{message.document['file_id']}")
    response.raise_for_status()
    return PdfReader(io.BytesIO(response.content))


async def test_mixed_pages_are_filed_by_class_and_the_reviewer_sees_what_was_read(
    ocr_on: None, harness: Harness
) -> None:
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    await start_dossier(officer)
    await officer.choose("Gửi lẫn, bot tự xếp")
    await officer.expect("không cần theo thứ tự", "Tờ trình và danh sách")
    mixed = [
        ("bien-ban.jpg", page_photo("bien_ban", seed=1)),
        ("bao-cao.jpg", page_photo("bao_cao", seed=2)),
        ("to-trinh.jpg", page_photo("to_trinh", seed=3)),
    ]
    await officer.send_files(mixed, as_="photo")
    await officer.expect("Đã nhận 3 trang", "Bot đang đọc")
    told = [
        (await officer.expect("đọc ra là", "đã xếp vào đó", within=READ_WITHIN)).text for _ in mixed
    ]
    for label in ("«Biên bản bình xét»", "«Báo cáo thành tích»", "«Tờ trình và danh sách»"):
        assert sum(label in text for text in told) == 1, (label, told)
    dossier, pages = await latest_dossier(harness)
    assert sorted(p.document for p in pages) == ["bao_cao_thanh_tich", "bien_ban", "to_trinh"]
    assert not any(p.unsorted for p in pages)

    await officer.choose("Nộp hồ sơ")
    await officer.expect("Đã nộp hồ sơ", "Mã theo dõi")
    code = codes.display(dossier.code)
    await reviewer.expect("Hồ sơ mới", code)
    await reviewer.choose("Mở hồ sơ")
    opened = await reviewer.expect("Tình trạng", "Bot đọc các trang")
    # What OCR read, per item (compared without marks: OCR sometimes drops them).
    for line in (
        "Tờ trình và danh sách: 1 trang ✓ (đọc được «TỜ TRÌNH»)",
        "Báo cáo thành tích: 1 trang ✓ (đọc được «BÁO CÁO THÀNH TÍCH»)",
        "Biên bản bình xét: 1 trang ✓ (đọc được «BIÊN BẢN HỌP»)",
    ):
        assert fold(line) in fold(opened.text), line

    await reviewer.choose("Xem từng trang")
    await reviewer.expect("Trang 1/3", "Tờ trình và danh sách")
    first = await reviewer.expect("Trang 1/3", code)
    assert fold("Đọc được: «TỜ TRÌNH»") in fold(first.text)

    book = await pdf_of(harness, reviewer, code)
    assert len(book.pages) == 4
    cover = book.pages[0].extract_text()
    assert code in cover and "Biên bản bình xét: 1 trang (trang 4)" in cover
    # The Biên bản photo (page 4) carries the words OCR read on it, invisibly.
    assert "bo phieu" in fold(book.pages[3].extract_text())
    assert "Biên bản bình xét — trang 1/1" in book.pages[3].extract_text()
