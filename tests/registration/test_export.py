"""The "done when" of issue 5: 15 people registered by pasted lines in the sandbox chat, and
the reviewer's Excel export checked cell by cell; plus the CLI export and movement upkeep."""

from __future__ import annotations

import asyncio
import io
import time
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

from tests.e2e.harness import UNITS_CSV, Harness
from tests.registration.test_chat import download, fill_collective

#: (họ tên, năm sinh, giới tính, chức vụ, bộ phận, danh hiệu, sáng kiến, ghi chú)
STAFF = [
    (
        "Lường Văn Hùng",
        1975,
        "Nam",
        "Hiệu trưởng",
        "Ban giám hiệu",
        "Chiến sĩ thi đua cơ sở",
        "Dạy học theo dự án STEM",
        "",
    ),
    ("Quàng Thị Lan", 1980, "Nữ", "Phó hiệu trưởng", "Ban giám hiệu", "Lao động tiên tiến", "", ""),
    ("Điêu Văn Minh", 1992, "Nam", "Giáo viên", "Tổ 1", "Lao động tiên tiến", "", "Mới chuyển đến"),
    (
        "Lò Thị Ngọc",
        1988,
        "Nữ",
        "Giáo viên",
        "Tổ 1",
        "Chiến sĩ thi đua cơ sở",
        "Trò chơi học Toán lớp 1",
        "",
    ),
    ("Cầm Văn Ơn", 1979, "Nam", "Giáo viên", "Tổ 2", "Lao động tiên tiến", "", ""),
    ("Hà Thị Phương", 1985, "Nữ", "Giáo viên", "Tổ 2", "Lao động tiên tiến", "", ""),
    ("Vì Văn Quang", 1990, "Nam", "Giáo viên", "Tổ 3", "Lao động tiên tiến", "", ""),
    (
        "Tòng Thị Rượu",
        1983,
        "Nữ",
        "Giáo viên",
        "Tổ 3",
        "Lao động tiên tiến",
        "",
        "Nghỉ thai sản 4 tháng",
    ),
    ("Lù Văn Sáng", 1987, "Nam", "Giáo viên", "Tổ 4", "Lao động tiên tiến", "", ""),
    ("Mùa Thị Tâm", 1994, "Nữ", "Giáo viên", "Tổ 4", "Lao động tiên tiến", "", ""),
    (
        "Bạc Văn Uy",
        1981,
        "Nam",
        "Giáo viên",
        "Tổ 5",
        "Chiến sĩ thi đua cơ sở",
        "Sổ liên lạc điện tử",
        "",
    ),
    ("Lê Thị Vân", 1991, "Nữ", "Kế toán", "Văn phòng", "Lao động tiên tiến", "", ""),
    (
        "Nguyễn Văn Xuân",
        1986,
        "Nam",
        "Nhân viên thư viện",
        "Văn phòng",
        "Lao động tiên tiến",
        "",
        "",
    ),
    ("Đinh Thị Yến", 1995, "Nữ", "Nhân viên y tế", "Văn phòng", "Lao động tiên tiến", "", ""),
    ("Sầm Văn Ánh", 1977, "Nam", "Bảo vệ", "Văn phòng", "Lao động tiên tiến", "", ""),
]
SHORT = {"Lao động tiên tiến": "LĐTT", "Chiến sĩ thi đua cơ sở": "CSTĐCS"}


def typed_line(person: tuple[str, int, str, str, str, str, str, str]) -> str:
    """How an officer types it: lower case, abbreviations, optional parts left out."""
    name, year, gender, position, department, title, idea, note = person
    parts = [name, str(year), gender.lower(), position.lower(), department, SHORT[title]]
    if idea:
        parts.append(idea)
    if note:
        parts.append(note)
    return ", ".join(parts)


def rows_from(sheet: Worksheet, header_row: int) -> list[list[object]]:
    rows = []
    for row in sheet.iter_rows(min_row=header_row + 1, values_only=True):
        if row[0] is None:
            break
        rows.append(list(row))
    return rows


