"""The desk's pages: Tổng quan, the dossier queue, the dossier viewer and its actions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.awards import catalogue as awards_catalogue
from bot.awards import store as award_store
from bot.storage.models.dossier import Dossier, DossierStatus
from handlers.desk import chart, overview, queries
from handlers.desk.auth import Reviewer
from handlers.desk.context import DeskContext
from handlers.dossier import service
from handlers.dossier.review import GROUPS, notify_officer

if TYPE_CHECKING:
    from handlers.desk.web import Desk

S = DossierStatus
MAX_REASON = 1000
WAIT_CHOICES = (3, 7, 14, 30)
#: The desk's three decisions and the status each moves a dossier to.
ACTIONS = {"approve": S.APPROVED, "return": S.NEEDS_MORE, "reject": S.REJECTED}


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, str) and value.isdigit() and len(value) < 10 else None


class Pages:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    async def overview(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        rows = await overview.by_unit(session, who.unit, self.desk.app.clock.now())
        return self.desk.page(
            request,
            "overview.html",
            who,
            rows=rows,
            statuses=list(S)[1:],
            title="Tổng quan",
            chart=chart.progress(rows),
        )

    async def queue(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        params = request.query_params
        group = params.get("nhom", "cho")
        statuses = GROUPS[group][0] if group in GROUPS else ()
        wanted = queries.QueueFilter(
            unit_id=_int(params.get("donvi")),
            kind=params.get("loai") or None,
            statuses=statuses,
            min_days=_int(params.get("cho")),
            offset=_int(params.get("tu")) or 0,
        )
        rows, more = await queries.queue(session, who.unit, wanted, self.desk.app.clock.now())
        cat = self.desk.catalogue()
        return self.desk.page(
            request,
            "queue.html",
            who,
            title="Hồ sơ",
            rows=rows,
            more=more,
            wanted=wanted,
            group=group if group in GROUPS else "",
            groups=GROUPS,
            units=await queries.subtree_units(session, who.unit),
            kinds=list(cat.kinds.values()),
            kind_label=lambda key: k.label if (k := cat.get(key)) else key,
            wait_choices=WAIT_CHOICES,
            now=self.desk.app.clock.now(),
        )

    async def _reviewable(
        self, session: AsyncSession, who: Reviewer, dossier_id: int
    ) -> tuple[Dossier, object]:
        from handlers.desk.web import NotFound

        found = await service.visible(session, who.user, who.unit, dossier_id=dossier_id)
        if found is None or not service.can_review(who.user, who.unit, *found):
            raise NotFound
        return found

    async def dossier(
        self,
        request: Request,
        session: AsyncSession,
        who: Reviewer,
        *,
        error: str | None = None,
        status_code: int = 200,
    ) -> Response:
        dossier, unit = await self._reviewable(session, who, request.path_params["id"])
        kind = self.desk.catalogue().get(dossier.kind)
        pages = await service.pages_of(session, dossier, kind)
        asked = await queries.last_supplement_request(session, dossier)
        supplement = {p.id for p in pages if asked is not None and p.added_at > asked.at}
        found = await award_store.dossier_checks(
            session, awards_catalogue.load(Path(self.desk.app.settings.content_dir)), dossier
        )
        render = self.desk.app.services.messages.render
        return self.desk.page(
            request,
            "dossier.html",
            who,
            status_code=status_code,
            title=f"Hồ sơ {dossier.subject_name}",
            dossier=dossier,
            unit=unit,
            kind=kind,
            pages=pages,
            supplement=supplement,
            asked=asked,
            checklist=service.checklist(kind, pages) if kind else [],
            history=await service.history(session, dossier),
            award_notes=[render("awards.check", c=c, name=found.name) for c in found.checks]
            if found
            else [],
            award_ok=bool(found) and all(c.ok for c in found.checks),
            allowed={a for a, to in ACTIONS.items() if to in service.TRANSITIONS[dossier.status]},
            error=error,
            done_status=(
                request.query_params.get("xong")
                if error is None and request.query_params.get("xong") in set(S)
                else None
            ),
            notified=request.query_params.get("bao") == "1",
        )

    async def dossier_action(
        self, request: Request, session: AsyncSession, who: Reviewer
    ) -> Response:
        dossier, _ = await self._reviewable(session, who, request.path_params["id"])
        form = await self.desk.form(request)
        to = ACTIONS.get(str(form.get("action", "")))
        if to is None:
            return await self.dossier(
                request, session, who, error="Thao tác không hợp lệ.", status_code=400
            )
        reason = str(form.get("reason", "")).strip()[:MAX_REASON]
        kind = self.desk.catalogue().get(dossier.kind)
        missing = [str(v) for v in form.getlist("missing")]
        labels = [d.label for d in kind.documents if d.key in missing] if kind else []
        document = next((d.key for d in kind.documents if d.key in missing), None) if kind else None
        if to == S.NEEDS_MORE and labels:
            reason = "Còn thiếu: " + "; ".join(labels) + (f". {reason}" if reason else ".")
        try:
            event = await service.change_status(
                session,
                dossier,
                to,
                actor_id=who.user.id,
                now=self.desk.app.clock.now(),
                reason=reason or None,
                document=document,
            )
        except service.DossierError as error:
            message = (
                "Cần ghi lý do (hoặc chọn giấy tờ còn thiếu) trước khi trả lại hoặc không duyệt."
                if error.code == "reason_required"
                else f"Hồ sơ đang «{self.desk.status(dossier.status)}», không chuyển được nữa "
                "(có thể người khác vừa xử lý). Trang đã được tải lại."
            )
            # change_status checks before it changes anything: nothing to roll back.
            return await self.dossier(request, session, who, error=message, status_code=409)
        ctx = DeskContext(self.desk.app.services, session, who.user, who.unit)
        await ctx.audit(
            "dossier.status",
            "dossier",
            dossier.id,
            old=str(event.from_status),
            new=str(event.to_status),
            reason=event.reason,
            via="desk",
        )
        notified = await notify_officer(ctx, dossier, event)
        done = "1" if notified else "0"
        return RedirectResponse(
            f"{request.url.path}?xong={event.to_status}&bao={done}", status_code=303
        )

    async def page_file(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        from sqlalchemy import select

        from bot.storage.models.dossier import DossierPage
        from handlers.desk.web import NotFound

        page = await session.scalar(
            select(DossierPage).where(DossierPage.id == request.path_params["id"])
        )
        if page is None:
            raise NotFound
        await self._reviewable(session, who, page.dossier_id)
        data = await self.desk.app.services.media.get(page.media_key)
        return Response(
            data,
            media_type=page.mime_type,
            headers={"Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff"},
        )
