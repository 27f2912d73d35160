"""Bàn làm việc: the reviewers' web desk, from the queue to the decision.

============  ======================================================================
module        what
============  ======================================================================
``auth``      one-time sign-in links (/banlamviec), sessions, CSRF tokens
``context``   a handler Context for desk actions, so chat services and notices reuse
``queries``   the queue with filters, the subtree's units
``overview``  Tổng quan per unit: registered, dossiers by status, deadlines, questions
``pages``     the pages and actions (Tổng quan, Hồ sơ, the viewer)
``chart``     the progress chart of Tổng quan (laid out here, drawn as inline SVG)
``history``   Lịch sử khen thưởng: the table, unit and person pages, the Excel import
``web``       mounting at /banlamviec, the session wrapper, sign-in and sign-out
============  ======================================================================

Templates: ``content/templates/desk/*.html`` (pages) and ``content/templates/desk.j2`` (chat).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.context import Context
from bot.core.router import REVIEWERS, Router
from handlers.desk import auth

if TYPE_CHECKING:
    from bot.app import Application

router = Router()


class DeskLinks:
    """Where sign-in links point: the deployment's public URL."""

    def __init__(self, base_url: object) -> None:
        self.base_url = base_url

    def sign_in_url(self, token: str) -> str:
        from handlers.desk.web import PREFIX

        return f"{self.base_url()}{PREFIX}/vao/{token}"  # type: ignore[operator]


@router.command("banlamviec", roles=REVIEWERS, description="Mở bàn làm việc trên máy tính")
async def send_sign_in_link(ctx: Context) -> None:
    assert ctx.user is not None
    ctx.end()
    token = await auth.issue_link(ctx.session, ctx.user.id, ctx.services.clock.now())
    links = ctx.services.get(DeskLinks)
    await ctx.audit("desk.link", "user", ctx.user.id)
    await ctx.reply(
        ctx.t(
            "desk.sign_in_link",
            url=links.sign_in_url(token),
            minutes=int(auth.LINK_TTL.total_seconds() // 60),
        )
    )


async def setup(app: Application) -> None:
    from handlers.desk.web import Desk

    app.services.provide(DeskLinks(app.public_base_url))
    app.web_routes.extend(Desk(app).routes())