async def test_fifteen_people_by_pasted_lines_and_export(harness: Harness) -> None:
    started = time.perf_counter()
    officer = await harness.officer("TRUONG-CM", name="Vì Thị Mai")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer, title="Tập thể lao động xuất sắc")
    await officer.choose("Dán danh sách nhiều người")
    await officer.expect("Dán danh sách cá nhân")
    await officer.say("\n".join(typed_line(p) for p in STAFF))
    checked = await officer.expect("Tất cả đều hợp lệ", "(15 người)")
    await officer.choose("Lưu 15 người hợp lệ")
    await officer.expect("Đã thêm 15 người")
    await officer.choose("Xem lại và gửi")
    summary = await officer.expect("Bản đăng ký thi đua năm 2026", "Cá nhân đăng ký (15 người)")
    assert "15) Sầm Văn Ánh, 1977, Nam" in summary.text
    await officer.choose("Gửi bản đăng ký")
    await officer.expect("Đã gửi bản đăng ký", "15 cá nhân")
    officer_seconds = time.perf_counter() - started
    assert "Xem lại và gửi" not in checked.labels

    await reviewer.expect("Trường Tiểu học Chiềng Mung đã gửi")
    await reviewer.say("/thamdinh")
    await reviewer.expect("Hàng chờ thẩm định")
    await reviewer.choose("Đăng ký thi đua của các đơn vị")
    overview = await reviewer.expect("Đăng ký thi đua năm 2026", "Đã gửi: 1/3")
    assert "Trường Tiểu học Chiềng Mung — đã gửi 02/03/2026, 15 cá nhân" in overview.text
    await reviewer.choose("Xuất Excel tất cả")
    sent = await reviewer.expect("Tệp Excel đăng ký thi đua năm 2026", "15 cá nhân")
    assert sent is not None
    document = None
    for _ in range(30):
        document = next((m.document for m in reversed(reviewer.transcript) if m.document), None)
        if document:
            break
        await reviewer.collect(quiet=0.3)
    assert document is not None and document["file_name"] == "dang-ky-thi-dua-2026-xa-cm.xlsx"
    book = load_workbook(io.BytesIO(await download(harness, document)))
    assert book.sheetnames == ["Tập thể", "Cá nhân"]

    collective = book["Tập thể"]
    assert collective["A1"].value == "BẢN ĐĂNG KÝ THI ĐUA NĂM 2026"
    assert collective["A2"].value == "Đơn vị: Xã Chiềng Mung"
    assert collective["A3"].value == "Số đơn vị đã đăng ký: 1; số cá nhân đăng ký: 15"
    header = [c.value for c in collective[5]]
    assert header == [
        "STT",
        "Đơn vị",
        "Cấp trên",
        "Phong trào thi đua đăng ký",
        "Danh hiệu tập thể đăng ký",
        "Các chỉ tiêu thi đua chính",
        "Điện thoại liên hệ",
        "Số cá nhân đăng ký",
        "Người gửi",
        "Ngày gửi",
        "Tình trạng",
    ]
    assert rows_from(collective, 5) == [
        [
            1,
            "Trường Tiểu học Chiềng Mung",
            "Xã Chiềng Mung",
            "Dân vận khéo; Chung sức xây dựng nông thôn mới",
            "Tập thể lao động xuất sắc",
            "100% hộ ký cam kết\n95% hộ đạt Gia đình văn hóa",
            "0912345678",
            15,
            "Vì Thị Mai",
            "02/03/2026",
            "Đã gửi",
        ]
    ]

    individual = book["Cá nhân"]
    assert individual["A1"].value == "DANH SÁCH CÁ NHÂN ĐĂNG KÝ THI ĐUA NĂM 2026"
    assert [c.value for c in individual[4]] == [
        "STT",
        "Họ và tên",
        "Năm sinh",
        "Giới tính",
        "Chức vụ",
        "Bộ phận công tác",
        "Danh hiệu đăng ký",
        "Tên sáng kiến, đề tài dự kiến",
        "Đã có 3 lần liên tục đạt CSTĐCS",
        "Ghi chú",
        "Đơn vị",
    ]
    expected = [
        [
            index,
            name,
            year,
            gender,
            position.lower(),
            department,
            title,
            idea or None,
            None,
            note or None,
            "Trường Tiểu học Chiềng Mung",
        ]
        for index, (name, year, gender, position, department, title, idea, note) in enumerate(
            STAFF, start=1
        )
    ]
    got = rows_from(individual, 4)
    assert len(got) == 15
    for row, want in zip(got, expected, strict=True):
        assert [v if v != "" else None for v in row] == want
    print(f"\n15-person registration in chat: {officer_seconds:.1f} s (wall, sandbox)")


