"""What every officer sees: /lich, the personal .ics link, and the answers to a reminder."""

from __future__ import annotations

import secrets
from collections import defaultdict
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from bot.core.context import Context
from bot.core.messages import Choice
from bot.core.numbers import parse_id
from bot.core.router import Router
from bot.storage.models import Unit, User
from bot.storage.models.plans import CalendarFeed
from reminders import service as reminders
from reminders.days import ROMAN, quarter_of
from reminders.service import ReminderService
from reminders.store import entries_for

if TYPE_CHECKING:
    from bot.app import Application

router = Router()

#: Lines in /lich (a phone screen or two).
MAX_LINES = 15
OVERDUE_DAYS = 30


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@router.command("lich", description="Lịch hạn công việc và nhắc hạn")
async def calendar_command(ctx: Context) -> None:
    await show_calendar(ctx)


@router.action("menu:calendar")
async def calendar_menu(ctx: Context) -> None:
    await show_calendar(ctx)


@router.action("cal:show")
async def calendar_action(ctx: Context) -> None:
    await show_calendar(ctx)


async def show_calendar(ctx: Context) -> None:
    assert ctx.user is not None and ctx.unit is not None
    today = ctx.today()
    entries = await entries_for(
        ctx.session, ctx.user, ctx.unit, since=today - timedelta(days=OVERDUE_DAYS)
    )
    overdue = []
    groups: dict[tuple[int, int], list[dict[str, object]]] = defaultdict(list)
    shown = more = 0
    for entry in entries:
        assert entry.due is not None
        line = {
            "due": entry.due.strftime("%d/%m"),
            "task": _short(entry.deadline.task),
            "days": (entry.due - today).days,
            "done": entry.done,
        }
        if entry.due < today:
            if not entry.done:
                overdue.append(line)
            continue
        if shown >= MAX_LINES:
            more += 1
            continue
        shown += 1
        groups[(entry.due.year, quarter_of(entry.due))].append(line)
    choices = [Choice("Thêm vào lịch điện thoại", "cal:feed")]
    if ctx.role is not None and ctx.role.reviews:
        choices.append(Choice("Kế hoạch và hạn", "rv:plans"))
    choices.append(Choice("Trình đơn chính", "menu"))
    if not overdue and not groups:
        await ctx.reply(ctx.t("calendar.empty", unit=ctx.unit.name), choices)
        return
    await ctx.reply(
        ctx.t(
            "calendar.overview",
            unit=ctx.unit.name,
            overdue=overdue,
            groups=[
                {"year": y, "quarter": ROMAN[q], "entries": lines}
                for (y, q), lines in sorted(groups.items())
            ],
            more=more,
        ),
        choices,
    )


# The personal calendar feed -------------------------------------------------------------------
async def feed_token(ctx: Context, *, renew: bool = False) -> str:
    assert ctx.user is not None
    row = await ctx.session.get(CalendarFeed, ctx.user.id)
    if row is not None and not renew:
        return row.token
    if row is not None:
        await ctx.session.execute(delete(CalendarFeed).where(CalendarFeed.user_id == ctx.user.id))
        await ctx.session.flush()
    token = secrets.token_urlsafe(24)
    ctx.session.add(
        CalendarFeed(user_id=ctx.user.id, token=token, created_at=ctx.services.clock.now())
    )
    return token


@router.action("cal:feed")
async def feed_link(ctx: Context) -> None:
    renew = ctx.args == "new"
    token = await feed_token(ctx, renew=renew)
    base = ctx.services.get(ReminderService).base_url()
    await ctx.reply(
        ctx.t("calendar.feed", url=f"{base}/lich/{token}.ics"),
        [Choice("Đổi liên kết", "cal:feed:new"), Choice("Xem lịch", "cal:show")],
    )


def feed_endpoint(app: Application):  # type: ignore[no-untyped-def]
    async def serve(request: Request) -> Response:
        token = request.path_params["token"]
        async with app.db.session() as session:
            row = await session.scalar(select(CalendarFeed).where(CalendarFeed.token == token))
            user = await session.get(User, row.user_id) if row else None
            if row is None or user is None or not user.active:
                return PlainTextResponse("Liên kết lịch không hợp lệ hoặc đã được đổi.", 404)
            unit = await session.get(Unit, user.unit_id)
            assert unit is not None
            now = app.clock.now()
            today = now.astimezone(app.settings.tz).date()
            entries = await entries_for(session, user, unit, since=today - timedelta(days=90))
        # icalendar loads with the first feed a calendar app fetches, not in every process.
        from reminders.ics import build_calendar

        body = build_calendar(
            entries,
            name=f"Hạn thi đua, khen thưởng — {unit.name}",
            now=now,
            host=request.url.hostname or "tdkt",
        )
        return Response(
            body,
            media_type="text/calendar; charset=utf-8",
            headers={"Cache-Control": "private, max-age=900"},
        )

    return serve


# Answers to a reminder ------------------------------------------------------------------------
async def _deadline(ctx: Context):  # type: ignore[no-untyped-def]
    deadline_id = parse_id(ctx.args.split(":")[0])
    if deadline_id is None:
        return None
    found = await reminders.deadline_with_plan(ctx.session, deadline_id)
    if found is None:
        return None
    deadline, plan, plan_unit = found
    assert ctx.unit is not None
    if not plan.active or not ctx.unit.path.startswith(plan_unit.path):
        return None
    return deadline, plan


@router.action("rem:done")
async def answer_done(ctx: Context) -> None:
    assert ctx.user is not None and ctx.unit is not None
    found = await _deadline(ctx)
    if found is None:
        await ctx.reply(ctx.t("calendar.gone"), [Choice("Xem lịch", "cal:show")])
        return
    deadline, _ = found
    fresh = await reminders.mark_done(
        ctx.session,
        deadline_id=deadline.id,
        unit_id=ctx.unit.id,
        user_id=ctx.user.id,
        at=ctx.services.clock.now(),
    )
    if fresh:
        await ctx.audit("deadline.done", "deadline", deadline.id, unit=ctx.unit.code)
    name = "calendar.done" if fresh else "calendar.already_done"
    await ctx.reply(ctx.t(name, task=_short(deadline.task, 80)), [Choice("Xem lịch", "cal:show")])


@router.action("rem:later")
async def answer_later(ctx: Context) -> None:
    assert ctx.user is not None
    found = await _deadline(ctx)
    if found is None:
        await ctx.reply(ctx.t("calendar.gone"), [Choice("Xem lịch", "cal:show")])
        return
    deadline, plan = found
    service = ctx.services.get(ReminderService)
    from reminders.store import effective_due

    until = service.snooze_until(effective_due(deadline, plan.year))
    await reminders.snooze(ctx.session, deadline_id=deadline.id, user_id=ctx.user.id, until=until)
    when = until.strftime("%H:%M") + (
        " hôm nay" if until.date() == ctx.today() else until.strftime(" ngày %d/%m")
    )
    await ctx.reply(
        ctx.t("calendar.snoozed", task=_short(deadline.task, 80), until=when),
        [Choice("Đã xong", f"rem:done:{deadline.id}"), Choice("Xem lịch", "cal:show")],
    )
