"""Đăng ký thi đua through the sandbox: the real bot, real HTTP, a fake clock."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from bot.storage.models import AuditLog, Completion
from bot.storage.models.registration import RegisteredPerson, Registration
from tests.e2e.harness import Harness, UserChat
from tests.registration.conftest import ShiftedClock


async def registrations(harness: Harness) -> list[Registration]:
    assert harness.app is not None
    async with harness.app.db.session() as session:
        return list((await session.scalars(select(Registration))).all())


async def people(harness: Harness) -> list[RegisteredPerson]:
    assert harness.app is not None
    async with harness.app.db.session() as session:
        rows = await session.scalars(
            select(RegisteredPerson).order_by(
                RegisteredPerson.registration_id, RegisteredPerson.seq
            )
        )
        return list(rows.all())


async def fill_collective(
    officer: UserChat, *, title: str = "Thôn, tổ dân phố văn hóa", started: bool = False
) -> None:
    """Step 1 by buttons, from the first question to the saved collective part."""
    if not started:
        await officer.expect("Phong trào thi đua", "Bước 1")
    await officer.choose("Dân vận khéo")
    await officer.expect("Đã chọn: Dân vận khéo")
    await officer.choose("Chung sức xây dựng nông thôn mới")
    await officer.expect("Đã chọn: Dân vận khéo; Chung sức")
    await officer.choose("Xong")
    await officer.expect("Danh hiệu tập thể")
    await officer.choose(title)
    await officer.expect("Chỉ tiêu thi đua chính")
    await officer.say("100% hộ ký cam kết\n95% hộ đạt Gia đình văn hóa")
    await officer.expect("Điện thoại liên hệ")
    await officer.say("0912 345 678")
    await officer.expect("Xem lại", "0912345678")
    await officer.choose("Lưu phần tập thể")
    await officer.expect("Đã lưu phần tập thể")


@pytest.mark.parametrize("channel", ["telegram", "zalo"])
async def test_full_registration_by_buttons(harness: Harness, channel: str) -> None:
    officer = await harness.officer("THON-BM", name="Lò Văn An", channel=channel)
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer)

    await officer.choose("Thêm từng người")
    await officer.expect("Họ và tên")
    await officer.say("Nguyễn Văn An")
    await officer.expect("Năm sinh")
    await officer.say("1980")
    await officer.expect("Giới tính")
    await officer.choose("Nam")
    await officer.expect("Chức vụ")
    await officer.say("Trưởng thôn")
    await officer.expect("Bộ phận")
    await officer.choose("Bỏ qua")
    await officer.expect("Danh hiệu đăng ký")
    await officer.choose("Chiến sĩ thi đua cơ sở")
    await officer.expect("Sáng kiến dự kiến")
    await officer.say("Ứng dụng Zalo trong tuyên truyền nếp sống văn hóa")
    await officer.expect("Ghi chú")
    await officer.choose("Bỏ qua")
    review = await officer.expect("Xem lại", "Nguyễn Văn An", "Chiến sĩ thi đua cơ sở")
    assert "Sửa: Năm sinh" in review.labels
    # Fix a mistake before confirming: the birth year.
    await officer.choose("Sửa: Năm sinh")
    await officer.expect("Năm sinh", "Đang ghi: 1980")
    await officer.say("1981")
    await officer.expect("Xem lại", "1981")
    await officer.choose("Lưu người này")
    await officer.expect("Đã thêm Nguyễn Văn An", "1 người")

    await officer.choose("Xem lại và gửi")
    await officer.expect("Bản đăng ký thi đua năm 2026", "Nguyễn Văn An, 1981")
    await officer.choose("Gửi bản đăng ký")
    done = await officer.expect("Đã gửi bản đăng ký thi đua năm 2026", "Thôn Bản Mé")
    assert "sau hạn" not in done.text
    await reviewer.expect("Thôn Bản Mé đã gửi bản đăng ký thi đua năm 2026")

    [reg] = await registrations(harness)
    assert reg.status.value == "submitted" and not reg.late
    assert reg.collective_title == "thon_tdp_van_hoa"
    assert reg.phone == "0912345678"
    assert reg.targets == "100% hộ ký cam kết\n95% hộ đạt Gia đình văn hóa"
    assert len(reg.movement_ids) == 2
    [person] = await people(harness)
    assert (person.full_name, person.birth_year, person.gender) == ("Nguyễn Văn An", 1981, "nam")
    assert person.title == "cstdcs" and person.initiative.startswith("Ứng dụng Zalo")
    assert person.department is None
    assert harness.app is not None
    async with harness.app.db.session() as session:
        done_rows = (await session.scalars(select(Completion))).all()
        actions = {a.action for a in (await session.scalars(select(AuditLog))).all()}
    assert [(c.action, c.year, c.source) for c in done_rows] == [
        ("registration", 2026, f"registration:{reg.id}")
    ]
    assert {"registration.collective", "registration.person.add", "registration.submit"} <= actions

    # A second attempt opens the existing registration; editing still works before the deadline.
    await officer.say("/dangky")
    hub = await officer.expect("đã có bản đăng ký thi đua năm 2026", "đã gửi")
    assert "Sửa phần tập thể" in hub.labels
    await officer.choose("Sửa phần tập thể")
    await officer.expect("Xem lại", "0912345678")
    await officer.choose("Sửa: Điện thoại liên hệ")
    await officer.expect("Điện thoại liên hệ", "Đang ghi: 0912345678")
    await officer.say("abc")
    await officer.expect("chưa đúng: cần 10 chữ số")
    await officer.say("+84 987 654 321")
    await officer.expect("Xem lại", "0987654321")
    await officer.choose("Lưu phần tập thể")
    await officer.expect("bản đăng ký đã gửi được cập nhật")
    [reg] = await registrations(harness)
    assert reg.phone == "0987654321" and reg.status.value == "submitted"
    async with harness.app.db.session() as session:
        edits = (
            await session.scalars(
                select(AuditLog).where(AuditLog.action == "registration.collective")
            )
        ).all()
    assert [e.details["submitted"] for e in edits] == [False, True]
    assert edits[-1].details["old"]["phone"] == "0912345678"


async def test_collective_title_refused_for_unit_kind(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.choose("Đăng ký thi đua")
    await officer.expect("Phong trào thi đua")
    await officer.say("1, 3")
    question = await officer.expect("Danh hiệu tập thể")
    assert "Xã, phường, đặc khu tiêu biểu" not in question.labels
    await officer.say("xã tiêu biểu")
    refusal = await officer.expect("Không đăng ký được", "chỉ dành cho xã, phường, đặc khu")
    assert "Thôn Bản Mé là thôn" in refusal.text
    await officer.say("thon van hoa")
    await officer.expect("Chỉ tiêu thi đua chính")


async def test_provincial_title_needs_three_cstdcs(harness: Harness) -> None:
    officer = await harness.officer("XA-CM")
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer, title="Xã, phường, đặc khu tiêu biểu")
    await officer.choose("Thêm từng người")
    await officer.expect("Họ và tên")
    for answer, question in [
        ("Hà Văn Tiến", "Năm sinh"),
        ("1976", "Giới tính"),
        ("nam", "Chức vụ"),
        ("Phó Chủ tịch UBND xã", "Bộ phận"),
        ("bỏ qua", "Danh hiệu đăng ký"),
        ("cstđ tỉnh", "Sáng kiến dự kiến"),
        ("Quy trình một cửa liên thông điện tử", "3 lần liên tục"),
    ]:
        await officer.say(answer)
        await officer.expect(question)
    await officer.choose("Chưa đủ")
    refusal = await officer.expect("chỉ xét cho người có 3 lần liên tục", "Danh hiệu đăng ký")
    assert "Chiến sĩ thi đua cơ sở" in refusal.labels
    await officer.choose("Chiến sĩ thi đua cơ sở")
    # The initiative typed before is kept.
    await officer.expect("Ghi chú")
    await officer.choose("Bỏ qua")
    review = await officer.expect("Xem lại", "Quy trình một cửa liên thông điện tử")
    assert "3 lần" not in review.text
    await officer.choose("Lưu người này")
    await officer.expect("Đã thêm Hà Văn Tiến — Chiến sĩ thi đua cơ sở")


async def test_year_is_asked_at_the_end_of_the_year(harness: Harness, clock: ShiftedClock) -> None:
    from zoneinfo import ZoneInfo

    clock.set(datetime(2026, 11, 20, 9, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")))
    officer = await harness.officer("THON-BM")
    await officer.choose("Đăng ký thi đua")
    await officer.expect("Anh/chị đăng ký cho năm nào?")
    await officer.choose("2027")
    await officer.expect("Đăng ký thi đua năm 2027", "Bước 1")
    [reg] = await registrations(harness)
    assert reg.year == 2027


async def test_why_registration_is_not_mandatory(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.choose("Đăng ký thi đua")
    await officer.expect("Phong trào thi đua")
    await officer.choose("Về bản đăng ký")
    await officer.expect("Đăng ký thi đua năm 2026", "Phần tập thể: đang điền dở")
    await officer.choose("Đăng ký có bắt buộc không?")
    answer = await officer.expect("Điều 7", "không còn là điều kiện bắt buộc")
    assert "không được xét" not in answer.text
    await officer.say("Không đăng ký thi đua thì có sao không, có bắt buộc không?")
    typed = await officer.expect("không còn là điều kiện bắt buộc")
    assert "Điền phần tập thể" in typed.labels
    # A person typed straight at the hub is taken as a pasted line.
    await officer.say("Nguyễn Văn An, 1980, nam, công chức văn hóa, LĐTT")
    await officer.expect("Tất cả đều hợp lệ", "Nguyễn Văn An (1980)")


LINES_WITH_TWO_BAD = """Nguyễn Văn An, 1980, nam, công chức văn hóa, LĐTT
Trần Thị Bình, 198, nữ, kế toán, LĐTT
Lò Văn Cường, 1979, nam, trưởng thôn, CSTĐCS, Số hóa sổ hộ khẩu thôn
Hoàng Thị Dung, 1990, nữ, y tế thôn bản, LĐTX
Phạm Văn Em, 1985, nam, công an viên, LĐTT, chuyển đến tháng 2"""


async def test_registration_by_pasted_lines_with_two_bad_lines(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer)
    await officer.choose("Dán danh sách nhiều người")
    await officer.expect("Dán danh sách cá nhân", "Nguyễn Văn An, 1980, nam")
    await officer.say(LINES_WITH_TWO_BAD)
    result = await officer.expect("2 dòng cần sửa")
    assert "Hợp lệ, chờ lưu (3 người)" in result.text
    assert 'Dòng 2: "Trần Thị Bình, 198' in result.text and "4 chữ số" in result.text
    assert 'Dòng 4: "Hoàng Thị Dung' in result.text and '"LĐTX" không có' in result.text
    assert "Lưu 3 người hợp lệ" in result.labels

    await officer.say(
        "Trần Thị Bình, 1988, nữ, kế toán, LĐTT\nHoàng Thị Dung, 1990, nữ, y tế thôn bản, LĐTT"
    )
    fixed = await officer.expect("Tất cả đều hợp lệ")
    assert "Hợp lệ, chờ lưu (5 người)" in fixed.text and "cần sửa" not in fixed.text
    await officer.choose("Lưu 5 người hợp lệ")
    await officer.expect("Đã thêm 5 người", "5 người")

    rows = await people(harness)
    assert [p.full_name for p in rows] == [
        "Nguyễn Văn An",
        "Lò Văn Cường",
        "Phạm Văn Em",
        "Trần Thị Bình",
        "Hoàng Thị Dung",
    ]
    by_name = {p.full_name: p for p in rows}
    assert by_name["Lò Văn Cường"].initiative == "Số hóa sổ hộ khẩu thôn"
    assert by_name["Phạm Văn Em"].note == "chuyển đến tháng 2"
    assert by_name["Nguyễn Văn An"].job_title == "công chức văn hóa"
    assert by_name["Trần Thị Bình"].birth_year == 1988


async def test_duplicate_person_refused(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer)
    await officer.choose("Dán danh sách nhiều người")
    await officer.say(
        "Nguyễn Văn An, 1980, nam, công chức văn hóa, LĐTT\n"
        "nguyen van an, 1980, Nam, cong chuc van hoa, ldtt"
    )
    within = await officer.expect("1 dòng cần sửa")
    assert "trùng với người thứ 1" in within.text
    await officer.choose("Lưu 1 người hợp lệ")
    await officer.expect("Đã thêm 1 người")
    # One by one: the same person and title is refused with the reason, nothing typed is lost.
    await officer.choose("Thêm từng người")
    await officer.say("Nguyễn Văn An")
    await officer.expect("Năm sinh")
    await officer.say("1980")
    await officer.expect("Giới tính")
    await officer.choose("Nam")
    await officer.expect("Chức vụ")
    await officer.say("Công chức văn hóa")
    await officer.expect("Bộ phận")
    await officer.choose("Bỏ qua")
    await officer.expect("Danh hiệu đăng ký")
    await officer.say("LĐTT")
    refusal = await officer.expect("đã có trong danh sách", "mỗi người chỉ đăng ký một lần")
    assert "Danh hiệu đăng ký" in refusal.text
    # The same person may register another title.
    await officer.say("cstđcs")
    await officer.expect("Sáng kiến dự kiến")
    await officer.say("Sổ tay điện tử công tác văn hóa")
    await officer.expect("Ghi chú")
    await officer.choose("Bỏ qua")
    await officer.expect("Xem lại")
    await officer.choose("Lưu người này")
    await officer.expect("Đã thêm Nguyễn Văn An", "2 người")
    rows = await people(harness)
    assert [(p.full_name, p.title) for p in rows] == [
        ("Nguyễn Văn An", "ldtt"),
        ("Nguyễn Văn An", "cstdcs"),
    ]


def filled_template(template: bytes, rows: list[list[object]]) -> bytes:
    book = load_workbook(io.BytesIO(template))
    sheet = book["Danh sách"]
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "STT")
    for offset, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            sheet.cell(header + offset, column, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def download(harness: Harness, document: dict[str, object]) -> bytes:
    assert harness.http is not None
    response = await harness.http.get(f"/api/files/{document['file_id']}")
    response.raise_for_status()
    return response.content


async def test_excel_upload_with_a_broken_row(harness: Harness) -> None:
    officer = await harness.officer("TRUONG-CM", name="Vì Thị Mai")
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer, title="Tập thể lao động tiên tiến")
    await officer.choose("Nhập bằng tệp Excel")
    await officer.expect("Nhập bằng tệp Excel")
    for _ in range(20):
        await officer.collect(quiet=0.3)
        docs = [m for m in officer.transcript if m.document]
        if docs:
            break
    template = await download(harness, docs[-1].document or {})
    book = load_workbook(io.BytesIO(template))
    assert book.sheetnames == ["Danh sách", "Hướng dẫn"]
    # STT, name, year, gender, position, department, title, initiative, note
    data = filled_template(
        template,
        [
            [1, "Lường Văn Hùng", 1978, "Nam", "Hiệu trưởng", "", "CSTĐCS", "Dạy học STEM", ""],
            [2, "Quàng Thị Lan", "80", "Nữ", "Giáo viên", "Tổ 1", "Lao động tiên tiến", "", ""],
            [3, "Điêu Văn Minh", 1992, "nam", "Giáo viên", "Tổ 2", "LĐTT", "", "Mới chuyển"],
        ],
    )
    await officer.send_files([("danh-sach.xlsx", data)], as_="document")
    result = await officer.expect("1 dòng cần sửa")
    assert "Dòng 6 trong tệp Excel" in result.text and '"80"' in result.text
    assert "Hợp lệ, chờ lưu (2 người)" in result.text
    await officer.say("Quàng Thị Lan, 1980, nữ, giáo viên, Tổ 1, LĐTT")
    await officer.expect("Tất cả đều hợp lệ")
    await officer.choose("Lưu 3 người hợp lệ")
    await officer.expect("Đã thêm 3 người")
    rows = await people(harness)
    assert [(p.full_name, p.birth_year, p.title, p.department) for p in rows] == [
        ("Lường Văn Hùng", 1978, "cstdcs", None),
        ("Điêu Văn Minh", 1992, "ldtt", "Tổ 2"),
        ("Quàng Thị Lan", 1980, "ldtt", "Tổ 1"),
    ]


async def test_not_an_excel_file(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer)
    await officer.choose("Nhập bằng tệp Excel")
    await officer.expect("Nhập bằng tệp Excel")
    await officer.send_files([("danh-sach.xlsx", b"not really a spreadsheet")], as_="document")
    await officer.expect("Không mở được tệp này")
    book = Workbook()
    book.active.append(["Cột lạ", "Khác"])  # type: ignore[union-attr]
    out = io.BytesIO()
    book.save(out)
    await officer.send_files([("khac.xlsx", out.getvalue())], as_="document")
    await officer.expect("Không tìm thấy dòng tiêu đề", "Họ và tên (*)")


async def test_restart_halfway_through(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer)
    await officer.choose("Thêm từng người")
    await officer.say("Nguyễn Văn An")
    await officer.expect("Năm sinh")
    await officer.say("1980")
    await officer.expect("Giới tính")

    await harness.restart()
    await officer.choose("Nam")
    await officer.expect("Chức vụ")
    # Leaving with /menu and coming back continues at the same question.
    await officer.say("/menu")
    await officer.expect("Anh/chị cần làm gì")
    await officer.choose("Đăng ký thi đua")
    resumed = await officer.expect("làm dở", "Chức vụ")
    assert "Bỏ người này" in resumed.labels
    await officer.say("Công chức văn hóa")
    await officer.expect("Bộ phận")
    await officer.choose("Bỏ qua")
    await officer.expect("Danh hiệu đăng ký")
    await officer.choose("Lao động tiên tiến")
    await officer.expect("Ghi chú")
    await officer.choose("Bỏ qua")
    await officer.expect("Xem lại", "Nguyễn Văn An", "1980", "Nam", "Công chức văn hóa")
    await officer.choose("Lưu người này")
    await officer.expect("Đã thêm Nguyễn Văn An")
    [person] = await people(harness)
    assert (person.full_name, person.birth_year, person.job_title) == (
        "Nguyễn Văn An",
        1980,
        "Công chức văn hóa",
    )


async def test_late_registration_is_taken_and_flagged(
    harness: Harness, clock: ShiftedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reminders import deadlines

    async def due(session: object, unit: object, action: str, year: int) -> date | None:
        return date(year, 2, 28) if action == "registration" else None

    monkeypatch.setattr(deadlines, "deadline_for_action", due)
    officer = await harness.officer("THON-BM")
    reviewer = await harness.officer("XA-CM", role="reviewer")
    await officer.choose("Đăng ký thi đua")
    intro = await officer.expect("Hạn đăng ký: 28/02/2026", "vẫn đăng ký bình thường", "Bước 1")
    assert "nộp sau hạn" in intro.text
    await fill_collective(officer, started=True)
    await officer.choose("Không có cá nhân")
    review = await officer.expect("Hạn đăng ký là 28/02/2026")
    assert "✅ Gửi bản đăng ký" in review.labels
    await officer.choose("Gửi bản đăng ký")
    await officer.expect("Đã gửi bản đăng ký", "đánh dấu nộp sau hạn")
    await reviewer.expect("Thôn Bản Mé đã gửi", "nộp sau hạn")
    [reg] = await registrations(harness)
    assert reg.late and reg.deadline == date(2026, 2, 28)
    await reviewer.choose("Hàng chờ thẩm định")
    await reviewer.expect("Hàng chờ thẩm định")
    await reviewer.choose("Đăng ký thi đua của các đơn vị")
    overview = await reviewer.expect("Đăng ký thi đua năm 2026")
    assert "Thôn Bản Mé — nộp sau hạn 02/03/2026" in overview.text
    assert "Trường Tiểu học Chiềng Mung — chưa đăng ký" in overview.text
    # After the deadline a submitted registration can no longer be edited in chat.
    await officer.say("/dangky")
    hub = await officer.expect("Đã qua hạn sửa")
    assert "Sửa phần tập thể" not in hub.labels


async def test_officer_of_another_xa_cannot_see_it(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer)
    await officer.choose("Không có cá nhân")
    await officer.expect("Bản đăng ký thi đua năm 2026")
    await officer.choose("Gửi bản đăng ký")
    await officer.expect("Đã gửi bản đăng ký")

    other = await harness.officer("XA-MB", role="reviewer", name="Lò Thị Xuân")
    await other.say("/thamdinh")
    await other.expect("Hàng chờ thẩm định")
    await other.choose("Đăng ký thi đua của các đơn vị")
    overview = await other.expect("Xã Mường Bằng và các đơn vị trực thuộc")
    assert "Thôn Bản Mé" not in overview.text and "Bản Nà Ang — chưa đăng ký" in overview.text
    assert not any("Thôn Bản Mé" in label for label in overview.labels)
    await other.say("/dangky THON-BM")
    await other.expect("Không tìm thấy bản đăng ký này trong phạm vi")
    neighbour = await harness.officer("THON-NA", name="Lù Văn Páo")
    await neighbour.say("/dangky THON-BM")
    await neighbour.expect("Không tìm thấy bản đăng ký này trong phạm vi")
    # The reviewer of the unit's own xã sees it.
    own = await harness.officer("XA-CM", role="reviewer")
    await own.say("/dangky THON-BM")
    await own.expect("Bản đăng ký thi đua năm 2026", "Thôn Bản Mé", "Dân vận khéo")
