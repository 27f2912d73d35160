"""The reviewers' side of đăng ký thi đua: who has registered, one unit's registration, the
Excel export, and the list of movements (phong trào) units choose from."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from sqlalchemy import select

from bot.core.context import Context
from bot.core.messages import Choice, OutFile, Reply
from bot.core.numbers import parse_id, parse_int
from bot.core.router import REVIEWERS, Router
from bot.forms.excel import XLSX_MIME
from bot.storage.models import Unit
from bot.storage.models.registration import Movement, Registration
from handlers.registration import service
from handlers.registration.chat import content, summary_text

router = Router()

MOVEMENT_FLOW = "regmv"
MAX_VIEW_CHOICES = 8


def _year_of(ctx: Context) -> int:
    args = ctx.args.strip()
    year = parse_int(args, low=1000, high=9999)
    return year if year is not None and len(args) == 4 else ctx.today().year


@router.action("rv:registrations", roles=REVIEWERS)
async def overview_action(ctx: Context) -> None:
    await overview(ctx, ctx.today().year)


@router.action("reg:rv", roles=REVIEWERS)
async def overview_year(ctx: Context) -> None:
    await overview(ctx, _year_of(ctx))


async def overview(ctx: Context, year: int) -> None:
    assert ctx.unit is not None
    rows = await service.statuses(ctx.session, ctx.unit, year)
    groups: dict[str, int] = {"done": 0, "late": 0, "draft": 0, "none": 0}
    for row in rows:
        groups[row.state] += 1
    tz = ctx.services.settings.tz
    lines = [
        {
            "unit": row.unit.name,
            "state": row.state,
            "persons": row.persons,
            "at": row.registration.submitted_at.astimezone(tz)
            if row.registration and row.registration.submitted_at
            else None,
        }
        for row in rows
    ]
    choices = [
        Choice(
            ctx.t("registration.view_unit_label", unit=row.unit.name),
            f"reg:rview:{row.registration.id}",
        )
        for row in rows
        if row.registration is not None and row.state != "draft"
    ][:MAX_VIEW_CHOICES]
    if groups["done"] + groups["late"]:
        choices.append(Choice(ctx.t("registration.export_all_label"), f"reg:rexport:{year}"))
    choices.append(Choice(ctx.t("registration.movements_label"), "reg:mv"))
    # Next year's registrations open in the autumn, while this year's are still reviewed, so
    # both neighbours are offered (up to next year: nothing exists beyond it).
    for other in (year - 1, year + 1):
        if other <= ctx.today().year + 1:
            choices.append(Choice(ctx.t("registration.year_label", year=other), f"reg:rv:{other}"))
    choices.append(Choice("Hàng chờ thẩm định", "menu:review"))
    await ctx.reply(
        ctx.t(
            "registration.overview",
            scope=ctx.unit.name,
            year=year,
            groups=groups,
            total=len(rows),
            lines=lines,
        ),
        choices,
    )


async def _visible(ctx: Context, reg: Registration) -> Unit | None:
    unit = await ctx.session.get(Unit, reg.unit_id)
    if unit is None or ctx.unit is None or not service.within(ctx.unit, ctx.role, unit):
        return None
    return unit


@router.action("reg:rview")
async def view(ctx: Context) -> None:
    reg_id = parse_id(ctx.args)
    reg = await ctx.session.get(Registration, reg_id) if reg_id is not None else None
    unit = await _visible(ctx, reg) if reg is not None else None
    if reg is None or unit is None:
        await ctx.reply(ctx.t("registration.not_yours"), [Choice("Trình đơn chính", "menu")])
        return
    await show_registration(ctx, reg, unit)


async def show_registration(ctx: Context, reg: Registration, unit: Unit) -> None:
    choices = [Choice(ctx.t("registration.export_label"), f"reg:rexport1:{reg.id}")]
    if ctx.role is not None and ctx.role.reviews:
        choices.append(Choice(ctx.t("registration.back_overview_label"), f"reg:rv:{reg.year}"))
    choices.append(Choice("Trình đơn chính", "menu"))
    await ctx.reply(await summary_text(ctx, reg, unit), choices)


async def view_unit_by_code(ctx: Context, code: str) -> None:
    """``/dangky THON-BM``: a reviewer opens a unit's registration for this year."""
    from bot.accounts import unit_by_code

    unit = await unit_by_code(ctx.session, code.strip().upper())
    if unit is None or ctx.unit is None or not service.within(ctx.unit, ctx.role, unit):
        await ctx.reply(ctx.t("registration.not_yours"), [Choice("Trình đơn chính", "menu")])
        return
    reg = await service.find(ctx.session, unit.id, ctx.today().year)
    if reg is None:
        await ctx.reply(
            ctx.t("registration.unit_not_registered", unit=unit.name, year=ctx.today().year),
            [Choice("Trình đơn chính", "menu")],
        )
        return
    await show_registration(ctx, reg, unit)


