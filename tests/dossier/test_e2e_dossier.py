"""Dossiers through the sandbox: the real bot over real HTTP, real photos and PDFs."""

from __future__ import annotations

import io
import os
import re

import httpx
import pytest
from pypdf import PdfReader

from bot.core import codes
from tests.dossier import samples
from tests.dossier.flow import latest_dossier, send_page, start_dossier, submit_simple_dossier
from tests.e2e.harness import Harness, UserChat


async def download(harness: Harness, chat: UserChat, message_doc: dict) -> bytes:  # type: ignore[type-arg]
    assert harness.http is not None
    response = await harness.http.get(f"/api/files/{message_doc['file_id']}")
    response.raise_for_status()
    return response.content


@pytest.mark.telegram_only
async def test_complete_dossier_album_of_ten_photos_and_a_pdf(harness: Harness) -> None:
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    await start_dossier(officer)
    album = [(f"trang{i}.jpg", samples.jpeg("Tờ trình", seed=i)) for i in range(1, 11)]
    await officer.send_files(album, as_="photo")
    ack = await officer.expect("Đã nhận 10 trang", "Tờ trình")
    assert "✅ Tờ trình và danh sách — 10 trang" in ack.text
    # One acknowledgement for the whole album, not ten.
    assert sum("Đã nhận" in m.text for m in await officer.collect(quiet=2.0)) == 0
    assert sum("Đã nhận" in m.text for m in officer.transcript) == 1
    await officer.choose("Xong giấy tờ này")
    await officer.expect("Báo cáo thành tích", "2/4")
    await officer.send_files([("bao-cao.pdf", samples.pdf(3))], as_="document")
    await officer.expect("Đã nhận 3 trang", "Báo cáo thành tích")
    await officer.choose("Xong giấy tờ này")
    await officer.expect("Biên bản bình xét", "3/4")
    await officer.send_files([("bien-ban.jpg", samples.jpeg("Biên bản"))], as_="photo")
    # The same photo twice is stored once.
    await officer.expect("Đã nhận 1 trang")
    await officer.send_files([("bien-ban.jpg", samples.jpeg("Biên bản"))], as_="photo")
    await officer.expect("đã có trong hồ sơ")
    await officer.choose("Xong giấy tờ này")
    ready = await officer.expect("Đã đủ giấy tờ bắt buộc")
    assert "Thêm: Giấy tờ khác" in ready.labels
    await officer.choose("Nộp hồ sơ")
    done = await officer.expect("Đã nộp hồ sơ", "Mã theo dõi")

    dossier, pages = await latest_dossier(harness)
    assert dossier.status == "submitted"
    assert codes.display(dossier.code) in done.text
    assert [(p.document, p.position) for p in pages if p.document == "to_trinh"] == [
        ("to_trinh", i) for i in range(1, 11)
    ]
    assert len(pages) == 12 and sum(p.page_count for p in pages) == 14
    assert {p.width for p in pages if p.file_kind == "photo"} == {1280}  # the largest size
    note = await reviewer.expect("Hồ sơ mới", codes.display(dossier.code))
    assert "Thôn Bản Mé" in note.text


async def test_missing_required_document_blocks_submission(harness: Harness) -> None:
    officer = await harness.officer("XA-CM")
    await start_dossier(
        officer, kind="Chiến sĩ thi đua cơ sở", route="Có sáng kiến được cơ sở công nhận"
    )
    await send_page(officer, "Tờ trình")
    await officer.choose("Nộp hồ sơ")
    blocked = await officer.expect("Chưa nộp được")
    for label in ("Báo cáo thành tích", "Biên bản họp Hội đồng TĐKT", "Công nhận sáng kiến"):
        assert label in blocked.text
    # The bot moves straight to the first missing document.
    assert "📄 Báo cáo thành tích (2/5)" in blocked.text
    dossier, pages = await latest_dossier(harness)
    assert dossier.status == "draft" and len(pages) == 1


