"""Issue 18 in the chat: a reviewer imports a legal text; officers get answers quoting it."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.harness import Harness

FIXTURES = Path(__file__).resolve().parents[1] / "knowledge" / "fixtures" / "law"
PRIZE = "học sinh đạt giải nhất học sinh giỏi quốc gia được thưởng bao nhiêu"


async def test_an_imported_text_answers_and_survives_a_restart(harness: Harness) -> None:
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Duyên")
    officer = await harness.officer("THON-BM", name="Lò Văn Pọm")
    await officer.say(PRIZE)
    await officer.expect("Chưa có câu trả lời chắc chắn")

    await reviewer.say("/vanban")
    await reviewer.expect("Nhập văn bản pháp luật")
    await reviewer.send_files([("ghi-chu.txt", "Họp chi bộ, không có điều nào.".encode())])
    refused = await reviewer.expect("Không tách được điều khoản")
    assert "Hủy" in refused.labels  # still in the flow: a better file can follow
    text = (FIXTURES / "qd-77-2025-tinh-mau.txt").read_bytes()
    await reviewer.send_files([("qd-77-2025-tinh-mau.txt", text)], as_="document")
    summary = await reviewer.expect("Đã nhập Quyết định 77/2025/QĐ-UBND")
    assert summary.has("Hiệu lực từ 15/08/2025") and summary.has("Thay thế: 20/2019/QĐ-UBND")
    assert summary.has("Quy định còn nêu cấp huyện") and summary.has("Điều 10")

    await officer.say(PRIZE)
    answer = await officer.expect("Căn cứ: Điều 8 khoản 1 điểm a Quyết định 77/2025/QĐ-UBND")
    assert answer.has("tiền thưởng 5.000.000 đồng")

    await harness.restart()
    await officer.say(PRIZE)
    await officer.expect("Căn cứ: Điều 8 khoản 1 điểm a Quyết định 77/2025/QĐ-UBND")


async def test_a_text_another_process_imported_is_quoted_without_a_restart(
    harness: Harness,
) -> None:
    from bot.knowledge.law.cli import read_document
    from bot.knowledge.law.store import save_document

    officer = await harness.officer("THON-BM", name="Lò Văn Pọm")
    await officer.say(PRIZE)
    await officer.expect("Chưa có câu trả lời chắc chắn")
    # another replica (or `tdkt law import` on the server) writes the text to the shared database
    assert harness.app is not None
    async with harness.app.db.session() as session:
        await save_document(session, read_document(FIXTURES / "qd-77-2025-tinh-mau.txt"))
    await officer.say(PRIZE)
    answer = await officer.expect("Căn cứ: Điều 8 khoản 1 điểm a Quyết định 77/2025/QĐ-UBND")
    assert answer.has("tiền thưởng 5.000.000 đồng")
    # nothing was written beside the database
    assert not (harness.tmp_path / "var" / "law").exists()


async def test_officers_cannot_import_texts(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.say("/vanban")
    reply = await officer.expect("")
    assert not reply.has("Nhập văn bản pháp luật")


#: the Kỷ niệm chương entry says who sets one's criteria, never a province's years of service
KNC = "công chức nữ công tác mấy năm thì được tặng kỷ niệm chương của tỉnh"


async def test_a_province_text_answers_what_the_entry_leaves_to_the_province(
    harness: Harness,
) -> None:
    """Task h22: the answer about Kỷ niệm chương defers to the body that created it; once the
    province's own resolution is imported, its clause (verbatim, cited) answers the years."""
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Duyên")
    officer = await harness.officer("THON-BM", name="Lò Văn Pọm")
    await officer.say(KNC)
    before = await officer.expect("Kỷ niệm chương")
    assert not before.has("15 năm") and not before.has("12/2025/NQ-HĐND")

    await reviewer.say("/vanban")
    await reviewer.expect("Nhập văn bản pháp luật")
    text = (FIXTURES / "nq-12-2025-tinh-mau.txt").read_bytes()
    await reviewer.send_files([("nq-12-2025-tinh-mau.txt", text)], as_="document")
    await reviewer.expect("Đã nhập Nghị quyết 12/2025/NQ-HĐND")

    await officer.say(KNC)
    answer = await officer.expect("Theo Điều 3 khoản 1 Nghị quyết 12/2025/NQ-HĐND")
    assert answer.has("đủ 15 năm đối với nữ")
    assert answer.has("Kỷ niệm chương")  # the entry's own answer is still there, first
