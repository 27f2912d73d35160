"""Issue 19, end to end on both channels: a Chiến sĩ thi đua cơ sở proposed for hoàn thành xuất
sắc nhiệm vụ alone — registered without a sáng kiến, then proposed with a dossier that has no
sáng kiến recognition — through the sandbox (real bot, real HTTP, real SQLite)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.storage.models import Completion
from bot.storage.models.dossier import Dossier, DossierPage
from tests.dossier.flow import send_page
from tests.e2e.harness import Harness
from tests.registration.test_chat import fill_collective, people, registrations


@pytest.mark.parametrize("channel", ["telegram", "zalo"])
async def test_cstdcs_for_excellent_performance_without_a_sang_kien(
    harness: Harness, channel: str
) -> None:
    officer = await harness.officer("XA-CM", name="Lò Văn An", channel=channel)
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")

    # Registration: the sáng kiến question can be skipped for CSTĐCS.
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer, title="Xã, phường, đặc khu tiêu biểu")
    await officer.choose("Thêm từng người")
    await officer.expect("Họ và tên")
    for answer, question in [
        ("Quàng Văn Dũng", "Năm sinh"),
        ("1985", "Giới tính"),
        ("nam", "Chức vụ"),
        ("Công chức Tư pháp - Hộ tịch", "Bộ phận"),
        ("bỏ qua", "Danh hiệu đăng ký"),
    ]:
        await officer.say(answer)
        await officer.expect(question)
    await officer.choose("Chiến sĩ thi đua cơ sở")
    asked = await officer.expect("Sáng kiến dự kiến", "không bắt buộc")
    assert "Bỏ qua" in asked.labels
    await officer.choose("Bỏ qua")
    await officer.expect("Ghi chú")
    await officer.choose("Bỏ qua")
    await officer.expect("Xem lại", "Quàng Văn Dũng", "Chiến sĩ thi đua cơ sở")
    await officer.choose("Lưu người này")
    await officer.expect("Đã thêm Quàng Văn Dũng — Chiến sĩ thi đua cơ sở")
    # Pasted lines: CSTĐCS without a sáng kiến is valid; CSTĐ tỉnh still needs one (Điều 22).
    await officer.choose("Dán danh sách nhiều người")
    await officer.expect("Dán danh sách cá nhân")
    await officer.say(
        "Lò Thị Mai, 1982, nữ, công chức văn phòng, CSTĐCS\n"
        "Hà Văn Tiến, 1976, nam, phó chủ tịch, CSTĐ tỉnh"
    )
    pasted = await officer.expect("1 dòng cần sửa")
    assert "Hợp lệ, chờ lưu (1 người)" in pasted.text and "Lò Thị Mai" in pasted.text
    assert 'Dòng 2: "Hà Văn Tiến' in pasted.text and "cần ghi tên sáng kiến" in pasted.text
    await officer.choose("Lưu 1 người hợp lệ")
    await officer.expect("Đã thêm 1 người")
    await officer.choose("Bỏ danh sách này")  # the CSTĐ tỉnh line is not wanted here
    await officer.expect("Đã bỏ các dòng chưa lưu")
    await officer.choose("Xem lại và gửi")
    await officer.expect("Bản đăng ký thi đua năm 2026", "Quàng Văn Dũng")
    await officer.choose("Gửi bản đăng ký")
    await officer.expect("Đã gửi bản đăng ký thi đua năm 2026")
    registered = {p.full_name: p for p in await people(harness)}
    assert set(registered) == {"Quàng Văn Dũng", "Lò Thị Mai"}
    assert all(p.title == "cstdcs" and not p.initiative for p in registered.values())
    [reg] = await registrations(harness)
    assert reg.status.value == "submitted"

    # The dossier: the route is asked, and no sáng kiến recognition is demanded on it.
    await officer.say("/nophoso")
    await officer.expect("đề nghị khen thưởng gì")
    await officer.choose("Chiến sĩ thi đua cơ sở")
    route = await officer.expect("theo tiêu chuẩn nào", "Điều 23")
    assert "Có sáng kiến được cơ sở công nhận" in route.labels
    await officer.choose("Hoàn thành xuất sắc nhiệm vụ")
    await officer.expect("Họ tên cá nhân")
    await officer.say("Quàng Văn Dũng")
    await officer.expect("năm nào")
    await officer.say("2026")
    await officer.expect("Đợt hoặc giai đoạn")
    await officer.choose("Bỏ qua")
    await officer.expect("Ghi chú")
    await officer.choose("Bỏ qua")
    await officer.expect("Quàng Văn Dũng", "Hoàn thành xuất sắc nhiệm vụ")
    await officer.choose("Đúng, sang phần giấy tờ")
    created = await officer.expect("Đã tạo hồ sơ nháp", "hoàn thành xuất sắc nhiệm vụ")
    assert "sáng kiến" not in created.text.split("Giấy tờ cần nộp")[1].split("Danh mục")[0]
    assert "Nghị định 152/2025/NĐ-CP, Điều 6 khoản 2 điểm c" in created.text
    assert "(1/4)" in created.text  # tờ trình, báo cáo, biên bản, giấy tờ khác
    for index, label in enumerate(("Tờ trình", "Báo cáo thành tích", "Biên bản họp")):
        await send_page(officer, f"Quàng Văn Dũng {label}", seed=index)
        await officer.choose("Xong giấy tờ này")
    await officer.expect("Đã đủ giấy tờ bắt buộc")
    await officer.choose("Nộp hồ sơ")
    await officer.expect("Đã nộp hồ sơ", "Mã theo dõi")
    note = await reviewer.expect("Hồ sơ mới", "Quàng Văn Dũng")
    assert "hoàn thành xuất sắc nhiệm vụ" in note.text

    assert harness.app is not None
    async with harness.app.db.session() as session:
        dossier = await session.scalar(select(Dossier))
        assert dossier is not None
        assert dossier.kind == "chien_si_thi_dua_co_so.xuat_sac"
        assert dossier.status == "submitted"
        documents = set(
            await session.scalars(
                select(DossierPage.document).where(DossierPage.dossier_id == dossier.id)
            )
        )
        actions = set(await session.scalars(select(Completion.action)))
    assert documents == {"to_trinh", "bao_cao_thanh_tich", "bien_ban"}
    # Plan deadlines for CSTĐCS dossiers are met whatever the route.
    assert "dossier:chien_si_thi_dua_co_so" in actions