@pytest.mark.telegram_only
async def test_wrong_type_and_oversized_file_refused_pages_kept(harness: Harness) -> None:
    officer = await harness.officer("XA-CM")
    await start_dossier(officer)
    await officer.send_files(
        [("t1.jpg", samples.jpeg("T", seed=1)), ("t2.jpg", samples.jpeg("T", seed=2))], as_="photo"
    )
    await officer.expect("Đã nhận 2 trang")
    await officer.send_files([("to-trinh.docx", samples.docx_bytes())], as_="document")
    wrong = await officer.expect("không nhận được")
    assert "PDF" in wrong.text and "giữ nguyên" in wrong.text
    huge = b"%PDF-1.4\n" + os.urandom(21 * 1024 * 1024)
    await officer.send_files([("scan-ca-ho-so.pdf", huge)], as_="document")
    big = await officer.expect("quá lớn")
    assert "20 MB" in big.text and "giữ nguyên" in big.text
    await officer.send_files([("anh-nho.jpg", samples.jpeg("nho", size=(640, 480)))], as_="photo")
    small = await officer.expect("quá nhỏ")
    assert "dạng tệp" in small.text
    # Resent as a file at full size, it is accepted.
    await officer.send_files(
        [("anh-ro.jpg", samples.jpeg("ro", size=(2048, 1536)))], as_="document"
    )
    await officer.expect("Đã nhận 1 trang", "nay có 3 trang")
    _, pages = await latest_dossier(harness)
    assert len(pages) == 3


async def test_restart_halfway(harness: Harness) -> None:
    officer = await harness.officer("XA-CM")
    await start_dossier(officer)
    await officer.send_files(
        [("a.jpg", samples.jpeg("A", seed=1)), ("b.jpg", samples.jpeg("B", seed=2))], as_="photo"
    )
    await officer.expect("Đã nhận 2 trang")
    await officer.choose("Xong giấy tờ này")
    await officer.expect("Báo cáo thành tích")
    await harness.restart()
    # The conversation continues at the same document, with the pages already sent.
    await send_page(officer, "Báo cáo")
    assert "✅ Tờ trình và danh sách — 2 trang" in officer.transcript[-1].text
    await officer.choose("Xong giấy tờ này")
    await send_page(officer, "Biên bản")
    await officer.choose("Nộp hồ sơ")
    await officer.expect("Đã nộp hồ sơ")
    dossier, pages = await latest_dossier(harness)
    assert dossier.status == "submitted" and len(pages) == 4


@pytest.mark.telegram_only
async def test_review_loop_needs_more_then_approved(harness: Harness) -> None:
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    dossier = await submit_simple_dossier(harness, officer)
    code = codes.display(dossier.code)
    await reviewer.expect("Hồ sơ mới", code)

    # The reviewer works from the queue, oldest first, with counts by status.
    await reviewer.choose("Hàng chờ thẩm định")
    await reviewer.expect("Hàng chờ thẩm định")
    await reviewer.choose("Hồ sơ đề nghị khen thưởng")
    queue = await reviewer.expect("Chờ thẩm định", code)
    assert "Đã nộp: 1" in queue.text
    await reviewer.choose(code)
    opened = await reviewer.expect("Tình trạng", "Đang thẩm định")
    assert "✅ Biên bản bình xét — 1 trang" in opened.text
    await officer.expect(code, "Đang thẩm định")

    await reviewer.choose("Tải PDF hồ sơ")
    await reviewer.expect(code, "4 trang (kể cả trang bìa)")
    pdf_message = next(m for m in await reviewer.collect() + reviewer.transcript if m.document)
    pdf = await download(harness, reviewer, pdf_message.document)  # type: ignore[arg-type]
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 4

    await reviewer.choose("Cần bổ sung")
    await reviewer.expect("lý do")
    await reviewer.say("Biên bản thiếu trang 2 có chữ ký của thư ký")
    done = await reviewer.expect("Đã chuyển", "Cần bổ sung")
    assert "đã báo cho cán bộ" in done.text
    told = await officer.expect(code, "Cần bổ sung", "thiếu trang 2 có chữ ký")
    assert "Bổ sung hồ sơ" in told.labels

    # The reason names the Biên bản: the supplement opens there, not at the Tờ trình.
    await officer.choose("Bổ sung hồ sơ")
    await officer.expect("Biên bản bình xét (3/4)", "đã có 1 trang")
    await send_page(officer, "Biên bản trang 2")
    await officer.choose("Nộp bổ sung")
    await officer.expect("Đã nộp bổ sung", code)

    await reviewer.expect("Hồ sơ đã bổ sung", code)
    await reviewer.choose("Mở hồ sơ")
    reopened = await reviewer.expect("Tình trạng", "✅ Biên bản bình xét — 2 trang")
    assert "Đã bổ sung" in reopened.text and "thiếu trang 2" in reopened.text
    await reviewer.choose("Đạt")
    await reviewer.expect("Đã chuyển", "Đạt")
    await officer.expect(code, "Tình trạng mới: Đạt")

    # Officer's side: the status and history by code.
    await officer.say(dossier.code.lower())
    status = await officer.expect("Tình trạng: Đạt")
    for step in ("Đã nộp", "Đang thẩm định", "Cần bổ sung", "Đã bổ sung", "Đạt"):
        assert step in status.text


