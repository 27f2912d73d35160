"""Dossier storage and rules on SQLite and PostgreSQL (the ``db`` fixture runs both)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from bot import completion
from bot.accounts import import_units_csv, unit_by_code
from bot.core import codes
from bot.storage.db import Database
from bot.storage.media import LocalMediaStore, MediaStore
from bot.storage.models import Role, Unit, User
from bot.storage.models.dossier import Dossier, DossierStatus
from handlers.dossier import service
from handlers.dossier.kinds import DossierKind, catalogue_at
from tests.dossier import samples
from tests.e2e.harness import UNITS_CSV

S = DossierStatus
CONTENT = Path(__file__).resolve().parents[2] / "content"
T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def kind(key: str = "lao_dong_tien_tien") -> DossierKind:
    found = catalogue_at(CONTENT).get(key)
    assert found is not None
    return found


async def setup_people(session) -> dict[str, object]:  # type: ignore[no-untyped-def]
    await import_units_csv(session, UNITS_CSV)
    units = {c: await unit_by_code(session, c) for c in ("TINH-SL", "XA-CM", "THON-BM", "XA-MB")}
    people = {
        "officer": User(full_name="Lò Văn An", unit_id=units["THON-BM"].id, role=Role.OFFICER),
        "other": User(full_name="Quàng Văn B", unit_id=units["XA-MB"].id, role=Role.OFFICER),
        "reviewer": User(full_name="Cầm Thị Hoa", unit_id=units["XA-CM"].id, role=Role.REVIEWER),
        "far": User(full_name="Tòng Văn C", unit_id=units["XA-MB"].id, role=Role.REVIEWER),
        "province": User(full_name="Sở Nội vụ", unit_id=units["TINH-SL"].id, role=Role.REVIEWER),
    }
    session.add_all(people.values())
    await session.flush()
    return {**units, **people}


async def add(session, dossier, media: MediaStore, data: bytes, document: str, **extra):  # type: ignore[no-untyped-def]
    key = await media.put(data)
    mime = "application/pdf" if data.startswith(b"%PDF") else "image/jpeg"
    return await service.add_page(
        session,
        dossier,
        document=document,
        media_key=key,
        file_kind="document" if mime == "application/pdf" else "photo",
        mime_type=mime,
        size=len(data),
        user_id=None,
        now=T0,
        page_count=extra.pop("page_count", 1),
        **extra,
    )


async def draft(session, p, k: DossierKind | None = None) -> Dossier:  # type: ignore[no-untyped-def]
    return await service.create_draft(
        session,
        unit_id=p["THON-BM"].id,
        user_id=p["officer"].id,
        kind=k or kind(),
        subject_type="ca_nhan",
        subject_name="Nguyễn Văn An",
        year=2026,
        period=None,
        note=None,
        now=T0,
    )


async def test_pages_dedupe_order_and_removal(db: Database, tmp_path: Path) -> None:
    media = LocalMediaStore(tmp_path / "media")
    async with db.session() as session:
        p = await setup_people(session)
        d = await draft(session, p)
        assert codes.parse(d.code.lower(), codes.TRACKING_LENGTH) == d.code
        photos = [samples.jpeg("Tờ trình", seed=i) for i in range(3)]
        results = [await add(session, d, media, data, "to_trinh") for data in photos]
        assert [r.number for r in results] == [1, 2, 3]
        again = await add(session, d, media, photos[1], "to_trinh")
        assert not again.created and again.page.id == results[1].page.id
        # The same bytes are one file in the store and one page in the dossier.
        assert len([f for f in (tmp_path / "media").rglob("*") if f.is_file()]) == 3
        await add(session, d, media, samples.pdf(2), "bao_cao_thanh_tich", page_count=2)
        removed = await service.remove_page(session, d, results[0].page.id)
        assert removed is not None
        pages = await service.pages_of(session, d, kind())
        assert [(pg.document, pg.position) for pg in pages] == [
            ("to_trinh", 1),
            ("to_trinh", 2),
            ("bao_cao_thanh_tich", 1),
        ]
        assert [pg.media_key for pg in pages[:2]] == [
            results[1].page.media_key,
            results[2].page.media_key,
        ]
        items = service.checklist(kind(), pages)
        assert [(i.document.key, i.files, i.pages) for i in items][:3] == [
            ("to_trinh", 2, 2),
            ("bao_cao_thanh_tich", 1, 2),
            ("bien_ban", 0, 0),
        ]
        assert [m.key for m in service.missing_required(kind(), pages)] == ["bien_ban"]


async def test_submission_rules_and_completion(db: Database, tmp_path: Path) -> None:
    media = LocalMediaStore(tmp_path / "media")
    async with db.session() as session:
        p = await setup_people(session)
        d = await draft(session, p)
        await add(session, d, media, samples.jpeg("TT"), "to_trinh")
        with pytest.raises(service.DossierError) as blocked:
            await service.submit(session, d, kind(), actor_id=p["officer"].id, now=T0)
        assert blocked.value.code == "missing"
        assert [x.key for x in blocked.value.details["documents"]] == [  # type: ignore[attr-defined]
            "bao_cao_thanh_tich",
            "bien_ban",
        ]
        assert d.status == S.DRAFT
        await add(session, d, media, samples.jpeg("BC"), "bao_cao_thanh_tich")
        await add(session, d, media, samples.jpeg("BB"), "bien_ban")
        await service.submit(session, d, kind(), actor_id=p["officer"].id, now=T0)
        assert d.status == S.SUBMITTED and d.submitted_at == T0
        done = await completion.completed_actions(session, p["THON-BM"].id, 2026)
        assert done == {"dossier", "dossier:lao_dong_tien_tien"}
        with pytest.raises(service.DossierError):
            await add(session, d, media, samples.jpeg("late"), "khac")


async def test_lifecycle_history_and_reasons(db: Database, tmp_path: Path) -> None:
    media = LocalMediaStore(tmp_path / "media")
    async with db.session() as session:
        p = await setup_people(session)
        k = kind("khen_dot_xuat")
        d = await draft(session, p, k)
        await add(session, d, media, samples.jpeg("TT"), "to_trinh")
        await add(session, d, media, samples.jpeg("TOM TAT"), "tom_tat_thanh_tich")
        # Đột xuất (thủ tục đơn giản): a tờ trình and a summary are enough.
        await service.submit(session, d, k, actor_id=p["officer"].id, now=T0)
        rid = p["reviewer"].id
        await service.change_status(session, d, S.REVIEWING, actor_id=rid, now=T0)
        with pytest.raises(service.DossierError) as no_reason:
            await service.change_status(session, d, S.NEEDS_MORE, actor_id=rid, now=T0, reason="  ")
        assert no_reason.value.code == "reason_required"
        await service.change_status(
            session,
            d,
            S.NEEDS_MORE,
            actor_id=rid,
            now=T0,
            reason="Thiếu chữ ký",
            document="to_trinh",
        )
        with pytest.raises(service.DossierError) as wrong:
            await service.change_status(session, d, S.APPROVED, actor_id=rid, now=T0)
        assert wrong.value.code == "bad_transition"
        await add(session, d, media, samples.jpeg("TT2"), "to_trinh")
        await service.submit(session, d, k, actor_id=p["officer"].id, now=T0 + timedelta(hours=1))
        assert d.status == S.RESUBMITTED and d.submitted_at == T0
        await service.change_status(session, d, S.APPROVED, actor_id=rid, now=T0)
        await service.change_status(session, d, S.DECIDED, actor_id=rid, now=T0, reason="QĐ 12")
        assert service.TRANSITIONS[d.status] == frozenset()
        events = await service.history(session, d)
        assert [str(e.to_status) for e, _ in events] == [
            "draft",
            "submitted",
            "reviewing",
            "needs_more",
            "resubmitted",
            "approved",
            "decided",
        ]
        needs = next(e for e, _ in events if e.to_status == S.NEEDS_MORE)
        assert (needs.reason, needs.document, events[3][1]) == (
            "Thiếu chữ ký",
            "to_trinh",
            "Cầm Thị Hoa",
        )
        latest = await service.latest_event(session, d, S.NEEDS_MORE)
        assert latest is not None and latest.id == needs.id


async def test_access_queue_and_counts(db: Database, tmp_path: Path) -> None:
    media = LocalMediaStore(tmp_path / "media")
    async with db.session() as session:
        p = await setup_people(session)
        first = await draft(session, p)
        second = await draft(session, p)
        hidden = await draft(session, p)  # stays a draft
        for index, d in enumerate((first, second)):
            for doc in ("to_trinh", "bao_cao_thanh_tich", "bien_ban"):
                await add(session, d, media, samples.jpeg(f"{doc}{index}"), doc)
            await service.submit(
                session, d, kind(), actor_id=p["officer"].id, now=T0 + timedelta(days=1 - index)
            )
        officer, other, reviewer, far, province = (
            p["officer"],
            p["other"],
            p["reviewer"],
            p["far"],
            p["province"],
        )
        unit_of = {u.id: u for u in await session.scalars(select(Unit))}

        async def sees(user: User, d: Dossier) -> bool:
            found = await service.visible(session, user, unit_of[user.unit_id], code=d.code)
            return found is not None

        assert await sees(officer, first) and await sees(officer, hidden)
        assert not await sees(other, first)
        assert await sees(reviewer, first) and await sees(province, first)
        assert not await sees(far, first)
        assert not await sees(reviewer, hidden)  # drafts stay with their unit
        assert (
            await service.visible(session, officer, unit_of[officer.unit_id], code="ZZZZZZZ")
            is None
        )
        queue = await service.review_queue(session, unit_of[reviewer.unit_id])
        assert [d.id for d, _ in queue] == [second.id, first.id]  # oldest first
        assert await service.review_queue(session, unit_of[far.unit_id]) == []
        counts = await service.status_counts(session, unit_of[province.unit_id])
        assert counts == {S.SUBMITTED: 2}
        nearest = await service.reviewers_for(session, unit_of[officer.unit_id])
        assert [u.full_name for u in nearest] == ["Cầm Thị Hoa"]


async def test_whole_dossier_pdf_in_page_order(db: Database, tmp_path: Path) -> None:
    media = LocalMediaStore(tmp_path / "media")
    async with db.session() as session:
        p = await setup_people(session)
        d = await draft(session, p)
        # Sent out of order: the PDF follows the kind's document order, then upload order.
        await add(session, d, media, samples.jpeg("BB"), "bien_ban")
        await add(session, d, media, samples.png("TT1"), "to_trinh")
        await add(session, d, media, samples.jpeg("TT2", size=(960, 1280)), "to_trinh")
        await add(session, d, media, samples.pdf(3), "bao_cao_thanh_tich", page_count=3)
        pages = await service.pages_of(session, d, kind())
        # As if OCR had read the second Tờ trình page: its words become the text layer.
        pages[1].ocr_text = "TỜ TRÌNH\nVề việc đề nghị tặng danh hiệu\nkính trình Chủ tịch xã"
        pdf = await service.dossier_pdf(media, d, kind(), pages, unit="Xã Chiềng Mung")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 7  # the cover, then 6 pages
    outline = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert outline == [
        ("Bìa hồ sơ", 0),
        ("Tờ trình và danh sách", 1),
        ("Báo cáo thành tích", 3),
        ("Biên bản bình xét", 6),
    ]
    portrait = reader.pages[2].mediabox
    assert float(portrait.height) > float(portrait.width)
    assert d.code in (reader.metadata.title or "").replace("-", "")
    # The cover: code, unit, award, subject and the checklist with page numbers per item.
    cover = reader.pages[0].extract_text()
    for line in (
        f"Mã hồ sơ: {codes.display(d.code)}",
        "Đơn vị đề nghị: Xã Chiềng Mung",
        "Hình thức khen thưởng: Lao động tiên tiến",
        "Tờ trình và danh sách: 2 trang (trang 2–3)",
        "Báo cáo thành tích: 3 trang (trang 4–6)",
        "Biên bản bình xét: 1 trang (trang 7)",
        "Giấy tờ khác: chưa có (nếu có)",
    ):
        assert line in cover, line
    # Every page is labelled with its item and its place in it, PDF pages included.
    labels = [page.extract_text().strip().splitlines()[-1] for page in reader.pages[1:]]
    assert [label.split(" · ")[0] for label in labels] == [
        "Tờ trình và danh sách — trang 1/2",
        "Tờ trình và danh sách — trang 2/2",
        "Báo cáo thành tích — trang 1/3",
        "Báo cáo thành tích — trang 2/3",
        "Báo cáo thành tích — trang 3/3",
        "Biên bản bình xét — trang 1/1",
    ]
    assert labels[5].endswith("7/7")
    # The label sits in a band below the page: the uploaded PDF's page is made taller.
    assert float(reader.pages[3].mediabox.bottom) < 0
    # The OCR text is a searchable (invisible) layer on its page and only there.
    assert "kính trình Chủ tịch xã" in reader.pages[2].extract_text()
    assert "kính trình" not in reader.pages[1].extract_text()


async def test_pages_still_being_sorted_hold_the_submission(db: Database, tmp_path: Path) -> None:
    """Pages sent mixed sit under a provisional item until read: submitting then could pass
    the checklist on a wrong item, so it waits; filing the page releases it."""
    media = LocalMediaStore(tmp_path / "media")
    async with db.session() as session:
        p = await setup_people(session)
        d = await draft(session, p)
        await add(session, d, media, samples.jpeg("TT"), "to_trinh")
        await add(session, d, media, samples.jpeg("BC"), "bao_cao_thanh_tich")
        mixed = await add(session, d, media, samples.jpeg("BB"), "to_trinh", unsorted=True)
        with pytest.raises(service.DossierError) as held:
            await service.submit(session, d, kind(), actor_id=p["officer"].id, now=T0)
        assert held.value.code == "sorting" and held.value.details == {"pages": 1}
        assert await service.move_page(session, d, mixed.page.id, "bien_ban")
        assert not mixed.page.unsorted
        await service.submit(session, d, kind(), actor_id=p["officer"].id, now=T0)
        assert d.status == DossierStatus.SUBMITTED
