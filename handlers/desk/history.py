"""Lịch sử khen thưởng on the desk: the table with filters, a page per unit and per person,
the Excel template and the import of past years (all or nothing, row-by-row errors)."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.awards import catalogue as awards_catalogue
from bot.awards import sheet, store
from bot.awards.catalogue import SUBJECTS, Catalogue
from bot.awards.rules import checks_for
from bot.forms.excel import XLSX_MIME
from bot.storage.models import Unit
from handlers.desk import queries
from handlers.desk.auth import Reviewer

if TYPE_CHECKING:
    from handlers.desk.web import Desk

SUBJECT_LABELS = {"ca_nhan": "Cá nhân", "tap_the": "Tập thể", "ho_gia_dinh": "Hộ gia đình"}
SOURCE_LABELS = {"decision": "Quyết định trên hệ thống", "excel": "Nhập từ Excel"}


def _int(value: object, digits: int = 9) -> int | None:
    ok = isinstance(value, str) and value.isdigit() and len(value) <= digits
    return int(value) if ok else None  # type: ignore[arg-type]


class HistoryPages:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def routes(self) -> list[BaseRoute]:
        signed = self.desk.signed
        return [
            Route("/lichsu", signed(self.show)),
            Route("/lichsu/mau.xlsx", signed(self.template)),
            Route("/lichsu/nhap", signed(self.upload, post=True, files=1), methods=["POST"]),
            Route("/lichsu/donvi/{id:int}", signed(self.unit_page)),
            Route("/lichsu/donvi/{id:int}/xem", signed(self.subject_page)),
        ]

    @property
    def content_dir(self) -> Path:
        return Path(self.desk.app.settings.content_dir)

    def catalogue(self) -> Catalogue:
        return awards_catalogue.load(self.content_dir)

    def year(self) -> int:
        return self.desk.app.clock.now().astimezone(self.desk.app.settings.tz).year

    def render(self, name: str, /, **context: object) -> str:
        return str(self.desk.app.services.messages.render(name, **context))

    # The table ----------------------------------------------------------------------------
    async def show(
        self,
        request: Request,
        session: AsyncSession,
        who: Reviewer,
        *,
        errors: list[str] | None = None,
        status_code: int = 200,
    ) -> Response:
        params = request.query_params
        subject = params.get("doituong") or None
        wanted = store.HistoryFilter(
            unit_id=_int(params.get("donvi")),
            award=params.get("danhhieu") or None,
            year=_int(params.get("nam"), 4),
            subject_type=subject if subject in SUBJECTS else None,
            name=(params.get("ten") or "").strip()[:100] or None,
            offset=_int(params.get("tu")) or 0,
        )
        rows, more = await store.table(session, who.unit, wanted)
        cat = self.catalogue()
        added = params.get("them", "")
        return self.desk.page(
            request,
            "history.html",
            who,
            status_code=status_code,
            title="Lịch sử khen thưởng",
            rows=rows,
            more=more,
            wanted=wanted,
            page_size=store.PAGE,
            units=await queries.subtree_units(session, who.unit),
            awards=list(cat.awards.values()),
            years=await store.years(session, who.unit),
            subjects=SUBJECT_LABELS,
            sources=SOURCE_LABELS,
            award_label=cat.label,
            errors=errors or [],
            added=int(added) if added.isdigit() and len(added) < 6 else None,
            skipped=_int(params.get("trung"), 5) or 0,
            max_rows=sheet.MAX_ROWS,
            max_kb=sheet.MAX_FILE_BYTES // 1024,
        )

    async def template(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        data = await asyncio.to_thread(
            sheet.template, self.content_dir, self.catalogue(), who.unit.name
        )
        return Response(
            data,
            media_type=XLSX_MIME,
            headers={"Content-Disposition": 'attachment; filename="mau-lich-su-khen-thuong.xlsx"'},
        )

    async def upload(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        form = await self.desk.form(request, 1)
        upload = form.get("tep")
        if not isinstance(upload, UploadFile) or not upload.filename:
            message = self.render("awards.sheet_need_file")
            return await self._refused(request, session, who, [message])
        data = await upload.read(sheet.MAX_FILE_BYTES + 1)
        units = [
            sheet.UnitRef(u.id, u.code, u.name)
            for u in await queries.subtree_units(session, who.unit)
        ]
        # Unpacking and parsing the workbook blocks: a thread, with the size limits inside.
        outcome = await asyncio.to_thread(
            sheet.read,
            data,
            content_dir=self.content_dir,
            catalogue=self.catalogue(),
            units=units,
            today=self.desk.app.clock.now().astimezone(self.desk.app.settings.tz).date(),
            render=self.render,
        )
        if outcome.sheet_error is not None:
            error = outcome.sheet_error
            message = self.render(f"awards.sheet_{error.code}", **error.params)
            return await self._refused(request, session, who, [message])
        if outcome.errors:
            return await self._refused(request, session, who, outcome.errors)
        now = self.desk.app.clock.now()
        added, skipped = await store.import_rows(session, outcome.rows, who.user.id, now)
        self.desk.audit(
            session,
            who.user.id,
            "awards.import",
            "unit",
            who.unit.id,
            rows=len(outcome.rows),
            added=added,
            file=upload.filename[:100],
        )
        return RedirectResponse(
            f"{request.url.path.removesuffix('/nhap')}?them={added}&trung={skipped}",
            status_code=303,
        )

    async def _refused(
        self, request: Request, session: AsyncSession, who: Reviewer, errors: list[str]
    ) -> Response:
        # Nothing was written: the whole file is refused and every row's problem listed.
        return await self.show(request, session, who, errors=errors, status_code=400)

    # A unit's page and a person's page ----------------------------------------------------
    async def _unit(self, session: AsyncSession, who: Reviewer, unit_id: int) -> Unit:
        from handlers.desk.web import NotFound

        unit = await session.get(Unit, unit_id)
        if unit is None or not who.unit.contains(unit):
            raise NotFound
        return unit

    async def unit_page(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        unit = await self._unit(session, who, request.path_params["id"])
        records = await store.unit_history(session, unit.id)
        cat = self.catalogue()
        # Titles by year: one row per person or collective, one column per year.
        grid: dict[tuple[str, str], dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
        names: dict[tuple[str, str], str] = {}
        for record in records:
            key = (record.subject_type, record.name_key)
            names.setdefault(key, record.subject_name)
            grid[key][record.year].append(cat.short(record.award))
        years = sorted({r.year for r in records})[-10:]
        return self.desk.page(
            request,
            "history_unit.html",
            who,
            title=f"Lịch sử khen thưởng — {unit.name}",
            unit=unit,
            rows=[(key, names[key], grid[key]) for key in names],
            years=years,
            subjects=SUBJECT_LABELS,
        )

    async def subject_page(
        self, request: Request, session: AsyncSession, who: Reviewer
    ) -> Response:
        from handlers.desk.web import NotFound

        unit = await self._unit(session, who, request.path_params["id"])
        subject = request.query_params.get("doituong", "ca_nhan")
        name = (request.query_params.get("ten") or "").strip()[:255]
        if subject not in SUBJECTS or not name:
            raise NotFound
        records = await store.subject_history(session, unit.id, subject, name)
        if not records:
            raise NotFound
        cat = self.catalogue()
        shown_name = records[-1].subject_name
        year = self.year()
        pairs = [(r.award, r.year) for r in records]
        held = {r.award for r in records}
        # Only the titles this history leads towards (a rule whose needed title it holds).
        wanted = (r.award for r in cat.rules if r.subject == subject and r.needs in held)
        checks = [
            (rule_award, checks_for(cat, rule_award, subject, pairs, year))
            for rule_award in dict.fromkeys(wanted)
        ]
        notes = [
            self.render("awards.check", c=c, name=shown_name) for _, found in checks for c in found
        ]
        return self.desk.page(
            request,
            "history_subject.html",
            who,
            title=f"Lịch sử khen thưởng — {shown_name}",
            unit=unit,
            name=shown_name,
            subject_label=SUBJECT_LABELS[subject],
            records=records,
            award_label=cat.label,
            sources=SOURCE_LABELS,
            notes=notes,
            year=year,
        )
