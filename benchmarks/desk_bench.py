"""Desk page latency (issue 17): every page of the reviewers' desk on a year-end database.

    tdkt bench desk [--dossiers 5000] [--pages-per-dossier 6] [--db postgres] [--requests 40] --json

Seeds a province with two communes of 30 units each; the reviewer's commune gets ``--dossiers``
dossiers (statuses spread as at year end) with ``--pages-per-dossier`` pages each, their
events, a plan with deadlines, registrations with people, and open questions; the other
commune gets as many again (so subtree filtering is measured, not a small table). Then the real
``Application`` (the same ASGI app as production, uvicorn in-process) serves the desk: the
driver signs in through a one-time link like a browser would and fetches every desk page
``--requests`` times, one after another, timing each response. The baseline, in the same run,
is ``/healthz`` (HTTP and the server with no database work): the floor under every page.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert, select

STATUSES = [
    ("submitted", 30),
    ("reviewing", 10),
    ("needs_more", 10),
    ("resubmitted", 5),
    ("approved", 25),
    ("decided", 15),
    ("rejected", 5),
]
KINDS = [("lao_dong_tien_tien", "ca_nhan"), ("chien_si_thi_dua_co_so.xuat_sac", "ca_nhan"),
         ("tap_the_lao_dong_tien_tien", "tap_the"), ("giay_khen", "ca_nhan")]  # fmt: skip
UNITS_PER_COMMUNE = 30


def _tiny_jpeg(seed: int) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    image = Image.new("RGB", (1240, 1754), (200 + 20 * seed, 240, 230 - 30 * seed))
    image.save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


async def seed(app: Any, dossiers: int, pages_per: int) -> dict[str, Any]:
    from bot.accounts import create_unit
    from bot.storage.models import Role, UnitKind, User
    from bot.storage.models.awards import AwardRecord
    from bot.storage.models.dossier import Dossier, DossierEvent, DossierPage
    from bot.storage.models.qa import Question
    from handlers.registration import service as registrations
    from reminders import store
    from reminders.parsing.models import ParsedPlan, PlanTask

    rng = random.Random(17)
    now = datetime.now(UTC)
    keys = [await app.services.media.put(_tiny_jpeg(i)) for i in range(3)]
    async with app.db.session() as session:
        province = await create_unit(
            session, code="TINH", name="Tỉnh Sơn La", kind=UnitKind.TINH, parent=None
        )
        communes = []
        for c in range(2):
            commune = await create_unit(
                session, code=f"XA{c}", name=f"Xã Số {c}", kind=UnitKind.XA, parent=province
            )
            units = [
                await create_unit(
                    session,
                    code=f"XA{c}-T{i}",
                    name=f"Thôn {i} xã {c}",
                    kind=UnitKind.THON,
                    parent=commune,
                )
                for i in range(UNITS_PER_COMMUNE)
            ]
            communes.append((commune, units))
        reviewer = User(full_name="Người thẩm định", unit_id=communes[0][0].id, role=Role.REVIEWER)
        officer = User(full_name="Cán bộ", unit_id=communes[0][1][0].id, role=Role.OFFICER)
        session.add_all([reviewer, officer])
        await session.flush()
        weights = [w for _, w in STATUSES]
        for commune, units in communes:
            rows = []
            for n in range(dossiers):
                status = rng.choices([s for s, _ in STATUSES], weights)[0]
                kind, subject = KINDS[n % len(KINDS)]
                at = now - timedelta(days=rng.randint(0, 60), minutes=n)
                rows.append(
                    {
                        "code": f"{commune.code}{n:07d}",
                        "unit_id": units[n % len(units)].id,
                        "created_by": officer.id,
                        "kind": kind,
                        "subject_type": subject,
                        "subject_name": f"Nguyễn Văn {n}",
                        "year": now.year,
                        "status": status,
                        "status_at": at,
                        "created_at": at,
                        "submitted_at": at,
                        "revision": pages_per,
                    }
                )
            await session.execute(insert(Dossier), rows)
            ids = (
                await session.scalars(
                    select(Dossier.id)
                    .where(Dossier.code.startswith(commune.code))
                    .order_by(Dossier.id)
                )
            ).all()
            documents = ["to_trinh", "bao_cao", "bien_ban"]
            pages = [
                {
                    "dossier_id": d,
                    "document": documents[p % 3],
                    "position": p // 3 + 1,
                    # Distinct per page as in life; a few real images behind them.
                    "media_key": keys[p % 3] if p < 3 else f"{d:032x}{p:032x}",
                    "file_kind": "photo",
                    "mime_type": "image/jpeg",
                    "size": 120_000,
                    "page_count": 1,
                    "added_by": officer.id,
                    "added_at": now - timedelta(days=1),
                }
                for d in ids
                for p in range(pages_per)
            ]
            for start in range(0, len(pages), 5000):
                await session.execute(insert(DossierPage), pages[start : start + 5000])
            events = [
                {"dossier_id": d, "at": now, "actor_user_id": officer.id, "to_status": "submitted"}
                for d in ids
            ]
            await session.execute(insert(DossierEvent), events)
            for unit in units[: UNITS_PER_COMMUNE // 2]:
                reg, _ = await registrations.open_registration(
                    session, unit, now.year, officer.id, now
                )
                people = [
                    {"full_name": f"Người {unit.id}-{i}", "birth_year": 1980 + i, "title": "ldtt"}
                    for i in range(10)
                ]
                await registrations.add_persons(session, reg, people, officer.id, now)
            session.add_all(
                Question(asker_user_id=officer.id, unit_id=u.id, text="Hỏi?", status="open")
                for u in units[:10]
            )
            # Lịch sử khen thưởng: two rows per dossier, five past years per person.
            history = [
                {
                    "unit_id": units[(n // 5) % len(units)].id,
                    "subject_type": "ca_nhan",
                    "subject_name": f"Người khen {n // 5}",
                    "name_key": f"nguoi khen {n // 5}",
                    "award": "cstdcs" if (n // 5) % 3 == 0 else "ldtt",
                    "year": now.year - 1 - n % 5,
                    "decision_number": f"{n}/QĐ-UBND",
                    "source": "excel",
                    "added_at": now,
                }
                for n in range(dossiers * 2)
            ]
            for start in range(0, len(history), 5000):
                await session.execute(insert(AwardRecord), history[start : start + 5000])
        year = now.year
        plan = await store.create_plan(
            session,
            unit=communes[0][0],
            parsed=ParsedPlan(
                year=year,
                tasks=[
                    PlanTask(f"Việc {i} đăng ký thi đua", None, due=date(year, 1 + i % 12, 15))
                    for i in range(40)
                ],
            ),
            year=year,
            now=now,
            active=True,
        )
        first = (
            await session.scalars(
                select(Dossier.id)
                .where(Dossier.unit_id == communes[0][1][0].id)
                .order_by(Dossier.id)
                .limit(1)
            )
        ).one()
        page = await session.scalar(
            select(DossierPage.id)
            .where(DossierPage.dossier_id == first, DossierPage.media_key == keys[0])
            .limit(1)
        )
        return {
            "reviewer": reviewer.id,
            "unit": communes[0][1][3].id,
            "dossier": first,
            "page": page,
            "plan": plan.id,
            "history_unit": communes[0][1][0].id,
        }


async def run(
    dossiers: int, pages_per: int, db: str, requests: int, work: Path, db_url: str
) -> dict[str, Any]:
    from bot.app import Application
    from bot.config import Settings
    from handlers.desk import auth

    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=work / "var",
        database_url=db_url,
        web_port=0,
        sandbox_port=0,
        log_level="WARNING",
    )
    app = Application(settings, leader=False)
    await app.start()
    try:
        started = time.perf_counter()
        ids = await seed(app, dossiers, pages_per)
        seeded_s = time.perf_counter() - started
        async with app.db.session() as session:
            token = await auth.issue_link(session, ids["reviewer"], datetime.now(UTC))
        base = app.public_base_url()
        now_year = datetime.now(UTC).year
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:
            signed = await http.post(f"/banlamviec/vao/{token}")
            assert signed.status_code == 303, signed.text
            pages = {
                "healthz (baseline)": "/healthz",
                "tong quan": "/banlamviec/",
                "ho so: cho tham dinh": "/banlamviec/hoso",
                "ho so: tat ca": "/banlamviec/hoso?nhom=",
                "ho so: don vi + cho 7 ngay": f"/banlamviec/hoso?nhom=&donvi={ids['unit']}&cho=7",
                "ho so: trang 20": "/banlamviec/hoso?nhom=&tu=1000",
                "ho so chi tiet": f"/banlamviec/hoso/{ids['dossier']}",
                "anh trang": f"/banlamviec/trang/{ids['page']}",
                "dang ky": "/banlamviec/dangky",
                "ke hoach": "/banlamviec/kehoach",
                "ke hoach chi tiet": f"/banlamviec/kehoach/{ids['plan']}",
                "quyet dinh": "/banlamviec/quyetdinh",
                "cau hoi": "/banlamviec/cauhoi",
                "bao cao": "/banlamviec/baocao",
                "lich su": "/banlamviec/lichsu",
                "lich su: nam + danh hieu": f"/banlamviec/lichsu?nam={now_year - 1}"
                "&danhhieu=cstdcs",
                "lich su: don vi": f"/banlamviec/lichsu/donvi/{ids['history_unit']}",
                "lich su: ca nhan": f"/banlamviec/lichsu/donvi/{ids['history_unit']}/xem"
                "?doituong=ca_nhan&ten=Người khen 0",
            }
            results = {}
            for name, path in pages.items():
                times = []
                for _ in range(requests + 2):
                    t0 = time.perf_counter()
                    response = await http.get(path)
                    times.append((time.perf_counter() - t0) * 1000)
                    assert response.status_code == 200, (path, response.status_code)
                times = times[2:]  # the first two warm caches (templates, plans)
                times.sort()
                results[name] = {
                    "p50_ms": round(statistics.median(times), 1),
                    "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1),
                    "max_ms": round(times[-1], 1),
                }
    finally:
        await app.stop()
    worst = max(v["p95_ms"] for k, v in results.items() if "baseline" not in k)
    return {
        "bench": "desk",
        "db": db,
        "dossiers_in_subtree": dossiers,
        "dossiers_total": dossiers * 2,
        "pages_total": dossiers * 2 * pages_per,
        "requests_per_page": requests,
        "seed_s": round(seeded_s, 1),
        "pages": results,
        "worst_p95_ms": worst,
        "target_p95_ms": 300,
        "ok": worst < 300,
    }


def main(*, dossiers: int, pages_per: int, db: str, requests: int, as_json: bool) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="tdkt-desk-bench-"))
    pg_context: Any = contextlib.nullcontext()
    if db == "postgres":
        from benchmarks.pgserver import postgres_server

        pg_context = postgres_server()
    with pg_context as pg:
        db_url = (
            pg.url(pg.create_database())
            if pg is not None
            else f"sqlite+aiosqlite:///{work / 'bench.sqlite3'}"
        )
        result = asyncio.run(run(dossiers, pages_per, db, requests, work, db_url))
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"desk on {db}: {result['dossiers_total']} dossiers, {result['pages_total']} pages")
        for name, figures in result["pages"].items():
            print(f"  {name:32} p50 {figures['p50_ms']:7.1f} ms   p95 {figures['p95_ms']:7.1f} ms")
        print(f"worst p95 {result['worst_p95_ms']} ms (target < 300 ms): {result['ok']}")
    return result