def test_cli_export(tmp_path: Path, monkeypatch: object) -> None:
    from bot.accounts import import_units_csv, unit_by_code
    from bot.cli import app
    from bot.storage import migrate
    from bot.storage.db import Database
    from handlers.registration import service
    from handlers.registration.content import RegistrationContent

    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"
    now = datetime(2026, 3, 2, 2, tzinfo=UTC)
    content = RegistrationContent.load(Path(__file__).resolve().parents[2] / "content")

    async def prepare() -> None:
        db = Database(url)
        await migrate.upgrade(db.engine)
        async with db.session() as session:
            await import_units_csv(session, UNITS_CSV)
            await service.seed_movements(session, content.movements_seed, now)
            for code, title in (("THON-BM", "thon_tdp_van_hoa"), ("THON-NA", "thon_tdp_van_hoa")):
                unit = await unit_by_code(session, code)
                assert unit is not None
                reg, _ = await service.open_registration(session, unit, 2026, None, now)
                service.apply_collective(
                    reg, {"movements": ["3"], "title": title, "targets": "Chỉ tiêu"}, now
                )
                await service.add_persons(
                    session,
                    reg,
                    [{"full_name": f"Người {code}", "birth_year": 1980, "title": "ldtt"}],
                    None,
                    now,
                )
                await service.submit(session, reg, unit, None, now, date(2026, 3, 2))
        await db.dispose()

    asyncio.run(prepare())
    monkeypatch.setenv("TDKT_DATABASE_URL", url)  # type: ignore[attr-defined]
    monkeypatch.setenv("TDKT_DATA_DIR", str(tmp_path / "var"))  # type: ignore[attr-defined]
    out = tmp_path / "out" / "dk.xlsx"
    result = CliRunner().invoke(
        app, ["export", "registrations", "--year", "2026", "--out", str(out), "--unit", "XA-CM"]
    )
    assert result.exit_code == 0, result.output
    assert "1 registration(s) for 2026" in result.output
    book = load_workbook(out)
    sheet = book["Tập thể"]
    assert sheet["A2"].value == "Đơn vị: Xã Chiềng Mung"
    assert sheet["A3"].value == "Số đơn vị đã đăng ký: 1; số cá nhân đăng ký: 1"
    assert [c.value for c in sheet[6]][:4] == [
        1,
        "Thôn Bản Mé",
        "Xã Chiềng Mung",
        "Vì người nghèo - Không để ai bị bỏ lại phía sau",
    ]
    people = book["Cá nhân"]
    assert [c.value for c in people[5]][:3] == [1, "Người THON-BM", 1980]
    everything = CliRunner().invoke(
        app, ["export", "registrations", "--year", "2026", "--out", str(out)]
    )
    assert "2 registration(s)" in everything.output
    assert load_workbook(out)["Cá nhân"].cell(6, 2).value == "Người THON-NA"


async def test_reviewer_keeps_the_movement_list(harness: Harness) -> None:
    reviewer = await harness.officer("XA-CM", role="reviewer")
    await reviewer.say("/thamdinh")
    await reviewer.expect("Hàng chờ thẩm định")
    await reviewer.choose("Đăng ký thi đua của các đơn vị")
    await reviewer.expect("Đăng ký thi đua năm 2026")
    await reviewer.choose("Danh sách phong trào thi đua")
    await reviewer.expect("Phong trào thi đua đang mở đăng ký", "1) Dân vận khéo")
    await reviewer.choose("Thêm phong trào")
    await reviewer.expect("Gõ tên phong trào")
    await reviewer.say("Chuyển đổi số trong cải cách hành chính")
    added = await reviewer.expect("Đã thêm phong trào")
    assert "9) Chuyển đổi số trong cải cách hành chính" in added.text
    await reviewer.choose("Ngừng một phong trào")
    await reviewer.expect("Gõ số thứ tự")
    await reviewer.say("1")
    retired = await reviewer.expect('Đã ngừng phong trào "Dân vận khéo"')
    assert "1) Chung sức xây dựng nông thôn mới" in retired.text

    officer = await harness.officer("THON-BM")
    await officer.choose("Đăng ký thi đua")
    question = await officer.expect("Phong trào thi đua", "Bước 1")
    assert "☐ Chuyển đổi số trong cải cách hành chính" in question.labels
    assert not any("Dân vận khéo" in label for label in question.labels)
    # Officers cannot change the list.
    await officer.say("/menu")
    await officer.expect("Anh/chị cần làm gì")
