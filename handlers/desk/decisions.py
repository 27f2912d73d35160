"""Quyết định page: pick approved dossiers, download the draft, record the signed decision."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.awards import catalogue as awards_catalogue
from bot.awards import store as award_store
from bot.awards.catalogue import DOSSIER_SUBJECTS
from bot.knowledge.money import SalaryTable
from bot.storage.models import Unit
from bot.storage.models.desk import AwardDecision, AwardDecisionLine
from bot.storage.models.dossier import Dossier, DossierStatus
from handlers.desk import decision
from handlers.desk.auth import Reviewer
from handlers.desk.context import DeskContext
from handlers.desk.queries import in_subtree
from handlers.dossier import service
from handlers.dossier.review import notify_officer

if TYPE_CHECKING:
    from handlers.desk.web import Desk

S = DossierStatus
READY = (S.APPROVED, S.FORWARDED)
KIND_PREFIXES = ("Xã ", "Phường ", "Đặc khu ")
#: Approved dossiers listed at once; more are reached by filtering by award (one decision
#: per award is the usual practice anyway).
SHOWN = 200


class DecisionPages:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    async def ready(
        self, session: AsyncSession, who: Reviewer, kind: str | None
    ) -> list[tuple[Dossier, Unit]]:
        query = (
            select(Dossier, Unit)
            .join(Unit, Unit.id == Dossier.unit_id)
            .where(in_subtree(who.unit), Dossier.status.in_(list(READY)))
        )
        if kind:
            query = query.where(Dossier.kind == kind)
        rows = await session.execute(
            query.order_by(Dossier.kind, Unit.path, Dossier.subject_name).limit(SHOWN + 1)
        )
        return [(d, u) for d, u in rows.all()]

    def today(self) -> date:
        return self.desk.app.clock.now().astimezone(self.desk.app.settings.tz).date()

    async def show(
        self,
        request: Request,
        session: AsyncSession,
        who: Reviewer,
        *,
        error: str | None = None,
        status_code: int = 200,
    ) -> Response:
        cat = self.desk.catalogue()
        recorded = request.query_params.get("ghi", "")
        kind = request.query_params.get("loai") or None
        rows = await self.ready(session, who, kind)
        return self.desk.page(
            request,
            "decisions.html",
            who,
            status_code=status_code,
            title="Quyết định khen thưởng",
            rows=rows[:SHOWN],
            more=len(rows) > SHOWN,
            kinds=list(cat.kinds.values()),
            wanted_kind=kind or "",
            kind_label=lambda key: k.label if (k := cat.get(key)) else key,
            today=self.today().isoformat(),
            error=error,
            recorded=int(recorded) if recorded.isdigit() and len(recorded) < 6 else 0,
        )

    async def act(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        from handlers.desk.web import NotFound

        form = await self.desk.form(request)
        ids = {int(v) for v in form.getlist("hoso") if isinstance(v, str) and v.isdigit()}
        if not ids:
            return await self.show(
                request, session, who, error="Chọn ít nhất một hồ sơ.", status_code=400
            )
        rows = await session.execute(
            select(Dossier, Unit).join(Unit, Unit.id == Dossier.unit_id).where(Dossier.id.in_(ids))
        )
        picked = [(d, u) for d, u in rows.all()]
        # Any id outside the subtree is answered as if it did not exist, like every desk page.
        if len(picked) != len(ids) or any(not who.unit.contains(u) for _, u in picked):
            raise NotFound
        if any(d.status not in READY for d, _ in picked):
            return await self.show(
                request,
                session,
                who,
                error="Có hồ sơ không còn ở trạng thái «Đạt» (có thể người khác vừa xử lý).",
                status_code=409,
            )
        try:
            on = date.fromisoformat(str(form.get("ngay", "")))
        except ValueError:
            return await self.show(
                request,
                session,
                who,
                error="Ngày quyết định chưa đúng (chọn ngày, tháng, năm).",
                status_code=400,
            )
        number = str(form.get("so", "")).strip()[:64]
        lines = await self.lines(picked, on)
        if form.get("action") == "record":
            if not number:
                return await self.show(
                    request,
                    session,
                    who,
                    error="Nhập số, ký hiệu của quyết định đã ký (ví dụ 125/QĐ-UBND).",
                    status_code=400,
                )
            await self.record(session, who, picked, lines, number, on)
            return RedirectResponse(f"{request.url.path}?ghi={len(picked)}", status_code=303)
        header = await self.header(session, who, number or "      /QĐ-UBND", on)
        data = await asyncio.to_thread(decision.build_docx, header, lines)
        self.desk.audit(
            session,
            who.user.id,
            "desk.decision_draft",
            "dossier",
            ",".join(str(d.id) for d, _ in picked),
            total=decision.total(lines),
        )
        name = f"du-thao-quyet-dinh-{on.isoformat()}.docx"
        return Response(
            data,
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    async def lines(self, picked: list[tuple[Dossier, Unit]], on: date) -> list[decision.Line]:
        cat = self.desk.catalogue()
        content = Path(self.desk.app.settings.content_dir)
        rules = decision.load_rules(content)
        salaries = SalaryTable.load(content / "reference" / "luong_co_so.yaml")
        rows = [
            (
                d.id,
                d.subject_name,
                u.name,
                (k.label if (k := cat.get(d.kind)) else d.kind),
                ((k.base or k.key) if (k := cat.get(d.kind)) else d.kind),
                d.subject_type,
            )
            for d, u in picked
        ]
        return decision.prize_lines(rows, rules, salaries, on)

    async def header(
        self, session: AsyncSession, who: Reviewer, number: str, on: date
    ) -> decision.Header:
        parent = await session.get(Unit, who.unit.parent_id) if who.unit.parent_id else None
        place = who.unit.name
        for prefix in KIND_PREFIXES:
            place = place.removeprefix(prefix)
        content = Path(self.desk.app.settings.content_dir)
        base = SalaryTable.load(content / "reference" / "luong_co_so.yaml").at(on)
        return decision.Header(
            issuer=f"ỦY BAN NHÂN DÂN {who.unit.name.upper()}",
            issuer_short=f"UBND {who.unit.name[:1].lower()}{who.unit.name[1:]}",
            parent=parent.name.upper() if parent else "",
            place=place,
            number=number,
            on=on,
            base_salary=base.amount,
            base_doc=base.doc,
        )

    async def record(
        self,
        session: AsyncSession,
        who: Reviewer,
        picked: list[tuple[Dossier, Unit]],
        lines: list[decision.Line],
        number: str,
        on: date,
    ) -> None:
        now = self.desk.app.clock.now()
        row = AwardDecision(
            unit_id=who.unit.id, number=number, signed_on=on, recorded_by=who.user.id
        )
        row.recorded_at = now
        session.add(row)
        await session.flush()
        by_id = {line.dossier_id: line for line in lines}
        ctx = DeskContext(self.desk.app.services, session, who.user, who.unit)
        awards = awards_catalogue.load(Path(self.desk.app.settings.content_dir))
        reason = f"Quyết định số {number} ngày {on.day:02d}/{on.month:02d}/{on.year}"
        for dossier, _ in picked:
            line = by_id[dossier.id]
            session.add(
                AwardDecisionLine(
                    decision_id=row.id,
                    dossier_id=dossier.id,
                    coefficient=line.coefficient,
                    amount=line.amount,
                )
            )
            event = await service.change_status(
                session, dossier, S.DECIDED, actor_id=who.user.id, now=now, reason=reason
            )
            # The decision fills the award history, which the consecutive-year checks read.
            award = awards.for_dossier_kind(dossier.kind)
            subject = DOSSIER_SUBJECTS.get(dossier.subject_type)
            if award is not None and subject is not None:
                await award_store.record_decision(
                    session,
                    unit_id=dossier.unit_id,
                    subject_type=subject,
                    name=dossier.subject_name,
                    award=award.key,
                    year=dossier.year,
                    number=number,
                    signed_on=on,
                    dossier_id=dossier.id,
                    user_id=who.user.id,
                    now=now,
                )
            await ctx.audit(
                "dossier.status",
                "dossier",
                dossier.id,
                old=str(event.from_status),
                new=str(event.to_status),
                reason=reason,
                via="desk",
            )
            await notify_officer(ctx, dossier, event)
        await ctx.audit("desk.decision", "award_decision", row.id, number=number, on=str(on))