# Export -----------------------------------------------------------------------------------
async def send_export(
    ctx: Context,
    year: int,
    registration_ids: Sequence[int] | None,
    *,
    scope: str,
    include_drafts: bool = False,
) -> None:
    assert ctx.unit is not None
    items = await service.export_items(
        ctx.session,
        year,
        root=ctx.unit,
        registration_ids=registration_ids,
        include_drafts=include_drafts,
    )
    if not items:
        await ctx.reply(
            ctx.t("registration.nothing_to_export", year=year), [Choice("Trình đơn chính", "menu")]
        )
        return
    names = await movement_map(ctx, items)
    one = registration_ids is not None and len(items) == 1
    from handlers.registration.workbook import build_export  # openpyxl: only when asked

    # Writing a province's workbook takes seconds of CPU: not on the event loop. Everything it
    # reads was loaded above (no lazy loads in the thread).
    data = await asyncio.to_thread(
        build_export,
        items,
        year=year,
        scope=scope,
        content=content(ctx),
        movement_names=names,
        generated=ctx.now(),
        tz=ctx.services.settings.tz,
        single=one,
    )
    code = (items[0].unit.code if one else ctx.unit.code).lower()
    await ctx.reply(
        Reply(
            text=ctx.t(
                "registration.exported",
                count=len(items),
                people=sum(len(i.persons) for i in items),
                year=year,
            ),
            choices=[Choice("Trình đơn chính", "menu")],
            files=[
                OutFile(
                    kind="document",
                    file_name=f"dang-ky-thi-dua-{year}-{code}.xlsx",
                    mime_type=XLSX_MIME,
                    data=data,
                )
            ],
        )
    )


async def movement_map(ctx: Context, items: Sequence[service.ExportItem]) -> dict[int, str]:
    ids = sorted({int(i) for item in items for i in item.registration.movement_ids or []})
    rows = (await ctx.session.scalars(select(Movement).where(Movement.id.in_(ids)))).all()
    return {m.id: m.name for m in rows}


@router.action("reg:rexport", roles=REVIEWERS)
async def export_all(ctx: Context) -> None:
    assert ctx.unit is not None
    await send_export(ctx, _year_of(ctx), None, scope=ctx.unit.name)


@router.action("reg:rexport1")
async def export_one(ctx: Context) -> None:
    reg_id = parse_id(ctx.args)
    reg = await ctx.session.get(Registration, reg_id) if reg_id is not None else None
    unit = await _visible(ctx, reg) if reg is not None else None
    if reg is None or unit is None:
        await ctx.reply(ctx.t("registration.not_yours"), [Choice("Trình đơn chính", "menu")])
        return
    await send_export(ctx, reg.year, [reg.id], scope=unit.name, include_drafts=True)


# Movements --------------------------------------------------------------------------------
async def movement_list(ctx: Context, prefix: str = "") -> None:
    rows = await service.movements(ctx.session, unit=ctx.unit)
    ctx.end()
    await ctx.reply(
        ctx.t("registration.movement_list", prefix=prefix, names=[m.name for m in rows]),
        [
            Choice(ctx.t("registration.movement_add_label"), "reg:mvadd"),
            Choice(ctx.t("registration.movement_off_label"), "reg:mvoff"),
            Choice(ctx.t("registration.back_overview_label"), "rv:registrations"),
        ],
    )


@router.action("reg:mv", roles=REVIEWERS)
async def movements(ctx: Context) -> None:
    await movement_list(ctx)


@router.action("reg:mvadd", roles=REVIEWERS)
async def movement_add(ctx: Context) -> None:
    ctx.begin(MOVEMENT_FLOW, "add")
    await ctx.reply(ctx.t("registration.movement_ask_name"), [Choice("Hủy", "reg:mv")])


@router.action("reg:mvoff", roles=REVIEWERS)
async def movement_off(ctx: Context) -> None:
    ctx.begin(MOVEMENT_FLOW, "off")
    await ctx.reply(ctx.t("registration.movement_ask_number"), [Choice("Hủy", "reg:mv")])


@router.flow(MOVEMENT_FLOW, roles=REVIEWERS)
async def movement_flow(ctx: Context) -> None:
    text = ctx.text
    if ctx.state.step == "add":
        if not 3 <= len(text) <= 300:
            await ctx.reply(ctx.t("registration.movement_bad_name"), [Choice("Hủy", "reg:mv")])
            return
        movement, changed = await service.add_movement(
            ctx.session,
            text.strip(' "“”'),
            ctx.user.id if ctx.user else None,
            ctx.services.clock.now(),
            ctx.unit,
        )
        await ctx.audit("registration.movement.add", "movement", movement.id, name=movement.name)
        key = "registration.movement_added" if changed else "registration.movement_exists"
        await movement_list(ctx, ctx.t(key, name=movement.name))
        return
    rows = await service.movements(ctx.session, unit=ctx.unit)
    number = text.rstrip(".")
    if parse_int(number, low=1, high=len(rows)) is None:
        await ctx.reply(
            ctx.t("registration.bad_number", count=len(rows)), [Choice("Hủy", "reg:mv")]
        )
        return
    movement = rows[int(number) - 1]
    await service.retire_movement(ctx.session, movement, ctx.unit, ctx.services.clock.now())
    await ctx.audit("registration.movement.retire", "movement", movement.id, name=movement.name)
    await movement_list(ctx, ctx.t("registration.movement_retired", name=movement.name))
