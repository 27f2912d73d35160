"""The desk's web pages (Starlette, server-rendered Jinja2) mounted at ``/banlamviec``.

Every page and action looks the signed-in reviewer up from the session cookie and answers 404
for anything outside their unit subtree, the same rule as in the chat
(``handlers.dossier.service.can_review``). Actions go through the chat's services, are audited,
and notify officers through the outbox.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from bot.core import codes
from bot.core.templates import vn_date, vn_datetime, vn_number
from bot.storage.models.dossier import DossierStatus
from bot.web.links import LinkSigner
from handlers.desk import auth
from handlers.dossier.kinds import catalogue_at

if TYPE_CHECKING:
    from bot.app import Application

S = DossierStatus
PREFIX = "/banlamviec"
#: Form limits: the largest form is a plan table (4 fields per deadline); more is not ours.
MAX_FIELDS = 1000


class NotFound(Exception):
    """Answered as 404: not there, or not in the reviewer's subtree (the same answer)."""


class Desk:
    def __init__(self, app: Application) -> None:
        self.app = app
        self.signer = app.services.get(LinkSigner)
        self._status_labels: dict[str, str] = {}
        template_dir = Path(app.settings.content_dir) / "templates" / "desk"
        self.env = Environment(
            loader=FileSystemLoader(template_dir),
            autoescape=select_autoescape(["html"]),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            vn_date=vn_date, vn_datetime=self.local_datetime, vn_number=vn_number
        )
        self.env.globals.update(prefix=PREFIX, shown_code=codes.display, status_label=self.status)

    # Helpers ------------------------------------------------------------------------------
    def local_datetime(self, at: Any) -> str:
        return vn_datetime(at.astimezone(self.app.settings.tz)) if at else ""

    def status(self, value: DossierStatus | str) -> str:
        # Rendering a macro builds a template module; a page shows dozens of statuses.
        key = str(value)
        if key not in self._status_labels:
            self._status_labels[key] = self.app.services.messages.render("dossier.status", s=key)
        return self._status_labels[key]

    def catalogue(self):  # type: ignore[no-untyped-def]
        return catalogue_at(self.app.settings.content_dir)

    def secure(self, request: Request) -> bool:
        public = self.app.settings.public_url or ""
        return request.url.scheme == "https" or public.startswith("https://")

    def page(
        self,
        request: Request,
        template: str,
        reviewer: auth.Reviewer | None,
        status_code: int = 200,
        **context: Any,
    ) -> HTMLResponse:
        html = self.env.get_template(template).render(
            reviewer=reviewer,
            csrf=auth.csrf_token(self.signer, reviewer.session_hash) if reviewer else "",
            path=request.url.path,
            **context,
        )
        return HTMLResponse(
            html,
            status_code=status_code,
            headers={
                "Cache-Control": "no-store",
                "X-Frame-Options": "DENY",
                "Referrer-Policy": "no-referrer",
                "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
                "style-src 'self'; form-action 'self'; frame-ancestors 'none'",
            },
        )

    def not_found(self, request: Request, reviewer: auth.Reviewer | None) -> HTMLResponse:
        return self.page(request, "not_found.html", reviewer, status_code=404)

    async def form(self, request: Request, files: int = 0) -> FormData:
        # Starlette keeps the first parse: the wrapper below reads it with the route's file limit.
        return await request.form(max_files=files, max_fields=MAX_FIELDS)

    # The wrapper every signed-in page goes through ----------------------------------------
    def signed(
        self,
        handler: Callable[[Request, AsyncSession, auth.Reviewer], Awaitable[Response]],
        *,
        post: bool = False,
        files: int = 0,
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            now = self.app.clock.now()
            async with self.app.db.session() as session:
                reviewer = await auth.signed_in(session, request.cookies.get(auth.COOKIE), now)
                if reviewer is None:
                    return self.page(request, "signed_out.html", None, status_code=401)
                if post:
                    form = await self.form(request, files)
                    if not auth.csrf_ok(self.signer, reviewer.session_hash, form.get("csrf")):
                        return self.page(request, "csrf.html", reviewer, status_code=403)
                try:
                    response = await handler(request, session, reviewer)
                except NotFound:
                    return self.not_found(request, reviewer)
                await session.commit()
                if self.app.services.outbox is not None:
                    self.app.services.outbox.wake()
                return response

        return endpoint

    # Sign-in ------------------------------------------------------------------------------
    async def enter(self, request: Request) -> Response:
        """GET shows a button; POST uses the link. Link previews (GET) never burn it."""
        token = request.path_params["token"]
        now = self.app.clock.now()
        async with self.app.db.session() as session:
            if request.method == "GET":
                usable = await auth.link_state(session, token, now)
                return self.page(
                    request,
                    "enter.html" if usable else "link_invalid.html",
                    None,
                    status_code=200 if usable else 403,
                    token=token,
                )
            redeemed = await auth.redeem_link(session, token, now)
            if redeemed is None:
                await session.rollback()
                return self.page(request, "link_invalid.html", None, status_code=403)
            session_token, user_id = redeemed
            self.audit(session, user_id, "desk.sign_in", "user", user_id)
            await session.commit()
        response = RedirectResponse(f"{PREFIX}/", status_code=303)
        response.set_cookie(
            auth.COOKIE,
            session_token,
            max_age=int(auth.SESSION_TTL.total_seconds()),
            path=PREFIX,
            secure=self.secure(request),
            httponly=True,
            samesite="lax",
        )
        return response

    def audit(
        self,
        session: AsyncSession,
        user_id: int,
        action: str,
        kind: str,
        obj: object,
        **details: Any,
    ) -> None:
        from bot.storage.models import AuditLog

        session.add(
            AuditLog(
                at=self.app.clock.now(),
                actor_user_id=user_id,
                action=action,
                object_type=kind,
                object_id=str(obj),
                details=details,
            )
        )

    async def sign_out(
        self, request: Request, session: AsyncSession, reviewer: auth.Reviewer
    ) -> Response:
        await auth.sign_out(session, request.cookies.get(auth.COOKIE, ""), self.app.clock.now())
        self.audit(session, reviewer.user.id, "desk.sign_out", "user", reviewer.user.id)
        response = RedirectResponse(f"{PREFIX}/thoat", status_code=303)
        response.delete_cookie(auth.COOKIE, path=PREFIX)
        return response

    async def signed_out(self, request: Request) -> Response:
        return self.page(request, "signed_out.html", None)

    # Routes -------------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        from handlers.desk import pages
        from handlers.desk.decisions import DecisionPages
        from handlers.desk.gaps import GapPages
        from handlers.desk.history import HistoryPages
        from handlers.desk.plans import PlanPages
        from handlers.desk.questions import QuestionPages
        from handlers.desk.registrations import RegistrationPages
        from handlers.desk.report import ReportPages

        views = pages.Pages(self)
        decisions = DecisionPages(self)
        plans = PlanPages(self)
        registrations = RegistrationPages(self)
        questions = QuestionPages(self)
        report = ReportPages(self)
        gaps = GapPages(self)
        history = HistoryPages(self)
        static = Path(self.app.settings.content_dir) / "templates" / "desk" / "static"
        return [
            Mount(
                PREFIX,
                routes=[
                    Route("/", self.signed(views.overview)),
                    Route("/vao/{token}", self.enter, methods=["GET", "POST"]),
                    Route("/thoat", self.signed(self.sign_out, post=True), methods=["POST"]),
                    Route("/thoat", self.signed_out, methods=["GET"]),
                    Route("/hoso", self.signed(views.queue)),
                    Route("/hoso/{id:int}", self.signed(views.dossier)),
                    Route(
                        "/hoso/{id:int}",
                        self.signed(views.dossier_action, post=True),
                        methods=["POST"],
                    ),
                    Route("/trang/{id:int}", self.signed(views.page_file)),
                    Route("/quyetdinh", self.signed(decisions.show)),
                    Route("/dangky", self.signed(registrations.show)),
                    Route("/dangky.xlsx", self.signed(registrations.export)),
                    Route("/cauhoi", self.signed(questions.show)),
                    Route("/chuadap", self.signed(gaps.show)),
                    Route("/baocao", self.signed(report.show)),
                    Route("/baocao.xlsx", self.signed(report.export)),
                    Route(
                        "/cauhoi/{id:int}",
                        self.signed(questions.answer, post=True),
                        methods=["POST"],
                    ),
                    Route("/kehoach", self.signed(plans.index)),
                    Route("/kehoach/{id:int}", self.signed(plans.show)),
                    Route(
                        "/kehoach/{id:int}", self.signed(plans.save, post=True), methods=["POST"]
                    ),
                    Route("/quyetdinh", self.signed(decisions.act, post=True), methods=["POST"]),
                    *history.routes(),
                    Mount("/static", StaticFiles(directory=static), name="desk-static"),
                ],
            )
        ]