async def test_lookup_by_code_in_lower_case_without_dash(harness: Harness) -> None:
    officer = await harness.officer("XA-CM")
    dossier = await submit_simple_dossier(harness, officer)
    await officer.say(dossier.code.lower())
    found = await officer.expect("Tình trạng: Đã nộp")
    assert codes.display(dossier.code) in found.text
    await officer.choose("Trình đơn chính")
    await officer.choose("Tra cứu hồ sơ")
    await officer.expect("mã theo dõi")
    spaced = f"{dossier.code[:3]} {dossier.code[3:]}".lower()
    await officer.say(spaced)
    await officer.expect("Tình trạng: Đã nộp")
    await officer.say("/hoso")
    listing = await officer.expect("Hồ sơ của Xã Chiềng Mung")
    assert codes.display(dossier.code) in listing.text and "Đã nộp" in listing.text


async def test_other_commune_and_made_up_code_get_the_same_not_found(harness: Harness) -> None:
    officer = await harness.officer("XA-CM")
    dossier = await submit_simple_dossier(harness, officer)
    stranger = await harness.officer("XA-MB", name="Quàng Văn Bình")
    await stranger.say(dossier.code.lower())
    hidden = await stranger.expect("Không tìm thấy")
    made_up = codes.generate(codes.TRACKING_LENGTH)
    while made_up == dossier.code:
        made_up = codes.generate(codes.TRACKING_LENGTH)
    await stranger.say(codes.display(made_up))
    missing = await stranger.expect("Không tìm thấy")

    def without_code(text: str, code: str) -> str:
        return text.replace(codes.display(code), "<code>")

    assert without_code(hidden.text, dossier.code) == without_code(missing.text, made_up)
    assert hidden.labels == missing.labels
    # A code with a wrong check character, typed in "Tra cứu hồ sơ": the same answer.
    await stranger.choose("Tra cứu hồ sơ")
    await stranger.expect("mã theo dõi")
    typo = dossier.code[:-1] + next(c for c in codes.ALPHABET if c != dossier.code[-1])
    await stranger.say(typo.lower())
    await stranger.expect("Không tìm thấy", codes.display(typo))
    # The reviewer of the other commune cannot see it either; /hoso with the code says the same.
    far = await harness.officer("XA-MB", role="reviewer", name="Tòng Văn C")
    await far.say(f"/hoso {dossier.code}")
    await far.expect("Không tìm thấy")


async def test_zalo_reviewer_gets_the_pdf_as_a_signed_link(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa", channel="zalo")
    dossier = await submit_simple_dossier(harness, officer)
    await reviewer.expect("Hồ sơ mới", codes.display(dossier.code))
    await reviewer.say(dossier.code)
    await reviewer.expect("Tình trạng")
    await reviewer.choose("Tải PDF hồ sơ")
    link_message = await reviewer.expect("Tải tệp", ".pdf")
    url = re.search(r"https?://\S+", link_message.text)
    assert url is not None
    async with httpx.AsyncClient() as client:
        response = await client.get(url.group(0))
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/pdf"
        assert len(PdfReader(io.BytesIO(response.content)).pages) == 4
    # A second dossier that exists: this link's signature must not open it.
    other = await submit_simple_dossier(harness, officer, subject="Lò Thị Bình")
    assert other.id != dossier.id
    async with httpx.AsyncClient() as client:
        forged = url.group(0).replace(f"/hoso/{dossier.id}/", f"/hoso/{other.id}/")
        refused = await client.get(forged)
        assert refused.status_code == 404
        assert "không hợp lệ" in refused.text


async def test_draft_survives_cancel_and_is_resumed(harness: Harness) -> None:
    officer = await harness.officer("XA-CM")
    await start_dossier(officer)
    await send_page(officer, "Tờ trình")
    await officer.say("/huy")
    await officer.expect("Đã hủy")
    await officer.choose("Nộp hồ sơ")
    await officer.expect("hồ sơ đang làm dở")
    await officer.choose("Tiếp tục")
    await officer.expect("✅ Tờ trình và danh sách — 1 trang", "Báo cáo thành tích (2/4)")
    dossier, pages = await latest_dossier(harness)
    assert dossier.status == "draft" and len(pages) == 1
