"""Storage rules of đăng ký thi đua, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.accounts import import_units_csv, unit_by_code
from bot.completion import completed_actions
from bot.storage.db import Database
from bot.storage.models import Role, User
from bot.storage.models.registration import Movement, RegisteredPerson, Registration
from handlers.registration import service
from handlers.registration.content import RegistrationContent
from handlers.registration.workbook import build_export
from tests.e2e.harness import UNITS_CSV

NOW = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
CONTENT = RegistrationContent.load(Path(__file__).resolve().parents[2] / "content")


async def seeded(db: Database) -> None:
    async with db.session() as session:
        await import_units_csv(session, UNITS_CSV)
        await service.seed_movements(session, CONTENT.movements_seed, NOW)


async def test_one_registration_per_unit_and_year(db: Database) -> None:
    await seeded(db)
    async with db.session() as session:
        thon = await unit_by_code(session, "THON-BM")
        assert thon is not None
        first, created = await service.open_registration(session, thon, 2026, None, NOW)
        again, created_again = await service.open_registration(session, thon, 2026, None, NOW)
        other_year, _ = await service.open_registration(session, thon, 2027, None, NOW)
    assert created and not created_again
    assert first.id == again.id != other_year.id
    with pytest.raises(IntegrityError):
        async with db.session() as session:
            session.add(Registration(unit_id=thon.id, year=2026, created_at=NOW, updated_at=NOW))


async def test_no_person_twice_for_the_same_title(db: Database) -> None:
    await seeded(db)
    an = {"full_name": "Nguyễn Văn An", "birth_year": 1980, "gender": "nam", "title": "ldtt"}
    async with db.session() as session:
        thon = await unit_by_code(session, "THON-BM")
        assert thon is not None
        reg, _ = await service.open_registration(session, thon, 2026, None, NOW)
        added, dup = await service.add_persons(
            session,
            reg,
            [
                an,
                {**an, "full_name": "nguyen  van AN"},
                {**an, "title": "cstdcs", "initiative": "X"},
            ],
            None,
            NOW,
        )
        assert [p.title for p in added] == ["ldtt", "cstdcs"] and len(dup) == 1
        added, dup = await service.add_persons(session, reg, [{**an, "position": "x"}], None, NOW)
        assert not added and dup
        same = await service.find_duplicate(session, reg.id, {**an, "full_name": "NGUYỄN VĂN AN"})
        assert same is not None and same.seq == 1
    with pytest.raises(IntegrityError):
        async with db.session() as session:
            session.add(
                RegisteredPerson(
                    registration_id=reg.id,
                    full_name="Nguyễn Văn An",
                    name_key=service.name_key("Nguyễn Văn An"),
                    birth_year=1980,
                    title="ldtt",
                    extra={},
                    created_at=NOW,
                )
            )


async def test_submit_late_marks_complete_once(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reminders import deadlines

    async def due(session: object, unit: object, action: str, year: int) -> date:
        return date(year, 3, 1)

    monkeypatch.setattr(deadlines, "deadline_for_action", due)
    await seeded(db)
    async with db.session() as session:
        thon = await unit_by_code(session, "THON-BM")
        assert thon is not None
        reg, _ = await service.open_registration(session, thon, 2026, None, NOW)
        service.apply_collective(
            reg, {"movements": ["1"], "title": "thon_tdp_van_hoa", "targets": "x" * 10}, NOW
        )
        outcome = await service.submit(session, reg, thon, None, NOW, date(2026, 3, 2))
        assert outcome.late and outcome.first_time and outcome.deadline == date(2026, 3, 1)
        again = await service.submit(session, reg, thon, None, NOW, date(2026, 3, 3))
        assert not again.first_time
        assert await completed_actions(session, thon.id, 2026) == {"registration"}
        assert not service.can_edit(reg, date(2026, 3, 1), date(2026, 3, 2))
        assert service.can_edit(reg, date(2026, 3, 15), date(2026, 3, 2))


async def test_statuses_scope_and_reviewers(db: Database) -> None:
    await seeded(db)
    async with db.session() as session:
        xa = await unit_by_code(session, "XA-CM")
        thon = await unit_by_code(session, "THON-BM")
        other = await unit_by_code(session, "XA-MB")
        assert xa and thon and other
        reg, _ = await service.open_registration(session, thon, 2026, None, NOW)
        await service.add_persons(
            session,
            reg,
            [{"full_name": "Lò Văn A", "birth_year": 1990, "title": "ldtt"}],
            None,
            NOW,
        )
        rows = await service.statuses(session, xa, 2026)
        assert [(r.unit.code, r.state, r.persons) for r in rows] == [
            ("XA-CM", "none", 0),
            ("THON-BM", "draft", 1),
            ("TRUONG-CM", "none", 0),
        ]
        assert [r.unit.code for r in await service.statuses(session, other, 2026)] == [
            "XA-MB",
            "THON-NA",
        ]
        assert service.within(xa, Role.REVIEWER, thon)
        assert not service.within(other, Role.REVIEWER, thon)
        assert not service.within(xa, Role.OFFICER, thon)
        session.add(User(full_name="Cầm Thị Hoa", unit_id=xa.id, role=Role.REVIEWER))
        session.add(User(full_name="Tỉnh", unit_id=xa.parent_id, role=Role.REVIEWER))
        await session.flush()
        assert [u.full_name for u in await service.reviewers_for(session, thon)] == ["Cầm Thị Hoa"]


async def test_movements_seed_add_retire(db: Database) -> None:
    await seeded(db)
    async with db.session() as session:
        assert await service.seed_movements(session, ["Khác"], NOW) == 0
        names = [m.name for m in await service.movements(session)]
        assert names[:2] == ["Dân vận khéo", "Chung sức xây dựng nông thôn mới"]
        movement, new = await service.add_movement(session, "Chuyển đổi số", None, NOW)
        assert new
        same, new_again = await service.add_movement(session, "chuyen doi so", None, NOW)
        assert same.id == movement.id and not new_again
        first = await session.scalar(select(Movement).order_by(Movement.id))
        assert first is not None
        first.active = False
        active = [m.name for m in await service.movements(session)]
        assert "Dân vận khéo" not in active and active[-1] == "Chuyển đổi số"
        kept = await service.movements(session, include_ids=[first.id])
        assert "Dân vận khéo" in [m.name for m in kept]


async def test_export_workbook_layout(db: Database) -> None:
    await seeded(db)
    async with db.session() as session:
        thon = await unit_by_code(session, "THON-BM")
        assert thon is not None
        reg, _ = await service.open_registration(session, thon, 2026, None, NOW)
        service.apply_collective(
            reg,
            {
                "movements": ["1", "4"],
                "title": "thon_tdp_van_hoa",
                "targets": "Chỉ tiêu 1\nChỉ tiêu 2",
                "phone": "0912345678",
            },
            NOW,
        )
        await service.add_persons(
            session,
            reg,
            [
                {
                    "full_name": "Lò Văn Cường",
                    "birth_year": 1979,
                    "gender": "nam",
                    "position": "Trưởng thôn",
                    "title": "cstdcs",
                    "initiative": "Số hóa sổ hộ khẩu",
                }
            ],
            None,
            NOW,
        )
        await service.submit(session, reg, thon, None, NOW, date(2026, 3, 2))
        items = await service.export_items(session, 2026)
        names = {m.id: m.name for m in await service.movements(session)}
    data = build_export(items, year=2026, scope=thon.name, content=CONTENT, movement_names=names)
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Tập thể", "Cá nhân"]
    sheet = book["Tập thể"]
    assert sheet["A1"].value == "BẢN ĐĂNG KÝ THI ĐUA NĂM 2026"
    block = [sheet.cell(r, 1).value for r in range(2, 8)]
    assert block == [
        "Đơn vị: Thôn Bản Mé",
        "Cấp trên: Xã Chiềng Mung",
        "Phong trào thi đua đăng ký: Dân vận khéo; Toàn dân đoàn kết xây dựng đời sống văn hóa",
        "Danh hiệu tập thể đăng ký: Thôn, tổ dân phố văn hóa",
        "Các chỉ tiêu thi đua chính: Chỉ tiêu 1\nChỉ tiêu 2",
        "Điện thoại liên hệ: 0912345678",
    ]
    assert sheet.cell(8, 1).value is None
    header = [c.value for c in sheet[9]]
    assert header[:4] == ["STT", "Đơn vị", "Cấp trên", "Phong trào thi đua đăng ký"]
    row = [c.value for c in sheet[10]]
    assert row[:3] == [1, "Thôn Bản Mé", "Xã Chiềng Mung"]
    assert row[4] == "Thôn, tổ dân phố văn hóa" and row[-1] == "Đã gửi" and row[-4] == 1
    people = book["Cá nhân"]
    assert [c.value for c in people[4]][:8] == [
        "STT",
        "Họ và tên",
        "Năm sinh",
        "Giới tính",
        "Chức vụ",
        "Bộ phận công tác",
        "Danh hiệu đăng ký",
        "Tên sáng kiến, đề tài dự kiến",
    ]
    assert [c.value for c in people[5]][:8] == [
        1,
        "Lò Văn Cường",
        1979,
        "Nam",
        "Trưởng thôn",
        None,
        "Chiến sĩ thi đua cơ sở",
        "Số hóa sổ hộ khẩu",
    ]
