"""Đăng ký thi đua: the subtree's registrations by unit and person, filters, the Excel export
(the same workbook the chat sends, ``handlers.registration.workbook.build_export``)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response

from bot.forms.excel import XLSX_MIME
from bot.storage.models.registration import Movement
from handlers.desk.auth import Reviewer
from handlers.desk.queries import subtree_units
from handlers.registration import service
from handlers.registration.content import RegistrationContent

if TYPE_CHECKING:
    from handlers.desk.web import Desk


class RegistrationPages:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def content(self) -> RegistrationContent:
        services = self.desk.app.services
        found = services.find(RegistrationContent)
        if found is None:
            found = RegistrationContent.load(self.desk.app.settings.content_dir)
            services.provide(found)
        return found

    def year(self, request: Request) -> int:
        given = request.query_params.get("nam", "")
        now = self.desk.app.clock.now().astimezone(self.desk.app.settings.tz)
        return int(given) if given.isdigit() and 2000 <= int(given) <= 2100 else now.year

    async def items(
        self, request: Request, session: AsyncSession, who: Reviewer
    ) -> tuple[int, list[service.ExportItem]]:
        year = self.year(request)
        items = await service.export_items(session, year, root=who.unit, include_drafts=True)
        unit = request.query_params.get("donvi", "")
        if unit.isdigit():
            items = [i for i in items if i.unit.id == int(unit)]
        return year, items

    async def show(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        year, items = await self.items(request, session, who)
        title = request.query_params.get("danhhieu", "")
        content = self.content()
        people = [
            (item, person)
            for item in items
            for person in item.persons
            if not title or person.title == title
        ]
        registered = {i.unit.id for i in items}
        units = await subtree_units(session, who.unit)
        return self.desk.page(
            request,
            "registrations.html",
            who,
            title="Đăng ký thi đua",
            year=year,
            items=items,
            people=people,
            units=units,
            missing=[u for u in units if u.id not in registered and u.id != who.unit.id],
            titles=content.individual,
            title_label=content.title_label,
            wanted_unit=request.query_params.get("donvi", ""),
            wanted_title=title,
        )

    async def export(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        year, items = await self.items(request, session, who)
        ids = sorted({int(i) for item in items for i in item.registration.movement_ids or []})
        movements = (await session.scalars(select(Movement).where(Movement.id.in_(ids)))).all()
        # openpyxl is synchronous and slow on big lists: never on the event loop; imported
        # here so a process that never exports does not hold it (tens of MB, issue 16).
        from handlers.registration.workbook import build_export

        data = await asyncio.to_thread(
            build_export,
            items,
            year=year,
            scope=who.unit.name,
            content=self.content(),
            movement_names={m.id: m.name for m in movements},
            generated=self.desk.app.clock.now().astimezone(self.desk.app.settings.tz),
            single=len(items) == 1,
        )
        self.desk.audit(session, who.user.id, "desk.registration_export", "unit", who.unit.id)
        name = f"dang-ky-thi-dua-{year}-{who.unit.code.lower()}.xlsx"
        return Response(
            data,
            media_type=XLSX_MIME,
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
